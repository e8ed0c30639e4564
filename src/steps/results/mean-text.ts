/** A mean as every screen writes it: one decimal in the language's way, "–" when nobody answered. */
import { t } from '../../i18n';

export function meanText(mean: number | null): string {
  return mean === null ? '–' : t.results.formatMean(mean);
}
