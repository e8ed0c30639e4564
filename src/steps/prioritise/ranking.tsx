/**
 * The revealed result: a ranked list with vote counts and shared places for
 * ties. The facilitator can move elements up and down (buttons, not drag)
 * and choose which building blocks go into the dialogue.
 *
 * With `suggest`, while no block is chosen (block votes only), a suggestion
 * names the top places that fit the meeting's time (voting.ts
 * suggestedBlocks, timebox.ts blocksThatFit) and a tie at the cut. It writes
 * nothing by itself: "Tag forslaget med i dialogen" stores it in one write,
 * and choosing a block by hand replaces it.
 */
import { useRef } from 'preact/hooks';
import { focusMark, focusUnlessMoved } from '../../components/focus-unless-moved';
import { useMoveFocus } from '../../components/use-move-focus';
import { BLOCK_IDS, type BlockId } from '../../domain/blocks';
import { blocksThatFit } from '../../domain/timebox';
import { moveRanked, rankingOf, suggestedBlocks } from '../../domain/voting';
import type { Workshop } from '../../domain/workshop';
import { t } from '../../i18n';
import type { OpenStep } from '../step-context';
import type { VoteElement } from './elements';

interface Props extends Pick<OpenStep, 'workshop' | 'save' | 'huset'> {
  elements: VoteElement[];
  /** Offer the time budget's suggestion while nothing is chosen. */
  suggest?: boolean;
}

export function Ranking({ workshop, save, huset, elements, suggest = false }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const byId = new Map(elements.map((e) => [e.id, e]));
  const ranked = rankingOf(workshop, elements);
  const chosen = workshop.voting.chosen;
  const blockTitle = (id: BlockId) => huset.blocks.find((b) => b.id === id)?.title ?? id;

  const focusAfterMove = useMoveFocus(listRef, ranked.map((r) => r.elementId).join());
  // Every change is worked out from the workshop as stored when it is applied, never from this
  // render's copy: a second press before the first is saved must build on the first.
  const move = (id: string, direction: -1 | 1) => {
    focusAfterMove(`[data-element="${id}"]`, direction);
    void save((w) => moveRanked(w, elements, id, direction));
  };

  const toggleChosen = (block: BlockId, on: boolean) =>
    void save((w) => {
      const current = w.voting.chosen.filter((b) => b !== block);
      // Chosen blocks follow the ranking's order, so the dialogue takes them in priority order.
      const next = on ? [...current, block] : current;
      const order = rankingOf(w, elements)
        .map((r) => byId.get(r.elementId)?.block)
        .filter((b): b is BlockId => !!b);
      next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
      return { ...w, voting: { ...w.voting, chosen: next } };
    });

  const suggestion = suggest && workshop.voting.target === 'blocks' && chosen.length === 0 ? suggestionFor(workshop, elements) : undefined;
  const label = (id: string) => byId.get(id)?.label ?? id;
  const useSuggestion = async () => {
    const mark = focusMark();
    const written = await save((w) => {
      // From the workshop as stored now, and only if nothing was chosen meanwhile.
      if (w.voting.chosen.length > 0) return w;
      const picked = suggestionFor(w, elements).picked.filter((id): id is BlockId => (BLOCK_IDS as readonly string[]).includes(id));
      return { ...w, voting: { ...w.voting, chosen: picked } };
    });
    // The suggestion's card is gone: the focus goes to the result it filled in.
    if (written) focusUnlessMoved(headingRef.current, mark);
  };

  return (
    <section class="card" aria-labelledby="ranking-title">
      <h2 id="ranking-title" tabIndex={-1} ref={headingRef}>
        {t.prioritise.result}
      </h2>
      <p class="hint">{t.prioritise.resultHint}</p>
      {suggestion && (suggestion.picked.length > 0 || suggestion.tied.length > 0) && (
        <div class="suggestion" role="group" aria-labelledby="suggestion-title">
          <h3 id="suggestion-title">{t.prioritise.suggestTitle}</h3>
          <p>{t.prioritise.suggestFit(suggestion.fit, t.dialogue.duration(workshop.timeBudgetMinutes))}</p>
          {suggestion.picked.length > 0 && <p>{t.prioritise.suggestPicked(suggestion.picked.map(label))}</p>}
          {suggestion.tied.length > 0 && <p>{t.prioritise.suggestTied(suggestion.tied.map(label))}</p>}
          {suggestion.picked.length > 0 && (
            <button class="button button--primary" type="button" onClick={() => void useSuggestion()}>
              {t.prioritise.suggestUse}
            </button>
          )}
        </div>
      )}
      <ol class="plain-list ranking" ref={listRef}>
        {ranked.map((r, index) => {
          const element = byId.get(r.elementId);
          if (!element) return null;
          const isBlockVote = workshop.voting.target === 'blocks';
          const chooseLabel = isBlockVote ? t.prioritise.choose(element.label) : t.prioritise.chooseBlockOf(blockTitle(element.block));
          return (
            <li key={r.elementId} class="ranking__row" data-element={r.elementId}>
              <span class="ranking__rank">{t.prioritise.rank(r.rank, r.tied)}</span>
              <span class="ranking__label">
                <strong>{element.label}</strong>
                <span class="ranking__meta">
                  {t.prioritise.votesOn(r.votes)}
                  {r.score !== null && ` · ${t.prioritise.scoreShort(t.results.formatMean(r.score))}`}
                </span>
              </span>
              <label class="check ranking__choose">
                <input
                  type="checkbox"
                  checked={chosen.includes(element.block)}
                  onChange={(e) => toggleChosen(element.block, (e.currentTarget as HTMLInputElement).checked)}
                />
                {isBlockVote ? <span class="visually-hidden">{chooseLabel}</span> : chooseLabel}
                {isBlockVote && <span aria-hidden="true">{t.prioritise.chooseShort}</span>}
              </label>
              <span class="ranking__move">
                <button class="button" type="button" data-move="-1" aria-label={t.prioritise.moveUp(element.label)} disabled={index === 0} onClick={() => move(r.elementId, -1)}>
                  ↑
                </button>
                <button
                  class="button"
                  type="button"
                  data-move="1"
                  aria-label={t.prioritise.moveDown(element.label)}
                  disabled={index === ranked.length - 1}
                  onClick={() => move(r.elementId, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p role="status">{chosen.length === 0 ? t.prioritise.noneChosen : t.prioritise.chosenCount(chosen.length)}</p>
    </section>
  );
}

/** The blocks the meeting's time has room for, by the votes (block votes: an element is a block). */
function suggestionFor(workshop: Workshop, elements: readonly VoteElement[]) {
  const fit = blocksThatFit(workshop.timeBudgetMinutes, BLOCK_IDS.length);
  return { fit, ...suggestedBlocks(rankingOf(workshop, elements), fit) };
}
