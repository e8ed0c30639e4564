/**
 * Holds a translated content file to its Danish original. A translation
 * (questionnaires/en/) changes only the words: it has the same kind, id and
 * version, the same question ids, numbers, building blocks and stars, the same
 * scale values, prompt ids, step and section shapes and the same inspiration
 * items, sources and blocks. Answers are stored by question id, so
 * participants who answered in different languages stay one group; a
 * translation that drifts from its original would split or mislabel them.
 *
 * Problems come back as typed codes with parameters, for the caller to word.
 */
import { checkContentFiles, ContentFileSchema, type ContentFile, type ContentLanguage, type ContentSet } from './content.ts';
import { parseStrict } from './zod.ts';

/** A place in a content file, written as `questions[3].text`. */
export type ContentPath = string;

export type TranslationProblem =
  /** The "original" is itself marked as a translation. */
  | { code: 'original-is-translation' }
  /** The files are of different kinds (a questionnaire held against Huset); nothing else is compared. */
  | { code: 'different-kind'; expected: ContentFile['kind']; found: ContentFile['kind'] }
  /** The translation does not say it is in the expected language (or says Danish, or nothing). */
  | { code: 'wrong-language'; expected: ContentLanguage | 'not-da'; found: ContentLanguage | undefined }
  /** The `translation` field is missing or does not say "unofficial". */
  | { code: 'not-marked-unofficial' }
  /** `translation.of` names another file or another version than the original. */
  | { code: 'wrong-target'; expected: { id: string; version: number }; found: { id: string; version: number } }
  | { code: 'missing-question'; id: string }
  | { code: 'extra-question'; id: string }
  | { code: 'missing-item'; id: string }
  | { code: 'extra-item'; id: string }
  /** A difference other than words: a number, block, star, id, scale value, list length, key, or paragraph made a list. */
  | { code: 'different-structure'; path: ContentPath }
  /** A text identical to the Danish one (allowed for names and numbers in SAME_IN_EVERY_LANGUAGE, and for texts without letters). */
  | { code: 'untranslated'; path: ContentPath; text: string };

/**
 * Texts that may stand unchanged in a translation: names and abbreviations
 * that are the same in every language. Anything without a letter (a phone
 * number, "1:1") is allowed too.
 */
export const SAME_IN_EVERY_LANGUAGE: ReadonlySet<string> = new Set(['Trio', 'MED', 'TR', 'AMR', 'APV', 'AMK', 'KL', 'PJF']);

/**
 * Keys whose string values are data, not words: they must be identical in a
 * translation. `source` is data everywhere but at the top of a file (there
 * it names the booklet); `number` is a question's number or the hotline's.
 */
const DATA_KEYS: ReadonlySet<string> = new Set(['kind', 'id', 'version', 'number', 'block', 'blocks', 'star', 'value', 'step', 'source']);

/** Fields of the file header that describe the translation itself; checked on their own, not compared. */
const TRANSLATION_KEYS: ReadonlySet<string> = new Set(['language', 'translation']);

type Path = ReadonlyArray<string | number>;

