import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../scripts/content-plugin';
import { checkContentFiles, ContentFileSchema, type ContentFile, type Dialog, type Guidance, type Huset, type Inspiration, type Questionnaire } from '../../src/domain/content';
import {
  checkTranslatedSet,
  checkTranslation,
  SAME_IN_EVERY_LANGUAGE,
  type TranslatedSetCheck,
  type TranslatedSetProblem,
  type TranslationProblem,
} from '../../src/domain/translation';

const DANISH = fileURLToPath(new URL('../../questionnaires', import.meta.url));
const ENGLISH = fileURLToPath(new URL('../../questionnaires/en', import.meta.url));

type ContentFiles = Array<{ name: string; json: unknown }>;

/** A fresh deep copy of a shipped folder, safe to break. */
function copyOf(folder: string): ContentFiles {
  return readContentFolder(folder).map(({ name, json }) => ({ name, json: structuredClone(json) }));
}

function fileIn<T>(files: ContentFiles, name: string): T {
  const file = files.find((f) => f.name === name);
  if (!file) throw new Error(`test setup: ${name} not found`);
  return file.json as T;
}

/** Parses one shipped file with the content schema (so a test can hold it against checkTranslation directly). */
function parsed(folder: string, name: string): ContentFile {
  return ContentFileSchema.parse(fileIn(copyOf(folder), name));
}

function problemsOf(check: TranslatedSetCheck): TranslatedSetProblem[] {
  if (check.ok) throw new Error('expected the translated set to fail, but it passed');
  return check.problems;
}

/** Breaks a copy of the English set (and, if asked, of the Danish set) and checks it. */
function checkBroken(breakEnglish: (english: ContentFiles) => void, breakDanish: (danish: ContentFiles) => void = () => {}): TranslatedSetProblem[] {
  const danish = copyOf(DANISH);
  const english = copyOf(ENGLISH);
  breakDanish(danish);
  breakEnglish(english);
  return problemsOf(checkTranslatedSet(danish, english));
}

