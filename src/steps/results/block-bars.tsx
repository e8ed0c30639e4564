/** One bar per building block: its mean on the 1–5 scale, with the numbers written out. */
import type { ScoreSummary } from '../../domain/scoring';
import { t } from '../../i18n';

interface Props {
  summary: ScoreSummary;
  blockTitle: (id: string) => string;
  formatMean: (mean: number | null) => string;
}

export function BlockBars({ summary, blockTitle, formatMean }: Props) {
  return (
    <section class="card" aria-labelledby="blocks-title">
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
              {b.mean === null || b.min === null || b.max === null
                ? t.results.blockEmpty
                : t.results.blockLine(formatMean(b.mean), b.min, b.max, b.respondents)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
