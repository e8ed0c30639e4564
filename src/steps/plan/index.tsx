/**
 * Step 4 (Trin 4): the booklet's "Vores prioriteringer" template — a section
 * per building block (the chosen ones first, the others folded away), each
 * with items of what, who and when; then the expected effect, how it will
 * show, and the follow-up date. Pre-filled with the proposals marked
 * "til handleplan" in step 3. Everything saves as typed; a deleted item can
 * be brought back.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { SavedInput } from '../../components/saved-input';
import { SavedTextarea } from '../../components/saved-textarea';
import { focusMark, focusUnlessMoved, type FocusMark } from '../../components/focus-unless-moved';
import { useMoveFocus } from '../../components/use-move-focus';
import { BLOCK_IDS, type BlockId } from '../../domain/blocks';
import { addItem, itemsOfBlock, moveItem, newItem, planIsFull, prefillFromProposals, removeItem, restoreItem, setPlanFields } from '../../domain/plan';
import { plannedNextRound } from '../../domain/rounds';
import { LIMITS, type ActionItem } from '../../domain/workshop';
import { localise } from '../../content/language';
import { latestInspiration } from '../../db/content';
import { useLiveQuery } from '../../db/use-live-query';
import { HowTo, stepHeading } from '../../components/guidance';
import { t } from '../../i18n';
import { useSession } from '../../session/context';
import { useStep } from '../step-context';
import { planDateMessage } from './plan-date';
import { ExportPanel } from './export-panel';
import { ItemEditor } from './item-editor';
import { NextRound } from './next-round';
import './plan.css';

export function PlanStep() {
  const { workshop, huset, dialog, guidance, labels, save } = useStep();
  const app = useAppState();
  const session = useSession();
  const inspiration = useLiveQuery(async () => localise(await latestInspiration(app.db)), [app.db]);
  const [removed, setRemoved] = useState<{ item: ActionItem; index: number } | null>(null);
  const [prefilled, setPrefilled] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const chosen = workshop.voting.chosen;
  const others = BLOCK_IDS.filter((b) => !chosen.includes(b));
  const template = dialog.planTemplate;
  const alone = workshop.mode === 'solo';
  const full = planIsFull(workshop.plan);

  // Once per visit: bring in proposals from step 3 that are not in the plan yet.
  useEffect(() => {
    const before = session.workshop.peek().plan.items.length;
    // One id per proposal, the same on screen and in the write (a new one there lost text typed in between).
    const ids = new Map<string, string>();
    const itemIdFor = (proposalId: string) => ids.get(proposalId) ?? ids.set(proposalId, app.newId()).get(proposalId)!;
    void save((w) => prefillFromProposals(w, BLOCK_IDS, itemIdFor));
    setPrefilled(session.workshop.peek().plan.items.length - before);
  }, []);

  // A new item's "Hvad vil vi gøre?" gets focus once the item is rendered, unless a field was tapped meanwhile.
  const focusNew = useRef<{ id: string; mark: FocusMark } | null>(null);
  const itemOrder = workshop.plan.items.map((i) => i.id).join();
  useEffect(() => {
    const pending = focusNew.current;
    const field = pending ? document.getElementById(`item-${pending.id}-what`) : null;
    if (pending && field) {
      focusUnlessMoved(field, pending.mark);
      focusNew.current = null;
    }
  }, [itemOrder]);

  const add = (block: BlockId, what = '') => {
    const id = app.newId();
    focusNew.current = { id, mark: focusMark() };
    void save((w) => addItem(w, newItem(id, block, what)));
  };

  const remove = (id: string) => {
    const taken = removeItem(session.workshop.peek(), id).removed;
    void save((w) => removeItem(w, id).workshop);
    if (taken) setRemoved(taken);
  };

  const focusAfterMove = useMoveFocus(listRef, itemOrder);
  const move = (id: string, direction: -1 | 1) => {
    focusAfterMove(`[data-item="${id}"]`, direction);
    void save((w) => moveItem(w, id, direction));
  };

  const section = (block: BlockId) => {
    const b = huset.blocks.find((x) => x.id === block);
    const items = itemsOfBlock(workshop.plan, block);
    const ideas = inspiration.status === 'ready' ? (inspiration.value?.items ?? []).filter((i) => i.blocks.includes(block)) : [];
    return (
      <section class="card plan-block" key={block} aria-labelledby={`plan-${block}`}>
        <h3 id={`plan-${block}`}>
          {b?.title ?? block} <span class="badge badge--quiet">{t.plan.itemsCount(items.length)}</span>
        </h3>
        {items.length === 0 ? (
          <p class="hint">{t.plan.noItems}</p>
        ) : (
          <ol class="plain-list plan-items">
            {items.map((item, i) => (
              <ItemEditor
                key={item.id}
                item={item}
                number={i + 1}
                first={i === 0}
                last={i === items.length - 1}
                datalistId="plan-participants"
                template={template}
                save={save}
                onMove={(direction) => move(item.id, direction)}
                onRemove={() => remove(item.id)}
              />
            ))}
          </ol>
        )}
        {full ? (
          <p class="hint">{t.plan.full(LIMITS.items)}</p>
        ) : (
          <button class="button" type="button" onClick={() => add(block)}>
            {t.plan.addItem}
          </button>
        )}
        {ideas.length > 0 && (
          <details class="plan-ideas">
            <summary>
              {t.plan.inspiration} ({ideas.length})
            </summary>
            <ul class="plain-list">
              {ideas.map((idea) => (
                <li key={idea.id} class="inspiration__item">
                  <h4>{idea.title}</h4>
                  <p>{idea.summary}</p>
                  {/* The name starts with the visible words (WCAG 2.5.3) and says which idea. */}
                  <button
                    class="button"
                    type="button"
                    disabled={full}
                    aria-label={`${t.plan.useShort}: ${idea.title}`}
                    onClick={() => add(block, `${idea.title}: ${idea.summary}`)}
                  >
                    {t.plan.useShort}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
    );
  };

  return (
    <>
      <h1>{stepHeading(guidance, 'plan')}</h1>
      <p class="lead">{alone ? t.plan.introSolo : t.plan.intro}</p>
      <HowTo guidance={guidance} step="plan" alone={alone} />
      <p class="hint">{template.guidance}</p>
      {prefilled > 0 && (
        <p class="notice" role="status">
          {t.plan.prefilled(prefilled)}
        </p>
      )}
      {/* The participants as suggestions for "Hvem gør hvad?" – not in the anonymous view, where they are only numbers. */}
      {!workshop.anonymous && (
        <datalist id="plan-participants">
          {workshop.participants.map((p) => (
            <option key={p.id} value={labels.get(p.id) ?? ''} />
          ))}
        </datalist>
      )}
      <div ref={listRef}>
        <h2>{template.title}</h2>
        {chosen.length > 0 && <p class="hint">{alone ? t.plan.chosenBlocksSolo : t.plan.chosenBlocks}</p>}
        {chosen.map(section)}
        {chosen.length > 0 ? (
          <details class="plan-others" open={others.some((b) => itemsOfBlock(workshop.plan, b).length > 0)}>
            <summary>{t.plan.otherBlocks(others.length)}</summary>
            {others.map(section)}
          </details>
        ) : (
          others.map(section)
        )}
      </div>
      {removed && (
        <div class="notice undo" role="status">
          <p>{t.plan.removed}</p>
          <button
            class="button"
            type="button"
            onClick={() => {
              const { item, index } = removed;
              setRemoved(null);
              void save((w) => restoreItem(w, item, index));
            }}
          >
            {t.plan.undo}
          </button>
        </div>
      )}
      <section class="card" aria-labelledby="plan-whole">
        <h2 id="plan-whole">{t.plan.whole}</h2>
        {/* The booklet asks two questions in one sentence; it stands as a heading, and each field is labelled by its own part. */}
        <h3>{template.effect}</h3>
        <SavedTextarea id="plan-effect" label={alone ? t.plan.effectSolo : t.plan.effect} read={(w) => w.plan.effect} write={(w, effect) => setPlanFields(w, { effect })} maxLength={LIMITS.note} />
        <SavedTextarea id="plan-evidence" label={alone ? t.plan.evidenceSolo : t.plan.evidence} read={(w) => w.plan.evidence} write={(w, evidence) => setPlanFields(w, { evidence })} maxLength={LIMITS.note} />
        <h3>{template.followUp}</h3>
        <SavedInput
          id="plan-follow-up"
          type="date"
          label={t.plan.followUpDate}
          read={(w) => w.plan.followUpDate ?? ''}
          write={(w, value) => setPlanFields(w, { followUpDate: value === '' ? null : value })}
          check={planDateMessage}
        />
        <p class="hint">{template.repeatAdvice}</p>
        <SavedInput
          id="plan-next-round"
          type="date"
          label={t.plan.nextRoundDate}
          hint={t.plan.nextRoundHint}
          read={(w) => plannedNextRound(w) ?? ''}
          write={(w, value) => setPlanFields(w, { nextRound: value === '' ? null : value })}
          check={planDateMessage}
        />
      </section>
      <ExportPanel />
      <NextRound />
    </>
  );
}