describe('the shipped English translation in questionnaires/en', () => {
  const danish = copyOf(DANISH);
  const english = copyOf(ENGLISH);

  it('has one English file for each Danish file, with the same names', () => {
    expect(english.map((f) => f.name)).toEqual(danish.map((f) => f.name));
    expect(english.map((f) => f.name)).toEqual(['dialog.json', 'guidance.json', 'huset.json', 'inspiration.json', 'maalgruppe-1.json', 'maalgruppe-2.json']);
  });

  it('passes checkTranslatedSet against the Danish files, with no problem at all', () => {
    const check = checkTranslatedSet(danish, english);
    expect(check.ok ? [] : check.problems).toEqual([]);
    expect(check.ok).toBe(true);
  });

  it('passes the same content check as the Danish files on its own', () => {
    const check = checkContentFiles(english);
    expect(check.ok ? [] : check.errors).toEqual([]);
  });

  it('marks every file as English, unofficial, a translation of the Danish file’s id and version, with a notice', () => {
    for (const { name, json } of english) {
      const original = fileIn<{ id: string; version: number }>(danish, name);
      expect(json, name).toMatchObject({
        language: 'en',
        id: original.id,
        version: original.version,
        translation: { of: { id: original.id, version: original.version }, status: 'unofficial', notice: expect.stringMatching(/^Unofficial translation\b.*Danish/) },
      });
    }
  });

  it('leaves the Danish files unmarked, so they stay the official, default-language content', () => {
    for (const { name, json } of danish) {
      expect(Object.keys(json as object), name).not.toContain('translation');
      expect(Object.keys(json as object), name).not.toContain('language');
    }
  });

  it('keeps every question id, number, block and star of both questionnaires, in the same order, so answers in either language are one group', () => {
    for (const name of ['maalgruppe-1.json', 'maalgruppe-2.json']) {
      const pick = (q: Questionnaire) => q.questions.map(({ id, number, block, star }) => ({ id, number, block, star }));
      const da = pick(fileIn<Questionnaire>(danish, name));
      expect(pick(fileIn<Questionnaire>(english, name)), name).toEqual(da);
      expect(da.length, name).toBeGreaterThan(20);
    }
  });

  it('translates every question (no question text equals its Danish text)', () => {
    for (const name of ['maalgruppe-1.json', 'maalgruppe-2.json']) {
      const da = fileIn<Questionnaire>(danish, name).questions;
      fileIn<Questionnaire>(english, name).questions.forEach((q, i) => expect(q.text, q.id).not.toBe(da[i]!.text));
    }
  });

  it('keeps the scale values and the prompt ids, and translates the scale and the skip label', () => {
    const da = fileIn<Dialog>(danish, 'dialog.json');
    const en = fileIn<Dialog>(english, 'dialog.json');
    expect(en.scale.map((s) => s.value)).toEqual(da.scale.map((s) => s.value));
    expect(en.dialoguePrompts.map((p) => p.id)).toEqual(da.dialoguePrompts.map((p) => p.id));
    expect(en.leadIn).toBe('To what extent …');
    expect(en.scale.map((s) => s.label)).toEqual(['Not at all', 'To some extent', 'To a moderate extent', 'To a great extent', 'To a very great extent']);
    expect(en.skipLabel).toBe('Don’t know / not relevant');
  });

  it('keeps the hotline number, the building blocks of the House and the guidance steps', () => {
    const gda = fileIn<Guidance>(danish, 'guidance.json');
    const gen = fileIn<Guidance>(english, 'guidance.json');
    expect(gen.hotline.number).toBe(gda.hotline.number);
    expect(gen.hotline.name).toContain('Fraværslinjen');
    expect(gen.steps.map((s) => [s.step, s.number])).toEqual(gda.steps.map((s) => [s.step, s.number]));
    const hen = fileIn<Huset>(english, 'huset.json');
    expect(hen.blocks.map((b) => b.id)).toEqual(fileIn<Huset>(danish, 'huset.json').blocks.map((b) => b.id));
    expect(hen.title).toBe('The House');
  });

  it('keeps every inspiration item’s id, blocks, source and kind, and the sources’ ids', () => {
    const pick = (i: Inspiration) => i.items.map(({ id, blocks, source, kind }) => ({ id, blocks, source, kind }));
    const da = fileIn<Inspiration>(danish, 'inspiration.json');
    const en = fileIn<Inspiration>(english, 'inspiration.json');
    expect(pick(en)).toEqual(pick(da));
    expect(en.sources.map((s) => s.id)).toEqual(da.sources.map((s) => s.id));
  });

  it('repeats a text word for word wherever the Danish repeats it word for word', () => {
    const texts = (files: ContentFiles) => {
      const out = new Map<string, string>();
      const walk = (value: unknown, where: string) => {
        if (typeof value === 'string') out.set(where, value);
        else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'translation' && k !== 'source') walk(v, `${where}.${k}`);
      };
      for (const { name, json } of files) walk(json, name);
      return out;
    };
    const da = texts(danish);
    const en = texts(english);
    const groups = new Map<string, string[]>();
    for (const [where, text] of da) if (/\s/.test(text)) groups.set(text, [...(groups.get(text) ?? []), where]);
    const repeated = [...groups.values()].filter((places) => places.length > 1);
    // The booklet repeats "Gentag trin 1-4" three times and two other paragraphs twice.
    expect(repeated.length).toBeGreaterThanOrEqual(3);
    for (const places of repeated) {
      const translated = new Set(places.map((where) => en.get(where)));
      expect(translated.size, places.join(', ')).toBe(1);
    }
  });
});

describe('the content schema’s translation fields', () => {
  const mark = { of: { id: 'huset', version: 1 }, status: 'unofficial', notice: 'Unofficial translation.' };
  const huset = () => fileIn<Record<string, unknown>>(copyOf(DANISH), 'huset.json');

  it('accepts a Danish file with or without language "da", and a file marked as a translation', () => {
    expect(ContentFileSchema.safeParse(huset()).success).toBe(true);
    expect(ContentFileSchema.safeParse({ ...huset(), language: 'da' }).success).toBe(true);
    expect(ContentFileSchema.safeParse({ ...huset(), language: 'en', translation: mark }).success).toBe(true);
  });

  it('refuses an unknown language, a translation that is not unofficial, and unknown keys in the mark', () => {
    expect(ContentFileSchema.safeParse({ ...huset(), language: 'de' }).success).toBe(false);
    expect(ContentFileSchema.safeParse({ ...huset(), translation: { ...mark, status: 'official' } }).success).toBe(false);
    expect(ContentFileSchema.safeParse({ ...huset(), translation: { ...mark, by: 'someone' } }).success).toBe(false);
    expect(ContentFileSchema.safeParse({ ...huset(), translation: { ...mark, notice: ' ' } }).success).toBe(false);
    expect(ContentFileSchema.safeParse({ ...huset(), translation: { ...mark, of: { id: 'huset' } } }).success).toBe(false);
  });
});

