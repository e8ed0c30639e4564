/**
 * Every booklet text the app shows comes from questionnaires/, where it is
 * checked and versioned; none is retyped in the UI catalogue (src/i18n/).
 * Three checks over every src/i18n/*.ts file, read as plain text:
 *  1. no run of RUN or more consecutive words occurs in the booklet (the
 *     booklet's PDF breaks words across lines, so both sides are compared
 *     with spaces and punctuation squeezed out);
 *  2. no text of two or more words from the booklet's content files appears
 *     verbatim (this catches the short labels: the scale, the plan template);
 *  3. the hotline number appears nowhere.
 * The same holds for the unofficial English translation in questionnaires/en/:
 * no catalogue retypes a run of RUN or more of its words, or one of its texts
 * of two or more words (the English catalogues take them from the content
 * objects, as the Danish ones do).
 * The last blocks plant a retyped label in a copy, so each check is shown to fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../scripts/content-plugin';
import { bundledContent } from '../../src/content/bundled';

const RUN = 6;
/** A run shorter than this many letters (say six one-letter words) is too common to count. */
const MIN_LETTERS = 20;

const I18N = fileURLToPath(new URL('../../src/i18n', import.meta.url));
const BOOKLET = readFileSync(new URL('../seeds/002_2ff6a8d5cad94a99.txt', import.meta.url), 'utf8');
/** The content files that carry the booklet's own words (inspiration is in our words). */
const BOOKLET_FILES = ['dialog.json', 'guidance.json', 'huset.json', 'maalgruppe-1.json', 'maalgruppe-2.json'];
/** Fields that hold codes or a citation, not text the app shows as the booklet's. */
const NOT_TEXT = new Set(['kind', 'id', 'source', 'step', 'block']);
/**
 * The steps' short names ("Besvar spørgeskemaet", "Gå i dialog") also name the app's own
 * screens, links and buttons, so the catalogue may use them; a step name of RUN words or
 * more (step 2's "Udvælg emner I vil drøfte i fællesskab") is still caught by the run check.
 * So does Huset's title: "Huset" is one word, but its English "The House" is two, and it
 * is the name of a screen in the main menu.
 */
const SCREEN_NAME = /^(guidance\.json\.steps\[\d+\]\.title|huset\.json\.title)$/;

const DANISH_CONTENT = fileURLToPath(new URL('../../questionnaires', import.meta.url));
const ENGLISH_CONTENT = fileURLToPath(new URL('../../questionnaires/en', import.meta.url));

const squeeze = (text: string) => text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A text to hold the catalogue against, squeezed: the Danish booklet, or the English content's texts one by one. */
interface Booklet {
  has(squeezed: string): boolean;
}
const DANISH_BOOKLET: Booklet = { has: (squeezed) => BOOKLET_SQUEEZED.includes(squeezed) };
const BOOKLET_SQUEEZED = squeeze(BOOKLET);

interface Hit {
  line: number;
  text: string;
}

const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

/** Runs of RUN or more words of `source` that the booklet also has, longest first per place. */
function bookletRuns(source: string, booklet: Booklet = DANISH_BOOKLET): Hit[] {
  const words = [...source.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)];
  const hits: Hit[] = [];
  let i = 0;
  while (i + RUN <= words.length) {
    const found = (end: number) => {
      const joined = squeeze(words.slice(i, end).map((w) => w[0]).join(''));
      return joined.length >= MIN_LETTERS && booklet.has(joined);
    };
    if (!found(i + RUN)) {
      i += 1;
      continue;
    }
    let end = i + RUN;
    while (end < words.length && found(end + 1)) end += 1;
    const first = words[i]!;
    const last = words[end - 1]!;
    hits.push({ line: lineOf(source, first.index), text: source.slice(first.index, last.index + last[0].length) });
    i = end;
  }
  return hits;
}

