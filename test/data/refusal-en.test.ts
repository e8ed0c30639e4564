/**
 * The hostile backup corpus, refused in English words: the English
 * describer (src/i18n/backup.en.ts) must meet the same standards as the
 * Danish one. Each message opens with "The file" or the meeting, ends with a
 * full stop, has no Danish (apart from the meeting's own title, inside
 * “…”), and no parser or zod English; the "Show details" lines name no
 * field path, byte count or code name.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/data/envelope';
import { parseBackup, type ParseFailure } from '../../src/data/parse-backup';
import type { Workshop } from '../../src/domain/workshop';
import { describeRefusal } from '../../src/i18n/backup.en';
import { backupData, backupText, fullWorkshop, INSTALLED, twoWorkshops } from './fixtures';
import { contradictions, hostileCorpus } from './hostile-corpus';
import { DETAIL_NOT_FOR_USERS, NOT_FOR_USERS } from './user-text';

const OPENING = /^(The file |Meeting \d+[ :])/;
/** Danish letters and Danish quotation marks. */
const DANISH = /[æøåÆØÅ»«]/;
/** The meeting's own title may be Danish; it is shown inside “…”. */
const withoutTitles = (text: string) => text.replace(/“[^”]*”/g, '“…”');

interface Shown {
  message: string;
  details: string[];
}

function refusedInEnglish(text: string, byteLength = new TextEncoder().encode(text).length): Shown | null {
  const result = parseBackup(text, { installed: INSTALLED, byteLength });
  return result.ok ? null : describeRefusal(result);
}

function refused(text: string, byteLength?: number): Shown {
  const shown = refusedInEnglish(text, byteLength);
  if (!shown) throw new Error('expected the file to be refused, but it was accepted');
  return shown;
}

function expectPlainEnglish({ message, details }: Shown, label: string): void {
  expect(message.length, label).toBeGreaterThan(10);
  expect(message, label).toMatch(OPENING);
  expect(message, label).toMatch(/\.$/);
  expect(message.length, label).toBeLessThan(400);
  expect(message, label).not.toMatch(NOT_FOR_USERS);
  expect(withoutTitles(message), label).not.toMatch(DANISH);
  expect(details.length, label).toBeLessThanOrEqual(51);
  for (const line of details) {
    expect(line.length, label).toBeGreaterThan(0);
    expect(line.length, label).toBeLessThanOrEqual(300);
    expect(line, label).not.toMatch(NOT_FOR_USERS);
    expect(line, label).not.toMatch(DETAIL_NOT_FOR_USERS);
    expect(withoutTitles(line), label).not.toMatch(DANISH);
  }
}

describe('the hostile corpus, refused in English', () => {
  const corpus = hostileCorpus();
  const refusals = corpus.flatMap((item) => {
    const shown = refusedInEnglish(item.text, item.byteLength);
    return shown ? [{ label: `${item.category}: ${item.name}`, shown }] : [];
  });

  it('has hundreds of refused cases to describe', () => {
    expect(refusals.length).toBeGreaterThanOrEqual(500);
  });

  it('says every refusal in plain English: the file or the meeting first, a full stop last, no Danish, no parser words', () => {
    for (const { label, shown } of refusals) expectPlainEnglish(shown, label);
  });

  it('reaches many different messages, not one catch-all', () => {
    const templates = new Set(refusals.map(({ shown }) => withoutTitles(shown.message).replace(/\d[\d.,]*/g, 'N')));
    expect(templates.size).toBeGreaterThan(40);
    expect(refusals.filter(({ shown }) => shown.message === 'The file could not be read.')).toEqual([]);
  });
});

describe('the contradiction corpus, refused in English', () => {
  const titles = twoWorkshops().map((w) => w.title);

  it('names the meeting by number and title, then the problem', () => {
    for (const item of contradictions()) {
      const shown = refused(item.text);
      expect(shown.message.startsWith(`Meeting ${item.at + 1} (“${titles[item.at]}”): `), `${item.name}: ${shown.message}`).toBe(true);
      expect(shown.details.length, item.name).toBeGreaterThan(0);
      expectPlainEnglish(shown, item.name);
    }
  });
});

/** Parses a backup whose data has been edited by `edit`. */
function refusedEdited(edit: (data: Record<string, unknown>) => void, workshops?: Workshop[]): Shown {
  const data = backupData(workshops);
  edit(data);
  return refused(JSON.stringify(data, null, 2));
}

/** A backup in which the second workshop ("Trioen") has `fields` replaced. */
function refusedWithTrio(fields: Record<string, unknown>): Shown {
  return refusedEdited((data) => {
    const workshops = data.workshops as Record<string, unknown>[];
    workshops[1] = { ...workshops[1], ...fields };
  });
}