describe('readContentFolder and the build’s content check ignore questionnaires/en', () => {
  it('reads only the top-level Danish files of questionnaires/', () => {
    const files = readContentFolder(DANISH);
    expect(files.map((f) => f.name)).toEqual(['dialog.json', 'guidance.json', 'huset.json', 'inspiration.json', 'maalgruppe-1.json', 'maalgruppe-2.json']);
    for (const { json } of files) expect((json as { language?: string }).language).toBeUndefined();
  });

  it('still passes the Danish content check with the subfolder in place', () => {
    expect(checkContentFiles(readContentFolder(DANISH)).ok).toBe(true);
  });
});

describe('checkTranslatedSet on broken copies', () => {
  it('finds a dropped question', () => {
    const problems = checkBroken((en) => {
      fileIn<Questionnaire>(en, 'maalgruppe-1.json').questions.splice(4, 1);
    });
    expect(problems).toContainEqual({ code: 'missing-question', id: 'm1-05', file: 'maalgruppe-1.json' });
  });

  it('finds an added question', () => {
    const problems = checkBroken((en) => {
      const questions = fileIn<Questionnaire>(en, 'maalgruppe-2.json').questions;
      questions.push({ ...questions[0]!, id: 'm2-99', number: questions.length + 1 });
    });
    expect(problems).toContainEqual({ code: 'extra-question', id: 'm2-99', file: 'maalgruppe-2.json' });
  });

  it('finds a question moved to another building block', () => {
    const problems = checkBroken((en) => {
      fileIn<Questionnaire>(en, 'maalgruppe-1.json').questions[2]!.block = 'statistik';
    });
    expect(problems).toContainEqual({ code: 'different-structure', path: 'questions[2].block', file: 'maalgruppe-1.json' });
  });

  it('finds two swapped question numbers', () => {
    const problems = checkBroken((en) => {
      const questions = fileIn<Questionnaire>(en, 'maalgruppe-2.json').questions;
      [questions[0]!.number, questions[1]!.number] = [questions[1]!.number, questions[0]!.number];
    });
    expect(problems).toContainEqual({ code: 'different-structure', path: 'questions[0].number', file: 'maalgruppe-2.json' });
    expect(problems).toContainEqual({ code: 'different-structure', path: 'questions[1].number', file: 'maalgruppe-2.json' });
  });

  it('finds two questions in another order, even when renumbered to match', () => {
    const problems = checkBroken((en) => {
      const questions = fileIn<Questionnaire>(en, 'maalgruppe-1.json').questions;
      [questions[0], questions[1]] = [questions[1]!, questions[0]!];
      questions.forEach((q, i) => (q.number = i + 1));
    });
    expect(problems).toContainEqual({ code: 'different-structure', path: 'questions', file: 'maalgruppe-1.json' });
  });

  it('finds a star added or taken away', () => {
    const problems = checkBroken((en) => {
      const questions = fileIn<Questionnaire>(en, 'maalgruppe-2.json').questions;
      delete questions[0]!.star;
      questions[1]!.star = true;
    });
    expect(problems).toContainEqual({ code: 'different-structure', path: 'questions[0].star', file: 'maalgruppe-2.json' });
    expect(problems).toContainEqual({ code: 'different-structure', path: 'questions[1].star', file: 'maalgruppe-2.json' });
  });

  it('finds a file without the unofficial marker', () => {
    const problems = checkBroken((en) => {
      delete (fileIn<Record<string, unknown>>(en, 'huset.json')).translation;
    });
    expect(problems).toContainEqual({ code: 'not-marked-unofficial', file: 'huset.json' });
  });

  it('finds a file that does not say it is English', () => {
    const problems = checkBroken((en) => {
      delete (fileIn<Record<string, unknown>>(en, 'dialog.json')).language;
    });
    expect(problems).toContainEqual({ code: 'wrong-language', expected: 'en', found: undefined, file: 'dialog.json' });
  });

  it('finds a question left in Danish', () => {
    const problems = checkBroken(
      (en) => {
        fileIn<Questionnaire>(en, 'maalgruppe-1.json').questions[4]!.text = 'Oplever jeg, at vi i ledergruppen har en fælles tilgang og følger samme overordnede procedurer i vores sygefraværshåndtering?';
      },
    );
    expect(problems).toContainEqual({
      code: 'untranslated',
      path: 'questions[4].text',
      text: 'Oplever jeg, at vi i ledergruppen har en fælles tilgang og følger samme overordnede procedurer i vores sygefraværshåndtering?',
      file: 'maalgruppe-1.json',
    });
  });

  it('finds a translation that points to another version than the Danish file', () => {
    const problems = checkBroken((en) => {
      fileIn<{ translation: { of: { version: number } } }>(en, 'dialog.json').translation.of.version = 1;
    });
    expect(problems).toContainEqual({ code: 'wrong-target', expected: { id: 'dialog', version: 3 }, found: { id: 'dialog', version: 1 }, file: 'dialog.json' });
  });

  it('finds a translation left behind when the Danish file gets a new version', () => {
    const problems = checkBroken(
      () => {},
      (da) => {
        fileIn<{ version: number }>(da, 'maalgruppe-2.json').version = 2;
      },
    );
    expect(problems).toContainEqual({ code: 'wrong-target', expected: { id: 'maalgruppe-2', version: 2 }, found: { id: 'maalgruppe-2', version: 1 }, file: 'maalgruppe-2.json' });
    expect(problems).toContainEqual({ code: 'different-structure', path: 'version', file: 'maalgruppe-2.json' });
  });

  it('finds a changed scale value, prompt id and hotline number', () => {
    const problems = checkBroken((en) => {
      const dialog = fileIn<Dialog>(en, 'dialog.json');
      dialog.scale[4]!.value = 4;
      dialog.dialoguePrompts[2]!.id = 'good-at';
      fileIn<Guidance>(en, 'guidance.json').hotline.number = '3366 5767';
    });
    expect(problems).toContainEqual({ code: 'different-structure', path: 'scale[4].value', file: 'dialog.json' });
    expect(problems).toContainEqual({ code: 'different-structure', path: 'dialoguePrompts[2].id', file: 'dialog.json' });
    expect(problems).toContainEqual({ code: 'different-structure', path: 'hotline.number', file: 'guidance.json' });
  });

  it('finds a guidance paragraph turned into a list, a missing heading and a dropped step paragraph', () => {
    const problems = checkBroken((en) => {
      const guidance = fileIn<Guidance>(en, 'guidance.json');
      guidance.about[0]!.body[0] = ['To see the sickness-absence task through'];
      delete guidance.about[1]!.heading;
      guidance.steps[1]!.advice[0]!.body.pop();
    });
    expect(problems).toContainEqual({ code: 'different-structure', path: 'about[0].body[0]', file: 'guidance.json' });
    expect(problems).toContainEqual({ code: 'different-structure', path: 'about[1].heading', file: 'guidance.json' });
    expect(problems).toContainEqual({ code: 'different-structure', path: 'steps[1].advice[0].body', file: 'guidance.json' });
  });

  it('finds a dropped inspiration item and changed item metadata', () => {
    const problems = checkBroken((en) => {
      const items = fileIn<Inspiration>(en, 'inspiration.json').items;
      items.splice(0, 1);
      const hotline = items.find((item) => item.id === 'fravaerslinjen')!;
      hotline.source = 'tilbud';
      hotline.blocks = ['tidlige-indsatser', 'trivsel'];
      hotline.kind = 'course';
    });
    const at = (path: string) => ({ code: 'different-structure', path, file: 'inspiration.json' });
    expect(problems).toContainEqual({ code: 'missing-item', id: 'tidlig-indsats', file: 'inspiration.json' });
    expect(problems).toContainEqual(at('items[11].source'));
    expect(problems).toContainEqual(at('items[11].blocks'));
    expect(problems).toContainEqual(at('items[11].kind'));
  });

  it('finds a missing translated file and a translated file without a Danish original', () => {
    const problems = checkBroken((en) => {
      const at = en.findIndex((f) => f.name === 'huset.json');
      const [huset] = en.splice(at, 1);
      en.push({ name: 'extra.json', json: { ...(huset!.json as object), id: 'extra' } });
    });
    expect(problems).toContainEqual({ code: 'missing-file', file: 'huset.json' });
    expect(problems).toContainEqual({ code: 'extra-file', file: 'extra.json' });
  });

  it('reports a schema error of a translated file in the words of the content check', () => {
    const problems = checkBroken((en) => {
      fileIn<Questionnaire>(en, 'maalgruppe-1.json').questions[0]!.text = 'x'.repeat(601);
    });
    expect(problems).toContainEqual({ code: 'invalid-translation', message: expect.stringMatching(/^maalgruppe-1\.json: questions\[0\]\.text: /) });
  });

  it('refuses to compare against a broken Danish set', () => {
    const problems = checkBroken(
      () => {},
      (da) => {
        fileIn<Questionnaire>(da, 'maalgruppe-1.json').questions[0]!.block = 'nope' as never;
      },
    );
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === 'invalid-original')).toBe(true);
  });

  it('passes the unbroken copies, so every failure above comes from its breakage', () => {
    const check = checkTranslatedSet(copyOf(DANISH), copyOf(ENGLISH));
    expect(check.ok ? [] : check.problems).toEqual([]);
  });
});

