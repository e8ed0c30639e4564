/**
 * The jsPDF adapter: lays the plan out (src/domain/pdf-layout.ts) with jsPDF's
 * own font metrics and draws the page model. jsPDF is imported here and only
 * here, dynamically, so it is fetched the first time someone exports a PDF,
 * with the font: DejaVu Sans, subset to the letters the PDF prints
 * (scripts/pdf-font-plugin.ts), precached like the rest of the app.
 */
import fontUrls from 'virtual:pdf-fonts';
import { layoutPlan, type DrawOp, type Measure, type PdfLabels, type Rgb } from '../domain/pdf-layout';
import type { PlanDocument } from '../domain/plan-document';
import { pdfSafe } from '../domain/pdf-text';

type JsPdf = import('jspdf').jsPDF;

const BLACK: Rgb = [0, 0, 0];

/** Builds the action plan PDF; `replaced` lists characters printed as "?". */
export async function renderPlanPdf(doc: PlanDocument, labels: PdfLabels): Promise<{ blob: Blob; replaced: string[]; pages: number }> {
  const [{ jsPDF }, fonts] = await Promise.all([import('jspdf'), loadFonts()]);
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  for (const style of ['normal', 'bold'] as const) {
    pdf.addFileToVFS(`${FONT}-${style}.ttf`, fonts[style]);
    pdf.addFont(`${FONT}-${style}.ttf`, FONT, style);
  }
  const font = fontSetter(pdf);
  const measure: Measure = (text, size, bold) => {
    font(bold);
    // Kerning off: jsPDF does not kern when it draws, so it must not when it measures.
    return (pdf.getStringUnitWidth(text, { doKerning: false }) * size) / pdf.internal.scaleFactor;
  };

  const model = layoutPlan(doc, labels, measure);
  model.pages.forEach((page, index) => {
    if (index > 0) pdf.addPage('a4', 'portrait');
    for (const op of page.ops) draw(pdf, op, font);
  });

  // Document info strings may hold any Unicode (jsPDF writes them as UTF-16).
  const title = pdfSafe(doc.workplace ? `${labels.title} – ${doc.workplace}` : labels.title).text;
  pdf.setProperties({ title, subject: labels.subtitle, creator: 'Kom i hus', keywords: labels.keywords });
  pdf.setLanguage(labels.language);
  pdf.viewerPreferences({ DisplayDocTitle: true });
  return { blob: pdf.output('blob'), replaced: model.replaced, pages: model.pages.length };
}

const FONT = 'DejaVuSans';

/** The font's two styles as base64 (what jsPDF's file system takes), fetched once per page. */
let fontFiles: Promise<{ normal: string; bold: string }> | undefined;
function loadFonts(): Promise<{ normal: string; bold: string }> {
  fontFiles ??= Promise.all([fontUrls.regular, fontUrls.bold].map(fetchBase64)).then(
    ([normal, bold]) => ({ normal: normal!, bold: bold! }),
    (error: unknown) => {
      fontFiles = undefined;
      throw error;
    },
  );
  return fontFiles;
}

async function fetchBase64(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The PDF font ${url} could not be loaded (${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Switches between the regular and the bold style only when needed. */
function fontSetter(pdf: JsPdf): (bold: boolean) => void {
  let current: boolean | null = null;
  return (bold) => {
    if (bold === current) return;
    pdf.setFont(FONT, bold ? 'bold' : 'normal');
    current = bold;
  };
}

function draw(pdf: JsPdf, op: DrawOp, font: (bold: boolean) => void): void {
  switch (op.kind) {
    case 'text': {
      font(op.bold);
      pdf.setFontSize(op.size);
      pdf.setTextColor(...(op.colour ?? BLACK));
      pdf.text(op.text, op.x, op.y);
      return;
    }
    case 'rect': {
      if (op.fill) pdf.setFillColor(...op.fill);
      if (op.stroke) {
        pdf.setDrawColor(...op.stroke);
        pdf.setLineWidth(0.2);
      }
      const style = op.fill && op.stroke ? 'FD' : op.fill ? 'F' : 'S';
      if (op.fill || op.stroke) pdf.rect(op.x, op.y, op.w, op.h, style);
      return;
    }
    case 'line': {
      pdf.setDrawColor(...(op.colour ?? BLACK));
      pdf.setLineWidth(op.width);
      pdf.line(op.x1, op.y1, op.x2, op.y2);
      return;
    }
  }
}