/** Every string of the booklet's content files in `folder` (Danish by default), with where it is. */
function contentStrings(folder = DANISH_CONTENT): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string') out.push({ where, text: value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') {
      // The translation's own header (language, unofficial notice) is not the booklet's.
      for (const [key, v] of Object.entries(value)) if (!NOT_TEXT.has(key) && key !== 'translation' && key !== 'language') walk(v, `${where}.${key}`);
    }
  };
  for (const { name, json } of readContentFolder(folder)) {
    if (BOOKLET_FILES.includes(name)) walk(json, name);
  }
  return out;
}

/** Every string of the booklet's content files with two or more words, screen names apart. */
function contentTexts(folder = DANISH_CONTENT): Array<{ where: string; text: string }> {
  return contentStrings(folder).filter(({ where, text }) => text.trim().split(/\s+/).length >= 2 && !SCREEN_NAME.test(where));
}

/**
 * The English "booklet": the translated content's texts, each squeezed on
 * its own, so a run is only found inside one text, never across two. Screen
 * names are left out, as above; a step name of RUN words or more ("Choose
 * topics you want to discuss together") is still in the step's overview.
 */
const ENGLISH_SQUEEZED = contentStrings(ENGLISH_CONTENT)
  .filter(({ where }) => !SCREEN_NAME.test(where))
  .map(({ text }) => squeeze(text));
const ENGLISH_BOOKLET: Booklet = { has: (squeezed) => ENGLISH_SQUEEZED.some((text) => text.includes(squeezed)) };
const ENGLISH_TEXTS = contentTexts(ENGLISH_CONTENT);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The text with any run of white space (a line break in the source) where it has a space. */
const pattern = (text: string) => new RegExp(text.normalize('NFC').trim().split(/\s+/).map(escape).join('\\s+'), 'u');

/** Content texts that `source` repeats word for word (case matters: "slet ikke" in a sentence is fine). */
function retypedContent(source: string, texts = contentTexts()): Hit[] {
  const normal = source.normalize('NFC');
  return texts.flatMap(({ where, text }) => {
    const match = pattern(text).exec(normal);
    return match ? [{ line: lineOf(normal, match.index), text: `${text} (${where})` }] : [];
  });
}

const { number } = bundledContent().guidance.hotline;
const HOTLINE = new RegExp(number.split(/\s+/).join('\\s*'));

function hotlineNumbers(source: string): Hit[] {
  const match = HOTLINE.exec(source);
  return match ? [{ line: lineOf(source, match.index), text: match[0] }] : [];
}

const catalogue = readdirSync(I18N)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, source: readFileSync(join(I18N, name), 'utf8') }));

const report = (name: string, hits: Hit[]) => hits.map((h) => `src/i18n/${name}:${h.line}: ${h.text}`);

describe('booklet texts come from questionnaires/, not from src/i18n/', () => {
  it('reads the whole UI catalogue, Danish and English', () => {
    expect(catalogue.map((f) => f.name)).toEqual(
      expect.arrayContaining(['da.ts', 'pdf.da.ts', 'backup.da.ts', 'workshop-problems.da.ts', 'en.ts', 'pdf.en.ts', 'backup.en.ts', 'workshop-problems.en.ts']),
    );
  });

  it('reads the English content files', () => {
    expect(ENGLISH_TEXTS.map((t) => t.where)).toEqual(expect.arrayContaining(['dialog.json.scale[4].label', 'dialog.json.planTemplate.what']));
    expect(ENGLISH_TEXTS.map((t) => t.where)).not.toContain('huset.json.title');
  });

  it.each(catalogue)(`$name has no run of ${RUN} or more words from the booklet`, ({ name, source }) => {
    expect(report(name, bookletRuns(source))).toEqual([]);
  });

  it.each(catalogue)('$name repeats no text of the content files (scale labels, plan template, headings)', ({ name, source }) => {
    expect(report(name, retypedContent(source))).toEqual([]);
  });

  it.each(catalogue)('$name does not carry the hotline number', ({ name, source }) => {
    expect(report(name, hotlineNumbers(source))).toEqual([]);
  });

  it.each(catalogue)(`$name has no run of ${RUN} or more words from the English content files`, ({ name, source }) => {
    expect(report(name, bookletRuns(source, ENGLISH_BOOKLET))).toEqual([]);
  });

  it.each(catalogue)('$name repeats no text of the English content files', ({ name, source }) => {
    expect(report(name, retypedContent(source, ENGLISH_TEXTS))).toEqual([]);
  });
});

