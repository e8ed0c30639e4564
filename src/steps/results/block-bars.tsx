/**
 * One bar per building block: its mean on the 1–5 scale written in the bar,
 * and under it the lowest and highest answer and how many answered. The mean
 * is said once on screen (in the bar); a screen reader hears the whole line,
 * "Gennemsnit 2,1 · laveste 1, højeste 4 · 3 deltagere har svaret".
 */
import type { ScoreSummary } from '../../domain/scoring';
import { t } from '../../i18n';

interface Props {
  summary: ScoreSummary;
  blockTitle: (id: string) => string;
  formatMean: (mean: number | null) => string;
  /** What the numbers are (scale 1–5, "Ved ikke" not counted), written under the bars. */
  intro: string;
  /** One person alone: the range of their own answers, no count of people. */
  alone?: boolean;
}

export function BlockBars({ summary, blockTitle, formatMean, intro, alone = false }: Props) {
  return (
    <section class="card blocks" aria-labelledby="blocks-title">
      <h2 id="blocks-title">{t.results.blocks}</h2>
      <ul class="plain-list bars">
        {summary.blocks.map((b) => (
          <li key={b.block} class="bar" data-block={b.block}>
            <span class="bar__title">{blockTitle(b.block)}</span>
            <span class="bar__track" aria-hidden="true">
              <span class="bar__fill" style={{ width: `${b.mean === null ? 0 : (b.mean / 5) * 100}%` }} />
              <span class="bar__value">{formatMean(b.mean)}</span>
            </span>
            <span class="bar__text">
              {b.mean === null || b.min === null || b.max === null ? (
                t.results.blockEmpty
              ) : (
                <>
                  <span class="visually-hidden">{t.results.blockMean(formatMean(b.mean))}</span>
                  <span class="bar__range">{alone ? t.results.blockRangeSolo(b.min, b.max) : t.results.blockRange(b.min, b.max, b.respondents)}</span>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      <p class="blocks__intro">{intro}</p>
    </section>
  );
}