describe('common refusals, word for word', () => {
  it('a file that is too large', () => {
    const failure = parseBackup('', { installed: INSTALLED, byteLength: 6 * 1024 * 1024 }) as ParseFailure;
    expect(describeRefusal(failure).message).toBe('The file is too large (6.0 MB). It can be at most 5 MB.');
    expect(refused('{}', MAX_FILE_BYTES + 1).message).toBe('The file is too large (5.1 MB). It can be at most 5 MB.');
  });

  it('an empty file', () => {
    expect(refused('').message).toBe('The file is empty.');
    expect(refused(' \n\t ').message).toBe('The file is empty.');
  });

  it('a damaged file, cut off halfway', () => {
    const text = backupText();
    const shown = refused(text.slice(0, Math.floor(text.length / 2)));
    expect(shown.message).toBe('The file cannot be read. It is damaged or was not saved completely, or it is not a backup from Kom i hus.');
    expect(shown.details).toEqual(['The file stops in the middle of its content, as if it was not saved completely.']);
  });

  it('a file from a newer version of the app', () => {
    const shown = refusedEdited((data) => (data.formatVersion = 3));
    expect(shown.message).toBe('The file was made with a newer version of Kom i hus. Update the app and try again.');
    expect(shown.details).toEqual(['The file has version number 3. This version of the app can read backups up to and including number 2.']);
  });

  it('a title that is too long in meeting 2', () => {
    const shown = refusedWithTrio({ title: 'x'.repeat(201) });
    const label = `Meeting 2 (“${'x'.repeat(39)}…”)`;
    expect(shown.message).toBe(`${label}: the title is too long (at most 200 characters).`);
    expect(shown.details).toEqual([`${label}: the title is too long (at most 200 characters).`]);
  });

  it('a meeting without a readable title is named by number only', () => {
    expect(refusedWithTrio({ title: '   ' }).message).toBe('Meeting 2: the title is missing.');
    expect(refusedWithTrio({ title: 42 }).message).toBe('Meeting 2: the title is invalid (it must be text).');
  });

  it('typical field problems, each in plain words', () => {
    const plan = fullWorkshop().plan;
    const item = plan.items[0];
    const cases: [Record<string, unknown>, string][] = [
      [{ date: '2026-02-30' }, 'the date is not a valid date'],
      [{ votesPerPerson: 6 }, 'the number of votes per participant is too large (at most 5)'],
      [{ votesPerPerson: 2.5 }, 'the number of votes per participant is invalid (it must be a whole number)'],
      [{ timeBudgetMinutes: 601 }, 'the time for the whole process is too large (at most 600 minutes)'],
      [{ mode: 'hybrid' }, 'the meeting format has a value that Kom i hus does not know'],
      [{ answers: { 'p-1': { 'm2-01': 6 } } }, 'an answer is invalid (it must be 1–5 or “Don’t know / not relevant”)'],
      [{ answers: { 'P 1': {} } }, 'the answers contain an invalid ID'],
      [{ farve: 'blå' }, 'the meeting contains fields that Kom i hus does not know'],
      [{ participants: [{ id: 'p-1', name: 'n'.repeat(81), role: 'leder' }] }, 'the name of participant 1 is too long (at most 80 characters)'],
      [{ participants: [{ id: 'p-1', name: 'Anne' }] }, 'the role of participant 1 is missing'],
      [
        { plan: { ...plan, items: [item, { ...item, id: 'i-9', what: 'w'.repeat(2_001) }] } },
        'the field “What will we do?” in item 2 of the action plan is too long (at most 2,000 characters)',
      ],
      [{ plan: { ...plan, effect: null } }, 'the field “The effect we hope for” is invalid (it must be text)'],
    ];
    for (const [fields, problem] of cases) {
      expect(refusedWithTrio(fields).message, JSON.stringify(fields).slice(0, 80)).toBe(`Meeting 2 (“Trioen”): ${problem}.`);
    }
  });

  it('counts the other problems and the other bad meetings', () => {
    const shown = refusedEdited((data) => {
      const workshops = data.workshops as Record<string, unknown>[];
      workshops[0] = { ...workshops[0], date: 'soon', votesPerPerson: 9 };
      workshops[1] = { ...workshops[1], mode: 'x' };
    });
    expect(shown.message).toBe(
      'Meeting 1 (“Børnehuset Solsikken”): the date is not a valid date. There is also 1 other problem in this meeting. 1 other meeting in the file also has problems.',
    );
    expect(shown.details).toEqual([
      'Meeting 1 (“Børnehuset Solsikken”): the date is not a valid date.',
      'Meeting 1 (“Børnehuset Solsikken”): the number of votes per participant is too large (at most 5).',
      'Meeting 2 (“Trioen”): the meeting format has a value that Kom i hus does not know.',
    ]);
  });

  it('a forbidden field name, naming the meeting and the field', () => {
    const shown = refused(backupText().replace('"plan": {', '"plan": { "__proto__": { "polluted": true },'));
    expect(shown.message).toBe('Meeting 1 (“Børnehuset Solsikken”) contains a field name that is not allowed. The file may have been changed outside Kom i hus.');
    expect(shown.details).toEqual(['Meeting 1 (“Børnehuset Solsikken”), the action plan: a field with a name that is not allowed.']);
  });

  it('a text over the limit, named by its field', () => {
    const shown = refusedWithTrio({ plan: { ...fullWorkshop().plan, evidence: 'x'.repeat(3_000_000) } });
    expect(shown.message).toBe(
      'Meeting 2 (“Trioen”) contains a text of 3,000,000 characters. No text in Kom i hus can be longer than 20,000 characters.',
    );
    expect(shown.details).toEqual(['Meeting 2 (“Trioen”), the field “How we can see that it works”: a text of 3,000,000 characters.']);
  });
});
