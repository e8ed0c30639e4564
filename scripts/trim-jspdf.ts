/**
 * Vite plugin: builds a trimmed jsPDF.
 *
 * Why: the service worker precaches every chunk within a budget of 800 KiB, and
 * jsPDF's published bundle (about 400 kB built) carries every plugin: forms,
 * images, HTML and SVG import, a canvas emulation, tables… We draw text, boxes
 * and lines (src/pdf/render.ts) in an embedded TrueType font, DejaVu Sans.
 *
 * What: `jspdf` resolves to the unminified ES build (dist/jspdf.es.js), and the
 * top-level statements of the unused plugins are cut out of it before bundling
 * (CUTS below), with the helpers only they use: image decoders and encoders,
 * PNG filters and fast-png, CSS font matching, AcroForm's classes and their
 * exports. (Helpers are cut by hand because the bundler keeps an unused function
 * whose prototype is extended.) Vite then minifies what is left. Kept: the core
 * (with encryption, which lives in it), filters (compression), annotations,
 * setLanguage, split_text_to_size (getStringUnitWidth), ttfsupport,
 * total_pages, viewerpreferences, metadata, utf8, vFS, the bidi engine and the
 * TrueType parser. Without fileloading, a TrueType font must be put in the vFS
 * (addFileToVFS) before addFont: jsPDF can no longer fetch it by URL.
 *
 * Each cut is found by jsPDF's own `@name` tag or by the code it starts with.
 * If one is missing or ambiguous, or jsPDF is not the version the list was
 * written for, the build stops: after an upgrade, check that the kept code still
 * calls none of the cut plugins, run the PDF tests, then update JSPDF_VERSION.
 */
import { parseAst, type Plugin } from 'vite';

/** The jsPDF version whose dist/jspdf.es.js the cuts were checked against. */
export const JSPDF_VERSION = '4.2.1';

/** A top-level statement: the one whose comment before it has this `@name` tag, or whose code starts so. */
export type Match = { name: string } | { code: string };

/** The statements to cut: `from`, or every one from `from` to `to`, both included. */
export interface Cut {
  what: string;
  from: Match;
  to?: Match;
}

export const CUTS: readonly Cut[] = [
  { what: 'AcroForm (form fields)', from: { code: 'jsPDFAPI.__acroform__ = {};' }, to: { code: 'var AcroForm = jsPDF.AcroForm;' } },
  { what: 'addImage (every image format)', from: { code: '(function (jsPDFAPI) { var namespace = "addImage_";' } },
  { what: 'JPEG images', from: { name: 'jpeg_support' } },
  { what: 'PNG images', from: { name: 'processPNG' }, to: { code: 'function safeSetUint16(' } },
  { what: 'PNG decoding (fast-png)', from: { code: "import { decode } from 'fast-png';" } },
  { what: 'GIF images (and the JPEG encoder GIF, BMP and WebP use)', from: { code: 'function GifReader(' }, to: { name: 'gif_support' } },
  { what: 'BMP images', from: { code: 'function BmpDecoder(' }, to: { name: 'bmp_support' } },
  { what: 'WebP images', from: { code: 'function WebPDecoder(' }, to: { name: 'webp_support' } },
  { what: 'raw RGBA images', from: { name: 'rgba_support' } },
  { what: 'SVG images (canvg)', from: { name: 'svg' } },
  { what: 'Arabic shaping', from: { name: 'arabic' } },
  { what: 'auto-print', from: { name: 'autoprint' } },
  { what: 'canvas emulation', from: { name: 'canvas' } },
  { what: 'tables (cell)', from: { name: 'cell' } },
  { what: "the 2D context emulation and its CSS font matching", from: { code: 'function toLookup(' }, to: { name: 'context2d' } },
  { what: 'loading files by URL', from: { name: 'fileloading' } },
  { what: 'HTML rendering (html2canvas, DOMPurify)', from: { name: 'html' } },
  { what: 'document JavaScript', from: { name: 'javascript' } },
  { what: 'outlines (bookmarks)', from: { name: 'outline' } },
  // The PDF draws with its own TrueType font (scripts/pdf-font-plugin.ts), measured from that font's
  // own widths: the 14 standard fonts' metrics are never used.
  { what: 'metrics of the 14 standard fonts', from: { name: 'standard_fonts_metrics' } },
];

type Statement = ReturnType<typeof parseAst>['body'][number];

const squeeze = (text: string) => text.replace(/\s+/g, ' ');

