/**
 * The PDF export, loaded on demand (`import('../../pdf')`): the layout and the
 * labels come with this chunk; jsPDF itself is fetched only inside renderPlanPdf.
 */
export { renderPlanPdf } from './render';
export { danishPdfLabels } from '../i18n/pdf.da';
export { planFileName } from '../domain/pdf-text';