describe('checkTranslation', () => {
  const danishHuset = parsed(DANISH, 'huset.json') as Huset;
  const englishHuset = parsed(ENGLISH, 'huset.json') as Huset;

  it('passes the shipped House', () => {
    expect(checkTranslation(danishHuset, englishHuset, { language: 'en' })).toEqual([]);
  });

  it('flags every text of a Danish file passed off as English, and nothing else', () => {
    const copy: Huset = { ...structuredClone(danishHuset), language: 'en', translation: structuredClone(englishHuset.translation) };
    const problems = checkTranslation(danishHuset, copy);
    expect(problems.length).toBeGreaterThan(10);
    expect(problems.every((p) => p.code === 'untranslated')).toBe(true);
    expect(problems.map((p) => (p.code === 'untranslated' ? p.path : ''))).toEqual(expect.arrayContaining(['title', 'intro', 'blocks[5].description[2]']));
  });

  it('allows a name or a number to stay as it is', () => {
    expect(SAME_IN_EVERY_LANGUAGE.has('Trio')).toBe(true);
    const da: Huset = structuredClone(danishHuset);
    const en: Huset = structuredClone(englishHuset);
    da.blocks[0]!.shortTitle = 'Trio';
    en.blocks[0]!.shortTitle = 'Trio';
    da.blocks[1]!.shortTitle = '3366 5766';
    en.blocks[1]!.shortTitle = '3366 5766';
    expect(checkTranslation(da, en)).toEqual([]);
    en.blocks[2]!.shortTitle = da.blocks[2]!.shortTitle;
    expect(checkTranslation(da, en)).toEqual([{ code: 'untranslated', path: 'blocks[2].shortTitle', text: 'Samtaler' }]);
  });

  it('finds files of different kinds and compares nothing else', () => {
    const problems = checkTranslation(danishHuset, parsed(ENGLISH, 'dialog.json'));
    expect(problems).toEqual([{ code: 'different-kind', expected: 'huset', found: 'dialog' }]);
  });

  it('finds an "original" that is itself a translation', () => {
    const problems = checkTranslation(englishHuset, englishHuset);
    expect(problems).toContainEqual({ code: 'original-is-translation' });
  });

  it('wants a language other than Danish when none is asked for', () => {
    expect(checkTranslation(danishHuset, { ...englishHuset, language: 'da' })).toContainEqual<TranslationProblem>({ code: 'wrong-language', expected: 'not-da', found: 'da' });
    expect(checkTranslation(danishHuset, englishHuset)).toEqual([]);
  });

  it('finds a translation of another file', () => {
    const problems = checkTranslation(danishHuset, { ...englishHuset, translation: { ...englishHuset.translation!, of: { id: 'dialog', version: 1 } } });
    expect(problems).toEqual([{ code: 'wrong-target', expected: { id: 'huset', version: 1 }, found: { id: 'dialog', version: 1 } }]);
  });
});
