/**
 * The PDF export, loaded on demand (`import('../../pdf')`): the layout and the
 * Danish labels come with this chunk, the English ones only when English is
 * chosen; jsPDF itself is fetched only inside renderPlanPdf.
 */
import type { Dialog, Guidance } from '../domain/content';
import type { PdfLabels } from '../domain/pdf-layout';
import type { Locale } from '../i18n/format';
import { danishPdfLabels } from '../i18n/pdf.da';

export { renderPlanPdf } from './render';
export { planFileName } from '../domain/pdf-text';

/** The PDF's own words in the chosen language; dialog and guidance are the content in that language; `alone` for solo mode. */
export async function pdfLabels(locale: Locale, dialog: Dialog, guidance: Guidance, alone = false): Promise<PdfLabels> {
  if (locale === 'en') return (await import('../i18n/pdf.en')).englishPdfLabels(dialog, guidance, alone);
  return danishPdfLabels(dialog, guidance, alone);
}
