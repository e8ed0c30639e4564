/**
 * Text the PDF can print. The PDF embeds DejaVu Sans (regular and bold),
 * subset at build time to PDF_FONT_RANGES (scripts/pdf-font-plugin.ts): Latin-1,
 * Latin Extended-A and B, the Vietnamese letters and the usual punctuation, so
 * "Łukasz Wójcik", "Şükrü Yılmaz" and "Nguyễn Thị Hà" print as typed. A
 * character outside the font (Arabic, CJK, an emoji) becomes a visible "?" and
 * is listed so the UI can tell the user which ones.
 */

import { fileName } from './file-name.ts';

/**
 * The code points the PDF font holds, as inclusive ranges. The build subsets
 * the font to exactly these, and a test checks the font has every one.
 */
export const PDF_FONT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0x24f], // Latin-1, Latin Extended-A and B
  [0x259, 0x259], // ə (Azerbaijani)
  [0x2c6, 0x2dd], // spacing accents: ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝
  [0x300, 0x328], // the common combining accents, for a letter NFC cannot compose
  [0x1ea0, 0x1ef9], // the Vietnamese letters with two marks or a dot below (ạ … ỹ, ễ, ị)
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x2030, 0x203a], // per mille, primes, single guillemets
  [0x20ac, 0x20ac], // €
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // arrows ← ↑ → ↓ (a change since the last round)
  [0x2212, 0x2212], // minus
];

/** Whether the PDF font holds this code point. */
export function inPdfFont(codePoint: number): boolean {
  return PDF_FONT_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Characters that are not printed but would otherwise count as unprintable. */
const INVISIBLE = /^(?:[\u00AD\u200B-\u200D\u2060\uFEFF]|[\uFE00-\uFE0F])+$/u;
/** Spaces of other widths print as an ordinary space. */
const SPACES = /^[\t\u2000-\u200A\u202F\u205F\u3000]$/u;
/** Hyphens and minus signs outside WinAnsi print as a hyphen-minus. */
const HYPHENS = /^[\u2010-\u2012\u2212]$/u;

/**
 * One user-perceived character: a code point with its combining marks,
 * variation selectors, skin tones and tags, joined by ZWJ into emoji
 * sequences; or a pair of regional indicators (a flag). A small,
 * deterministic stand-in for Intl.Segmenter, which older browsers lack.
 */
const GRAPHEME =
  /(?:\p{RI}\p{RI}|\r\n|[^])(?:[\p{M}\p{Emoji_Modifier}\uFE00-\uFE0F\u{E0020}-\u{E007F}])*(?:\u200D(?:[^](?:[\p{M}\p{Emoji_Modifier}\uFE00-\uFE0F\u{E0020}-\u{E007F}])*)?)*/gu;

/** Whether one character (a grapheme: a letter with its combining marks) prints with the PDF font. */
export function isPdfPrintable(char: string): boolean {
  if (char === '') return false;
  for (const c of char) {
    const code = c.codePointAt(0)!;
    if (code === 0xad || !inPdfFont(code)) return false;
  }
  return true;
}

/**
 * Makes text printable with the PDF font: NFC first (a decomposed
 * "å" stays å), then every grapheme that cannot be printed becomes one "?".
 * Line breaks are kept (the layout splits on them); tabs and odd spaces become
 * spaces; invisible characters (zero-width, soft hyphen) are dropped.
 */
export function pdfSafe(text: string): { text: string; replaced: string[] } {
  const replaced: string[] = [];
  let out = '';
  for (const grapheme of text.normalize('NFC').match(GRAPHEME) ?? []) {
    if (grapheme === '\n' || grapheme === '\r\n' || grapheme === '\r') out += '\n';
    else if (isPdfPrintable(grapheme)) out += grapheme;
    else if (SPACES.test(grapheme)) out += ' ';
    else if (HYPHENS.test(grapheme)) out += '-';
    else if (INVISIBLE.test(grapheme) || /^\p{Cc}$/u.test(grapheme)) continue;
    else {
      // "©️" is © with an emoji variation selector: print the ©.
      const bare = grapheme.replace(/[\uFE00-\uFE0F]/gu, '');
      if (isPdfPrintable(bare)) {
        out += bare;
        continue;
      }
      out += '?';
      if (!replaced.includes(grapheme)) replaced.push(grapheme);
    }
  }
  return { text: out, replaced };
}

/**
 * The PDF's file name, "<title> – <arbejdsplads> – <dato>.pdf" (title "Handleplan" in Danish), safe on
 * every common file system (invalid characters become "-", no trailing dots
 * or spaces, the workplace cut to a sensible length).
 */
export function planFileName(title: string, workplace: string, isoDate: string): string {
  return fileName([title, workplace, isoDate], 'pdf');
}
