/**
 * "Sidste gang aftalte I …": the previous round's action plan, item by item,
 * each with how it went (gennemført · i gang · ikke gennemført · droppet) and
 * a short comment, saved with the workshop like everything else
 * (domain/rounds.ts). Trin 3 shows the whole list to fill in before the
 * dialogue; each block's dialogue shows that block's items as they stand.
 */
import { SavedInput } from '../components/saved-input';
import type { BlockId } from '../domain/blocks';
import { reviewCounts, reviewedItems, reviewedItemsOfBlock, reviewOf, setItemComment, setItemStatus, type ReviewedItem } from '../domain/rounds';
import { ITEM_STATUSES, LIMITS, type ItemStatus, type Workshop } from '../domain/workshop';
import type { SaveWorkshop } from '../steps/step-context';
import { t } from '../i18n';
import { r } from './words';
import './rounds.css';

interface Props {
  workshop: Workshop;
  previous: Workshop;
  save: SaveWorkshop;
  blockTitle: (id: string) => string;
}

function meta(item: ReviewedItem['item'], blockTitle: (id: string) => string): string {
  const parts = [blockTitle(item.block)];
  if (item.kind === 'discussion') parts.push(r.review.discussion);
  if (item.who.trim()) parts.push(r.review.who(item.who.trim()));
  const when = item.whenDate ? t.formatDate(item.whenDate) : item.when.trim();
  if (when) parts.push(r.review.when(when));
  if (item.kind === 'discussion' && item.forum.trim()) parts.push(r.review.forum(item.forum.trim()));
  return parts.join(' · ');
}

/** The summary line: how many items have each status. */
export function reviewCountsText(items: readonly ReviewedItem[]): string {
  const c = reviewCounts(items);
  return r.review.counts(c.done, c['in-progress'], c['not-done'], c.dropped, c.open);
}

/** Trin 3's panel: every item of the previous plan, with its status and comment to fill in. */
export function PreviousPlanReview({ workshop, previous, save, blockTitle }: Props) {
  const alone = workshop.mode === 'solo';
  const items = reviewedItems(previous.plan, workshop);
  const date = t.formatDate(previous.date);
  return (
    <section class="card rounds-review" aria-labelledby="rounds-review-title">
      <h2 id="rounds-review-title">{alone ? r.review.titleSolo : r.review.title}</h2>
      {items.length === 0 ? (
        <p>{r.review.none}</p>
      ) : (
        <>
          <p>{alone ? r.review.introSolo(date) : r.review.intro(date)}</p>
          <p class="hint" role="status">
            {reviewCountsText(items)}
          </p>
          <ul class="plain-list">
            {items.map((reviewed) => (
              <ReviewItem key={reviewed.item.id} reviewed={reviewed} save={save} blockTitle={blockTitle} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ReviewItem({ reviewed, save, blockTitle }: { reviewed: ReviewedItem; save: SaveWorkshop; blockTitle: (id: string) => string }) {
  const { item, status } = reviewed;
  const what = item.what.trim() || r.review.untitled;
  const choose = (next: ItemStatus | null) => void save((w) => setItemStatus(w, item.id, next));
  const name = `review-status-${item.id}`;
  return (
    <li class="rounds-review__item" data-item={item.id}>
      <p class="rounds-review__what">{what}</p>
      <p class="rounds-review__meta">{meta(item, blockTitle)}</p>
      <fieldset class="rounds-review__statuses">
        <legend class="visually-hidden">{r.review.statusLabel(what)}</legend>
        {ITEM_STATUSES.map((s) => (
          <label key={s}>
            <input type="radio" name={name} value={s} checked={status === s} onChange={() => choose(s)} />
            {r.review.status[s]}
          </label>
        ))}
        {/* A status set by mistake can be taken back. */}
        <label>
          <input type="radio" name={name} value="" checked={status === null} onChange={() => choose(null)} />
          {r.review.clearStatus}
        </label>
      </fieldset>
      <SavedInput
        id={`review-comment-${item.id}`}
        label={r.review.comment}
        read={(w) => reviewOf(w, item.id).comment}
        write={(w, text) => setItemComment(w, item.id, text)}
        maxLength={LIMITS.reviewComment}
      />
    </li>
  );
}

/** A block's dialogue: what was agreed under it last time, and how it went, as filled in above. */
export function BlockPreviousItems({ workshop, previous, block }: { workshop: Workshop; previous: Workshop; block: BlockId }) {
  const items = reviewedItemsOfBlock(previous.plan, workshop, block);
  if (items.length === 0) return null;
  return (
    <section class="card rounds-review" aria-labelledby="rounds-block-review-title">
      <h3 id="rounds-block-review-title">{r.review.blockTitle}</h3>
      <ul class="plain-list">
        {items.map(({ item, status, comment }) => (
          <li key={item.id} class="rounds-review__item">
            <p class="rounds-review__what">{item.what.trim() || r.review.untitled}</p>
            <p class="rounds-review__meta">
              {status ? r.review.status[status] : r.review.noStatus}
              {comment.trim() ? ` – ${comment.trim()}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
