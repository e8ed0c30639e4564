/**
 * Text the PDF can print. jsPDF's standard fonts (Helvetica) use WinAnsiEncoding
 * (Windows-1252): ASCII, Latin-1 and a few typographic extras, so æøå, dashes,
 * quotes, … and € print, but ł, ğ, ş, ı or an emoji do not — jsPDF would turn
 * the whole string into unreadable bytes. Such characters become a visible "?"
 * and are listed so the UI can tell the user which ones.
 */

import { fileName } from './file-name.ts';

/** Windows-1252's 0x80–0x9F block: the printable characters outside Latin-1. */
const CP1252_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

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

/** Whether one character prints with jsPDF's standard fonts (WinAnsi, printable part). */
export function isPdfPrintable(char: string): boolean {
  if (char.length !== 1) return false;
  const code = char.charCodeAt(0);
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff && code !== 0xad) || CP1252_EXTRAS.includes(char);
}

/**
 * Makes text printable with the standard PDF fonts: NFC first (a decomposed
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
