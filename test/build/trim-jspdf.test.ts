/**
 * The trimmed jsPDF (scripts/trim-jspdf.ts), checked against the real
 * node_modules/jspdf/dist/jspdf.es.js: the unused plugins are gone, the ones
 * we draw with (the TrueType font among them) stay, and the drawing calls of
 * src/pdf/render.ts, in the PDF's own font, give the same bytes as the full jsPDF.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { subsetPdfFont } from '../../scripts/pdf-font-plugin.ts';
import { CUTS, JSPDF_VERSION, trimJsPdf } from '../../scripts/trim-jspdf.ts';

const source = readFileSync(new URL('../../node_modules/jspdf/dist/jspdf.es.js', import.meta.url), 'utf8');
const trimmed = trimJsPdf(source);

/** The `@name` tags left in comments between top-level statements. */
const topLevelNames = (code: string) => {
  const body = parseAst(code).body;
  return body.flatMap((statement, i) => [...code.slice(i === 0 ? 0 : body[i - 1]!.end, statement.start).matchAll(/@name\s+(\S+)/g)].map((m) => m[1]!));
};

describe('trimJsPdf', () => {
  it('cuts the plugins we never use and what only they use', () => {
    const names = topLevelNames(trimmed);
    for (const { from, to } of CUTS) {
      for (const match of [from, to]) if (match && 'name' in match) expect(names).not.toContain(match.name);
    }
    const gone = ['addImage', 'addField', 'processArabic', 'autoPrint', 'cell', 'table', 'context2d', 'loadFile', 'html', 'addJS', 'outline', 'addSvgAsImage'];
    for (const method of gone) expect(trimmed).not.toMatch(new RegExp(`\\b(?:jsPDFAPI|API)\\.${method} = `));
    for (const format of ['JPEG', 'PNG', 'GIF89A', 'BMP', 'WEBP', 'RGBA']) expect(trimmed).not.toContain(`.process${format} = `);
    for (const helper of ['GifReader', 'JPEGEncoder', 'BmpDecoder', 'WebPDecoder', 'AcroFormField', 'parseFontFamily']) expect(trimmed).not.toMatch(new RegExp(`\\b${helper}\\b`));
    expect(trimmed).not.toContain("from 'fast-png'");
    // Nothing left to fetch html2canvas, DOMPurify or canvg.
    expect(trimmed).not.toContain('import(');
  });

  it('keeps the core and the plugins for text, fonts and document settings', () => {
    const names = topLevelNames(trimmed);
    for (const name of ['jsPDF', 'setLanguage', 'split_text_to_size', 'ttfsupport', 'total_pages', 'viewerpreferences', 'addMetadata', 'utf8', 'vFS']) {
      expect(names).toContain(name);
    }
    for (const kept of ['function PDFSecurity(', 'jsPDFAPI.processDataByFilters = ', 'API.getStringUnitWidth = ', 'jsPDFAPI.addFileToVFS = ', 'jsPDF.API.TTFFont = ', 'jsPDF.__bidiEngine__ = ', "import { zlibSync } from 'fflate';"]) {
      expect(trimmed).toContain(kept);
    }
    expect(trimmed).toContain('export { GState, ShadingPattern, TilingPattern, jsPDF as default, jsPDF };');
    expect(trimmed.length).toBeLessThan(source.length / 2);
  });

  it('stops the build when jsPDF is not what the cuts were written for', () => {
    expect(() => trimJsPdf(source.replace(`jsPDF.version = "${JSPDF_VERSION}";`, 'jsPDF.version = "9.9.9";'))).toThrow(/found jsPDF 9\.9\.9/);
    expect(() => trimJsPdf(source.replace('@name arabic', '@name arabic-shaping'))).toThrow(/expected one top-level statement tagged @name arabic \(Arabic shaping\), found 0/);
    expect(() => trimJsPdf(source.replace('function WebPDecoder(', 'function WebPDecoder2('))).toThrow(/starting "function WebPDecoder\(" \(WebP images\), found 0/);
    expect(() => trimJsPdf(source, [{ what: 'twice', from: { name: 'svg' } }, { what: 'again', from: { name: 'svg' } }])).toThrow(/again overlaps another cut/);
  });

  it('draws what render.ts draws exactly as the full jsPDF does', async () => {
    // Written beside node_modules so their imports (fflate, @babel/runtime) resolve; loaded by Node as they are.
    const folder = join(process.cwd(), 'node_modules', '.cache', 'trim-jspdf-test');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'full.mjs'), source);
    writeFileSync(join(folder, 'trimmed.mjs'), trimmed);
    type JsPdfModule = typeof import('jspdf');
    const full = ((await import(pathToFileURL(join(folder, 'full.mjs')).href)) as JsPdfModule).jsPDF;
    const trim = ((await import(pathToFileURL(join(folder, 'trimmed.mjs')).href)) as JsPdfModule).jsPDF;
    const api = (JsPdf: JsPdfModule['jsPDF']) => JsPdf.API as unknown as Record<string, unknown>;
    expect(typeof api(full).addImage).toBe('function');
    expect(api(trim).addImage).toBeUndefined();
    expect(typeof api(trim).addFileToVFS).toBe('function');

    const fonts = { normal: (await subsetPdfFont('regular')).toString('base64'), bold: (await subsetPdfFont('bold')).toString('base64') };
    const draw = (JsPdf: JsPdfModule['jsPDF']) => {
      const pdf = new JsPdf({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
      pdf.setCreationDate(new Date(Date.UTC(2025, 2, 12)));
      pdf.setFileId('0123456789ABCDEF0123456789ABCDEF');
      for (const style of ['normal', 'bold'] as const) {
        pdf.addFileToVFS(`DejaVuSans-${style}.ttf`, fonts[style]);
        pdf.addFont(`DejaVuSans-${style}.ttf`, 'DejaVuSans', style);
      }
      pdf.setFont('DejaVuSans', 'bold');
      pdf.setFontSize(18);
      pdf.setTextColor(20, 80, 92);
      pdf.text('Handleplan – Søndergården “Æble” € ½ – Łukasz Wójcik, Şükrü Yılmaz, Nguyễn Thị Hà', 20, 30);
      pdf.setFont('DejaVuSans', 'normal');
      const width = (pdf.getStringUnitWidth('Åse og Jørgen', { doKerning: false }) * 11) / pdf.internal.scaleFactor;
      expect(width).toBeGreaterThan(20);
      pdf.setFillColor(230, 240, 242);
      pdf.setDrawColor(0, 0, 0);
      pdf.setLineWidth(0.2);
      pdf.rect(20, 40, width, 8, 'FD');
      pdf.line(20, 50, 190, 50);
      pdf.addPage('a4', 'portrait');
      pdf.text('Side 2', 20, 30);
      pdf.setProperties({ title: 'Handleplan – Søndergården', subject: 'Kom i hus', creator: 'Kom i hus', keywords: 'handleplan' });
      pdf.setLanguage('da');
      pdf.viewerPreferences({ DisplayDocTitle: true });
      return new Uint8Array(pdf.output('arraybuffer'));
    };
    const bytes = draw(trim);
    expect(new TextDecoder('latin1').decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(bytes).toEqual(draw(full));
  });
});