/** Names a top-level statement declares (so exports of cut code can go too). */
function declaredNames(statement: Statement): string[] {
  switch (statement.type) {
    case 'FunctionDeclaration':
      return statement.id ? [statement.id.name] : [];
    case 'VariableDeclaration':
      return statement.declarations.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : []));
    case 'ImportDeclaration':
      return statement.specifiers.map((s) => s.local.name);
    default:
      return [];
  }
}

/** Cuts the CUTS out of jsPDF's dist/jspdf.es.js; throws if the source is not as expected. */
export function trimJsPdf(source: string, cuts: readonly Cut[] = CUTS): string {
  const fail = (message: string): never => {
    throw new Error(`trim-jspdf: ${message} (scripts/trim-jspdf.ts, written for jsPDF ${JSPDF_VERSION}).`);
  };
  const version = /^jsPDF\.version = "([^"]+)";$/m.exec(source)?.[1];
  if (version !== JSPDF_VERSION) fail(`found jsPDF ${version ?? '(no version)'}: check the cuts against it before building`);

  const body = parseAst(source).body;
  const names: string[][] = []; // the @name tags in the comments before each statement
  const heads: string[] = []; // the start of each statement's code
  body.forEach((statement, i) => {
    const gap = source.slice(i === 0 ? 0 : body[i - 1]!.end, statement.start);
    names.push([...gap.matchAll(/@name\s+(\S+)/g)].map((m) => m[1]!));
    heads.push(squeeze(source.slice(statement.start, Math.min(statement.end, statement.start + 300))));
  });
  const find = (what: string, match: Match): number => {
    const label = 'name' in match ? `tagged @name ${match.name}` : `starting "${match.code}"`;
    const test = 'name' in match ? (i: number) => names[i]!.includes(match.name) : (i: number) => heads[i]!.startsWith(squeeze(match.code));
    const found = body.flatMap((_, i) => (test(i) ? [i] : []));
    if (found.length !== 1) fail(`expected one top-level statement ${label} (${what}), found ${found.length}`);
    return found[0]!;
  };

  const cut = new Set<number>();
  for (const { what, from, to } of cuts) {
    const first = find(what, from);
    const last = to ? find(what, to) : first;
    if (last < first) fail(`${what}: the statement it ends with comes before the one it starts with`);
    for (let i = first; i <= last; i++) {
      if (cut.has(i)) fail(`${what} overlaps another cut`);
      cut.add(i);
    }
  }

  // Rebuild the source without the cut statements (nor the comments before them),
  // and stop exporting what they declared (AcroForm's classes).
  const gone = new Set([...cut].flatMap((i) => declaredNames(body[i]!)));
  let out = '';
  let from = 0; // start of the text not yet copied
  body.forEach((statement, i) => {
    const gapStart = i === 0 ? 0 : body[i - 1]!.end;
    if (cut.has(i)) {
      out += source.slice(from, gapStart);
      from = statement.end;
    } else if (statement.type === 'ExportNamedDeclaration' && !statement.source && statement.specifiers.some((s) => s.local.type === 'Identifier' && gone.has(s.local.name))) {
      const kept = statement.specifiers.filter((s) => !(s.local.type === 'Identifier' && gone.has(s.local.name)));
      out += source.slice(from, statement.start) + `export { ${kept.map((s) => source.slice(s.start, s.end)).join(', ')} };`;
      from = statement.end;
    }
  });
  return out + source.slice(from);
}

const JSPDF_ES = /[\\/]jspdf[\\/]dist[\\/]jspdf\.es\.js$/;

/** Points `jspdf` at its unminified ES build and trims that as it is loaded. */
export function trimJsPdfPlugin(): Plugin {
  return {
    name: 'kom-i-hus:trim-jspdf',
    enforce: 'pre',
    // In development too, so a cut feature fails there first: serve jsPDF through
    // this plugin rather than pre-bundled as it is published.
    config: () => ({ optimizeDeps: { exclude: ['jspdf'] } }),
    async resolveId(source, importer, options) {
      if (source !== 'jspdf') return null;
      const resolved = await this.resolve('jspdf/dist/jspdf.es.js', importer, { ...options, skipSelf: true });
      if (!resolved || !JSPDF_ES.test(resolved.id.split('?')[0]!)) throw new Error(`trim-jspdf: cannot resolve jspdf/dist/jspdf.es.js from ${importer ?? 'the project'}.`);
      return resolved;
    },
    transform(code, id) {
      if (!JSPDF_ES.test(id.split('?')[0]!)) return null;
      return { code: trimJsPdf(code), map: null };
    },
  };
}
