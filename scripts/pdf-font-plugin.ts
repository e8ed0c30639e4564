/**
 * Vite plugin: the PDF's font (issue #16). DejaVu Sans, regular and bold
 * (src/pdf/fonts/, with its licence), is subset with subset-font (HarfBuzz)
 * to the code points of PDF_FONT_RANGES (src/domain/pdf-text.ts): Latin-1,
 * Latin Extended-A and B, the Vietnamese letters and the usual punctuation.
 * Hinting and the layout tables jsPDF never reads are dropped; kerning is
 * off when jsPDF draws, so the kern table goes too.
 *
 * In a build the two subsets are emitted as assets (so the service worker
 * precaches them and the export works offline); the dev server serves them
 * from memory. Either way `virtual:pdf-fonts` gives their URLs; only the PDF
 * chunk imports it, so the fonts are fetched on the first export.
 */
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { PDF_FONT_RANGES } from '../src/domain/pdf-text.ts';

const MODULE = 'virtual:pdf-fonts';
const FONTS = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
type Style = keyof typeof FONTS;
const DEV_PATH = '/@pdf-fonts/';

/** Tables jsPDF does not use: hinting, OpenType layout, device metrics, signatures. */
const DROP = ['GSUB', 'GPOS', 'GDEF', 'kern', 'hdmx', 'VDMX', 'LTSH', 'gasp', 'DSIG', 'fpgm', 'prep', 'cvt ', 'FFTM'];

/** Every code point the PDF prints, as one string. */
export function pdfFontText(): string {
  let text = '';
  for (const [from, to] of PDF_FONT_RANGES) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);
  return text;
}

/** One style of the font, subset to the PDF's code points. */
export function subsetPdfFont(style: Style): Promise<Buffer> {
  const source = readFileSync(new URL(`../src/pdf/fonts/${FONTS[style]}`, import.meta.url));
  return subsetFont(source, pdfFontText(), { targetFormat: 'truetype', noHinting: true, noLayoutClosure: true, dropTables: DROP });
}

export function pdfFontPlugin(): Plugin {
  let subsets: Promise<Record<Style, Buffer>> | undefined;
  const subsetAll = () =>
    (subsets ??= Promise.all([subsetPdfFont('regular'), subsetPdfFont('bold')]).then(([regular, bold]) => ({ regular, bold })));
  let serving = false;
  return {
    name: 'kom-i-hus-pdf-fonts',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const style = req.url?.startsWith(DEV_PATH) ? (req.url.slice(DEV_PATH.length) as Style) : undefined;
        if (!style || !(style in FONTS)) return next();
        subsetAll().then(
          (fonts) => {
            res.setHeader('content-type', 'font/ttf');
            res.end(fonts[style]);
          },
          (error: unknown) => next(error),
        );
      });
    },
    resolveId(id) {
      return id === MODULE ? `\0${MODULE}` : undefined;
    },
    async load(id) {
      if (id !== `\0${MODULE}`) return undefined;
      if (serving) return `export default ${JSON.stringify({ regular: `${DEV_PATH}regular`, bold: `${DEV_PATH}bold` })};`;
      const fonts = await subsetAll();
      const refs = (Object.keys(FONTS) as Style[]).map(
        (style) => [style, this.emitFile({ type: 'asset', name: `pdf-${style}.ttf`, source: fonts[style] })] as const,
      );
      return `export default { ${refs.map(([style, ref]) => `${style}: import.meta.ROLLUP_FILE_URL_${ref}`).join(', ')} };`;
    },
  };
}