describe('the checks find a retyped booklet text', () => {
  const planted = [
    "  scoresHint: 'Gennemsnit på skalaen 1 (Slet ikke) til 5 (I meget høj grad).',",
    "  intro: 'Planlæg, hvordan I kommer fra ord til handling. Der kan være noget, I kan sætte i værk med det samme.',",
    "  footer: 'Fraværslinjen 3366 5766',",
  ].join('\n');

  it('finds a sentence of the booklet, even across the PDF’s broken words', () => {
    const hits = bookletRuns(planted);
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.line))).toEqual(new Set([2]));
    expect(hits[0]?.text).toContain('kommer fra ord til handling');
    // "nødven|digt" is broken across lines in the booklet.
    expect(bookletRuns("x: 'For at komme i hus er det nødvendigt, at I samler alle gode kræfter'")).toHaveLength(1);
  });

  it('finds a retyped scale label, and not the same words in lower case', () => {
    expect(retypedContent(planted).map((h) => h.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('Slet ikke (dialog.json.scale[0].label)'), expect.stringContaining('I meget høj grad')]),
    );
    expect(retypedContent(planted).find((h) => h.text.startsWith('Slet ikke'))?.line).toBe(1);
    expect(retypedContent("x: 'det virker slet ikke'")).toEqual([]);
  });

  it('finds the hotline number, with or without its space', () => {
    expect(hotlineNumbers(planted)).toEqual([{ line: 3, text: '3366 5766' }]);
    expect(hotlineNumbers("x: 'ring 33665766'")).toHaveLength(1);
  });

  it('leaves our own words alone', () => {
    const own = "intro: 'Saml jeres forslag i handleplanen: hvad I vil gøre, hvem der gør det, og hvornår.'";
    expect([...bookletRuns(own), ...retypedContent(own), ...hotlineNumbers(own)]).toEqual([]);
  });
});

describe('the checks find a retyped English content text', () => {
  const planted = [
    "  scoresHint: (lowest, highest) => `Averages on the scale from 1 (Not at all) to 5 (To a very great extent).`,",
    "  closing: 'It is therefore a good idea to repeat steps 1–4 when you feel there is a need.',",
    "  columns: { what: 'What will we do?' },",
  ].join('\n');

  it('finds a sentence of the English content', () => {
    const hits = bookletRuns(planted, ENGLISH_BOOKLET);
    expect(hits.map((h) => h.line)).toEqual([2]);
    expect(hits[0]?.text).toContain('good idea to repeat steps');
  });

  it('finds retyped English labels: the scale, the plan template', () => {
    const texts = retypedContent(planted, ENGLISH_TEXTS).map((h) => h.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Not at all (dialog.json.scale[0].label)',
        'To a very great extent (dialog.json.scale[4].label)',
        'What will we do? (dialog.json.planTemplate.what)',
      ]),
    );
    expect(retypedContent("x: 'it did not work at all'", ENGLISH_TEXTS)).toEqual([]);
  });

  it('leaves our own English words and the screen names alone', () => {
    const own = "intro: 'Gather your proposals in the action plan: what you will do, who will do it and when.', huset: 'The House', score: 'Step 1: Answer the questionnaire'";
    expect([...bookletRuns(own, ENGLISH_BOOKLET), ...retypedContent(own, ENGLISH_TEXTS)]).toEqual([]);
  });
});
