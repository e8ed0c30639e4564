/**
 * Step 2 alone (issue #12 point 6): no dot-vote for one person. The six
 * building blocks, lowest step-1 score first, each with a checkbox; the
 * person chooses 1–3 of them, and the choice is the dialogue's agenda
 * (workshop.voting.chosen), exactly as a group's chosen blocks are.
 */
import { useMemo } from 'preact/hooks';
import type { BlockId } from '../../domain/blocks';
import { rankBlocksLowestFirst, summarise } from '../../domain/scoring';
import { chooseAlone, SOLO_MAX_CHOSEN } from '../../domain/voting';
import { t } from '../../i18n';
import type { OpenStep } from '../step-context';

export function SoloChoice({ workshop, questionnaire, huset, save }: Pick<OpenStep, 'workshop' | 'questionnaire' | 'huset' | 'save'>) {
  const summary = useMemo(
    () => summarise(questionnaire, workshop.answers, workshop.participants.map((p) => p.id)),
    [questionnaire, workshop.answers, workshop.participants],
  );
  const blocks = rankBlocksLowestFirst(summary);
  const order: BlockId[] = blocks.map((b) => b.block);
  const chosen = workshop.voting.chosen;
  const full = chosen.length >= SOLO_MAX_CHOSEN;
  const title = (id: BlockId) => huset.blocks.find((b) => b.id === id)?.title ?? id;

  return (
    <section class="card solo-choice" aria-labelledby="solo-choice-title">
      <h2 id="solo-choice-title">{t.prioritise.soloChooseTitle}</h2>
      <p class="hint" id="solo-choice-hint">
        {t.prioritise.soloChooseHint}
      </p>
      <div role="group" aria-labelledby="solo-choice-title" aria-describedby="solo-choice-hint">
        <ul class="plain-list solo-choice__list">
          {blocks.map((b) => {
            const on = chosen.includes(b.block);
            return (
              <li key={b.block} class="solo-choice__row" data-block={b.block}>
                <label class="check solo-choice__check">
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={!on && full}
                    onChange={(e) => {
                      const next = (e.currentTarget as HTMLInputElement).checked;
                      void save((w) => chooseAlone(w, order, b.block, next));
                    }}
                  />
                  <span class="solo-choice__label">
                    <strong>{title(b.block)}</strong>
                    <span class="solo-choice__score">{b.mean === null ? t.prioritise.soloNoScore : t.prioritise.soloScore(t.results.formatMean(b.mean))}</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </div>
      {/* With nothing chosen, the button below says why it cannot go on yet. */}
      <p role="status">{chosen.length === 0 ? '' : full ? t.prioritise.soloFull(chosen.length) : t.prioritise.soloChosen(chosen.length)}</p>
    </section>
  );
}