function pathText(path: Path): ContentPath {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${part}`)).join('');
}

/** The nearest key above a value (skipping list positions): `blocks` for `items[2].blocks[0]`. */
function nearestKey(path: Path): string | undefined {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const part = path[i];
    if (typeof part === 'string') return part;
  }
  return undefined;
}

function isData(path: Path): boolean {
  const key = nearestKey(path);
  if (key === undefined) return false;
  if (key === 'source') return path.length > 1;
  return DATA_KEYS.has(key);
}

const normal = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('da');

function mayStayTheSame(text: string): boolean {
  return SAME_IN_EVERY_LANGUAGE.has(text.trim()) || !/\p{L}/u.test(text);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Compares everything but the words: shapes, keys, numbers, booleans and data strings must match; texts must differ. */
function compare(original: unknown, translated: unknown, path: Path, problems: TranslationProblem[]): void {
  if (typeof original === 'string' && typeof translated === 'string') {
    if (isData(path)) {
      if (original !== translated) problems.push({ code: 'different-structure', path: pathText(path) });
    } else if (normal(original) === normal(translated) && !mayStayTheSame(original)) {
      problems.push({ code: 'untranslated', path: pathText(path), text: translated });
    }
    return;
  }
  if (Array.isArray(original) && Array.isArray(translated)) {
    if (original.length !== translated.length) {
      problems.push({ code: 'different-structure', path: pathText(path) });
      return;
    }
    original.forEach((item, i) => compare(item, translated[i], [...path, i], problems));
    return;
  }
  if (isRecord(original) && isRecord(translated)) {
    const top = path.length === 0;
    const keys = new Set([...Object.keys(original), ...Object.keys(translated)]);
    // A key on one side only meets `undefined` on the other: a different structure, reported below.
    for (const key of keys) if (!(top && TRANSLATION_KEYS.has(key))) compare(original[key], translated[key], [...path, key], problems);
    return;
  }
  // Numbers, booleans, a missing key, or a value of another type (a paragraph where the original has a list).
  if (original !== translated) problems.push({ code: 'different-structure', path: pathText(path) });
}

/**
 * Compares a list of records matched by id (questions, inspiration items):
 * ids missing from or added to the translation, the order, then each pair.
 */
function compareById<T extends { id: string }>(
  key: string,
  original: ReadonlyArray<T>,
  translated: ReadonlyArray<T>,
  codes: { missing: 'missing-question' | 'missing-item'; extra: 'extra-question' | 'extra-item' },
  problems: TranslationProblem[],
): void {
  const translatedIds = new Set(translated.map((entry) => entry.id));
  const originalIds = new Set(original.map((entry) => entry.id));
  for (const { id } of original) if (!translatedIds.has(id)) problems.push({ code: codes.missing, id });
  for (const { id } of translated) if (!originalIds.has(id)) problems.push({ code: codes.extra, id });
  const shared = (list: ReadonlyArray<T>, other: ReadonlySet<string>) => list.map((entry) => entry.id).filter((id) => other.has(id));
  if (shared(original, translatedIds).join('\n') !== shared(translated, originalIds).join('\n')) {
    problems.push({ code: 'different-structure', path: key });
  }
  const byId = new Map(original.map((entry) => [entry.id, entry]));
  translated.forEach((entry, i) => {
    const match = byId.get(entry.id);
    if (match) compare(match, entry, [key, i], problems);
  });
}

/**
 * Checks that `translation` translates `original` and nothing else: it is
 * marked unofficial, names the original's id and version, is in a language
 * other than Danish (or exactly `language`, when given), and differs from it
 * only in its texts. Both files are already valid content files (parse them
 * with the content schemas first; checkTranslatedSet does).
 */
export function checkTranslation(original: ContentFile, translation: ContentFile, options: { language?: ContentLanguage } = {}): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  if (original.translation !== undefined || (original.language ?? 'da') !== 'da') problems.push({ code: 'original-is-translation' });
  if (original.kind !== translation.kind) {
    problems.push({ code: 'different-kind', expected: original.kind, found: translation.kind });
    return problems;
  }
  const { language } = options;
  if (language !== undefined ? translation.language !== language : translation.language === undefined || translation.language === 'da') {
    problems.push({ code: 'wrong-language', expected: language ?? 'not-da', found: translation.language });
  }
  const mark = translation.translation;
  if (mark?.status !== 'unofficial' || normal(mark.notice) === '') problems.push({ code: 'not-marked-unofficial' });
  if (mark && (mark.of.id !== original.id || mark.of.version !== original.version)) {
    problems.push({ code: 'wrong-target', expected: { id: original.id, version: original.version }, found: { ...mark.of } });
  }

  if (original.kind === 'questionnaire' && translation.kind === 'questionnaire') {
    const { questions, ...rest } = original;
    const { questions: translatedQuestions, ...translatedRest } = translation;
    compare(rest, translatedRest, [], problems);
    compareById('questions', questions, translatedQuestions, { missing: 'missing-question', extra: 'extra-question' }, problems);
  } else if (original.kind === 'inspiration' && translation.kind === 'inspiration') {
    const { items, ...rest } = original;
    const { items: translatedItems, ...translatedRest } = translation;
    compare(rest, translatedRest, [], problems);
    compareById('items', items, translatedItems, { missing: 'missing-item', extra: 'extra-item' }, problems);
  } else {
    compare(original, translation, [], problems);
  }
  return problems;
}

export type TranslatedSetProblem =
  /** The Danish set itself fails the content check (the message is checkContentFiles's, naming file and field). */
  | { code: 'invalid-original'; message: string }
  /** The translated set fails the content check that the Danish set passes. */
  | { code: 'invalid-translation'; message: string }
  /** A Danish file without a translation, or a translated file without a Danish original. */
  | { code: 'missing-file'; file: string }
  | { code: 'extra-file'; file: string }
  | (TranslationProblem & { file: string });

export type TranslatedSetCheck = { ok: true; content: ContentSet } | { ok: false; problems: TranslatedSetProblem[] };

type NamedFile = { name: string; json: unknown };

/**
 * Checks a translated set of content files against the Danish set: the
 * translated files pass the same content check as the Danish ones (schemas
 * and cross-file rules), every Danish file has exactly one translation in
 * `language`, and each translation passes checkTranslation against its
 * original. On success, gives the translated content, typed like the Danish.
 */
export function checkTranslatedSet(danishFiles: ReadonlyArray<NamedFile>, translatedFiles: ReadonlyArray<NamedFile>, language: ContentLanguage = 'en'): TranslatedSetCheck {
  const danish = checkContentFiles(danishFiles);
  if (!danish.ok) return { ok: false, problems: danish.errors.map((message) => ({ code: 'invalid-original', message })) };

  const problems: TranslatedSetProblem[] = [];
  const translated = checkContentFiles(translatedFiles);
  if (!translated.ok) problems.push(...translated.errors.map((message) => ({ code: 'invalid-translation' as const, message })));

  const { huset, dialog, guidance, questionnaires, inspiration } = danish.content;
  const originals = new Map<string, ContentFile>([huset, dialog, guidance, ...questionnaires, inspiration].map((file) => [file.id, file]));
  const translatedIds = new Set<string>();
  for (const { name, json } of translatedFiles) {
    // A file that fails its schema is already reported through checkContentFiles above.
    const parsed = parseStrict(ContentFileSchema, json);
    if (!parsed.ok) continue;
    translatedIds.add(parsed.data.id);
    const original = originals.get(parsed.data.id);
    if (!original) {
      problems.push({ code: 'extra-file', file: name });
      continue;
    }
    problems.push(...checkTranslation(original, parsed.data, { language }).map((problem) => ({ ...problem, file: name })));
  }
  for (const id of originals.keys()) {
    if (!translatedIds.has(id) && !translatedFiles.some(({ name }) => name === `${id}.json`)) problems.push({ code: 'missing-file', file: `${id}.json` });
  }

  if (problems.length > 0 || !translated.ok) return { ok: false, problems };
  return { ok: true, content: translated.content };
}
