/**
 * The PDF font (scripts/pdf-font-plugin.ts, issue #16): the subset the build
 * makes holds a glyph for every code point the PDF prints (PDF_FONT_RANGES,
 * which pdfSafe trusts), in both styles, and nothing far beyond them, and
 * jsPDF can read it and measure with it.
 */
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { pdfFontText, subsetPdfFont } from '../../scripts/pdf-font-plugin';
import { PDF_FONT_RANGES } from '../../src/domain/pdf-text';

/** The code points the font maps to a glyph, as jsPDF's own TrueType reader sees them. */
function codePointsOf(font: Buffer): { codes: Set<number>; width: (text: string) => number } {
  const pdf = new jsPDF();
  pdf.addFileToVFS('font.ttf', font.toString('base64'));
  pdf.addFont('font.ttf', 'PdfFont', 'normal');
  pdf.setFont('PdfFont', 'normal');
  const metadata = (pdf.getFont() as unknown as { metadata: { cmap: { unicode: { codeMap: Record<string, number> } } } }).metadata;
  const codes = new Set(
    Object.entries(metadata.cmap.unicode.codeMap)
      .filter(([, glyph]) => glyph > 0)
      .map(([code]) => Number(code)),
  );
  return { codes, width: (text) => pdf.getStringUnitWidth(text) };
}

describe('the PDF font', () => {
  for (const style of ['regular', 'bold'] as const) {
    it(`(${style}) has a glyph for every code point the PDF prints, and is small`, async () => {
      const font = await subsetPdfFont(style);
      const { codes, width } = codePointsOf(font);
      const missing = [...pdfFontText()].map((c) => c.codePointAt(0)!).filter((c) => !codes.has(c));
      expect(missing.map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`)).toEqual([]);
      expect(codes.size).toBe(PDF_FONT_RANGES.reduce((n, [from, to]) => n + to - from + 1, 0));
      expect(font.length).toBeLessThan(50_000);
      // Real metrics: the letters of the three names have widths, and a wide letter is wider than a narrow one.
      for (const name of ['Łukasz Wójcik', 'Şükrü Yılmaz', 'Nguyễn Thị Hà']) expect(width(name)).toBeGreaterThan(3);
      expect(width('W')).toBeGreaterThan(width('ı'));
    });
  }
});
