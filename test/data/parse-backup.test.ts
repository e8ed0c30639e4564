import { describe, expect, it } from 'vitest';
import { FORMAT_NAME, MAX_FILE_BYTES } from '../../src/data/envelope';
import type { Workshop } from '../../src/domain/workshop';
import { backupData, backupText, fullWorkshop, INSTALLED, twoWorkshops } from './fixtures';
import { parseAsShown, type ShownResult } from './shown';

function parse(text: string): ShownResult {
  return parseAsShown(text, { installed: INSTALLED, byteLength: text.length });
}

/** Parses a backup whose data has been edited by `edit`. */
function parseEdited(edit: (data: Record<string, unknown>) => void, workshops?: Workshop[]): ShownResult {
  const data = backupData(workshops);
  edit(data);
  return parse(JSON.stringify(data, null, 2));
}

/** Parses a backup in which the second workshop ("Trioen") has `fields` replaced. */
function parseWithTrio(fields: Record<string, unknown>): ShownResult {
  return parseEdited((data) => {
    const workshops = data.workshops as Record<string, unknown>[];
    workshops[1] = { ...workshops[1], ...fields };
  });
}

function refusal(result: ShownResult): { message: string; details: string[] } {
  if (result.ok) throw new Error('expected the file to be refused, but it was accepted');
  return result;
}

function messageOf(result: ShownResult): string {
  return refusal(result).message;
}

describe('parseBackup accepts', () => {
  it('a valid backup', () => {
    const result = parse(backupText());
    expect(result.ok).toBe(true);
    expect(result.ok && result.workshops.map((w) => w.title)).toEqual(['Børnehuset Solsikken', 'Trioen']);
  });

  it('a file that starts with a byte-order mark', () => {
    expect(parse(`\uFEFF${backupText()}`).ok).toBe(true);
  });

  it('a minified file and a file with Windows line endings', () => {
    const data = backupData();
    expect(parse(JSON.stringify(data)).ok).toBe(true);
    expect(parse(backupText().replace(/\n/g, '\r\n')).ok).toBe(true);
  });

  it('a file exported with a time-zone offset', () => {
    expect(parseEdited((d) => (d.exportedAt = '2026-11-25T10:15:00+01:00')).ok).toBe(true);
  });

  it('a copy of a single workshop', () => {
    const result = parseEdited((d) => (d.scope = 'workshop'), [fullWorkshop()]);
    expect(result.ok && result.scope).toBe('workshop');
  });
});

describe('parseBackup refuses, with one clear Danish message', () => {
  it('a file over 5 MB, before reading it', () => {
    const result = parseAsShown('', { installed: INSTALLED, byteLength: Math.round(6.2 * 1024 * 1024) });
    expect(messageOf(result)).toBe('Filen er for stor (6,2 MB). Den må højst være 5 MB.');
  });

  it('a file one byte over the limit (never shown as "5,0 MB")', () => {
    expect(messageOf(parseAsShown('{}', { installed: INSTALLED, byteLength: MAX_FILE_BYTES + 1 }))).toBe('Filen er for stor (5,1 MB). Den må højst være 5 MB.');
  });

  it('a long text even when the caller reports a small size', () => {
    const text = ' '.repeat(MAX_FILE_BYTES + 10);
    expect(messageOf(parseAsShown(text, { installed: INSTALLED, byteLength: 10 }))).toMatch(/^Filen er for stor/);
  });

  it('exactly 5 MB is allowed through the size check', () => {
    expect(messageOf(parseAsShown('', { installed: INSTALLED, byteLength: MAX_FILE_BYTES }))).toBe('Filen er tom.');
  });

  it('an empty or blank file', () => {
    expect(messageOf(parse(''))).toBe('Filen er tom.');
    expect(messageOf(parse(' \n\t\r\n '))).toBe('Filen er tom.');
    expect(messageOf(parse('\uFEFF'))).toBe('Filen er tom.');
  });

  it('a file cut off halfway (damaged)', () => {
    const text = backupText();
    const result = refusal(parse(text.slice(0, Math.floor(text.length / 2))));
    expect(result.message).toBe(
      'Filen kan ikke læses. Den er beskadiget eller ikke gemt helt, eller også er den ikke en sikkerhedskopi fra Kom i hus.',
    );
    expect(result.details).toEqual(['Filen holder op midt i indholdet, som om den ikke er gemt helt.']);
  });

  it('text that is not JSON', () => {
    expect(messageOf(parse('Kære alle, her er referatet.'))).toMatch(/^Filen kan ikke læses\./);
    expect(messageOf(parse('undefined'))).toMatch(/^Filen kan ikke læses\./);
    expect(messageOf(parse('NaN'))).toMatch(/^Filen kan ikke læses\./);
  });

  it('JSON that is not a backup: null, a number, a string, an array, another object', () => {
    for (const text of ['null', '42', '"null"', 'true', '[]', '[{"id":"w-1"}]', '{}', '{"type":"excalidraw"}']) {
      expect(messageOf(parse(text)), text).toBe('Filen er ikke en sikkerhedskopi fra Kom i hus.');
    }
  });

  it('a bare workshop or a bare list of workshops (no envelope)', () => {
    expect(messageOf(parse(JSON.stringify(fullWorkshop())))).toBe('Filen er ikke en sikkerhedskopi fra Kom i hus.');
    expect(messageOf(parse(JSON.stringify(twoWorkshops())))).toBe('Filen er ikke en sikkerhedskopi fra Kom i hus.');
  });

  it('a wrong format name', () => {
    expect(messageOf(parseEdited((d) => (d.format = 'kom-i-hus-export')))).toBe('Filen er ikke en sikkerhedskopi fra Kom i hus.');
    expect(messageOf(parseEdited((d) => delete d.format))).toBe('Filen er ikke en sikkerhedskopi fra Kom i hus.');
  });

  it('a missing or non-integer format version', () => {
    const badVersion = 'Filen ligner en sikkerhedskopi fra Kom i hus, men dens versionsnummer mangler eller er forkert.';
    for (const version of [undefined, '1', 1.5, null, [1], { v: 1 }, true]) {
      expect(messageOf(parseEdited((d) => (d.formatVersion = version))), String(version)).toBe(badVersion);
    }
  });

  it('a file from a newer version of the app', () => {
    expect(messageOf(parseEdited((d) => (d.formatVersion = 3)))).toBe(
      'Filen er lavet med en nyere version af Kom i hus. Opdater appen, og prøv igen.',
    );
    expect(messageOf(parse(`{"format":"${FORMAT_NAME}","formatVersion":1e300}`))).toMatch(/nyere version/);
  });

  it('a version older than any migration', () => {
    for (const version of [0, -1]) {
      expect(messageOf(parseEdited((d) => (d.formatVersion = version)))).toBe(
        'Filen er lavet med en version af Kom i hus, som denne app ikke kan læse.',
      );
    }
  });

  it('__proto__ keys, naming the workshop', () => {
    const text = backupText().replace('"plan": {', '"plan": { "__proto__": { "polluted": true },');
    const result = refusal(parse(text));
    expect(result.message).toBe('Dialogmøde 1 (»Børnehuset Solsikken«) indeholder et ugyldigt feltnavn. Filen kan være ændret uden for Kom i hus.');
    expect(result.details).toEqual(['Dialogmøde 1 (»Børnehuset Solsikken«), handleplanen: et felt med et navn, som ikke er tilladt.']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('__proto__ in the envelope, naming the file', () => {
    const text = backupText().replace('{\n  "format"', '{ "__proto__": {}, "format"');
    expect(messageOf(parse(text))).toBe('Filen indeholder et ugyldigt feltnavn. Filen kan være ændret uden for Kom i hus.');
  });

  it('constructor and prototype keys, even where an id would be allowed', () => {
    const result = refusal(parseWithTrio({ answers: { constructor: { prototype: 3 } } }));
    expect(result.message).toBe('Dialogmøde 2 (»Trioen«) indeholder et ugyldigt feltnavn. Filen kan være ændret uden for Kom i hus.');
    expect(result.details).toEqual(['Dialogmøde 2 (»Trioen«), svarene: et felt med et navn, som ikke er tilladt.']);
  });

  it('nesting deeper than any backup', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = refusal(parse(backupText().replace('"effect": "Færre korte fravær."', `"effect": ${deep}`)));
    expect(result.message).toBe(
      'Filen er bygget forkert op (for mange niveauer). Den er ikke en sikkerhedskopi fra Kom i hus, eller den er ændret.',
    );
  });

  it('a huge text, before the schema reads it, naming the workshop', () => {
    const result = refusal(parseWithTrio({ plan: { ...fullWorkshop().plan, evidence: 'x'.repeat(3_000_000) } }));
    expect(result.message).toBe(
      'Dialogmøde 2 (»Trioen«) indeholder en tekst på 3.000.000 tegn. Ingen tekst i Kom i hus må være på mere end 20.000 tegn.',
    );
    expect(result.details).toEqual(['Dialogmøde 2 (»Trioen«), feltet »Sådan kan vi se, at det virker«: en tekst på 3.000.000 tegn.']);
  });

  it('a huge text in the envelope, naming the file', () => {
    expect(messageOf(parseEdited((d) => (d.app = { name: 'Kom i hus', version: 'v'.repeat(100_001) })))).toBe(
      'Filen indeholder en tekst på 100.001 tegn. Ingen tekst i Kom i hus må være på mere end 20.000 tegn.',
    );
  });

  it('a long title gets the field’s own limit, and the message shortens the title', () => {
    expect(messageOf(parseWithTrio({ title: 'x'.repeat(25_000) }))).toBe(
      'Dialogmøde 2 (»xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…«): titlen er for lang (højst 200 tegn).',
    );
  });

  it('a record with more entries than zod can report (zod would overflow the stack)', () => {
    const answers: Record<string, number> = {};
    for (let i = 0; i < 200_000; i += 1) answers[`a${i}`] = 9;
    expect(messageOf(parseWithTrio({ answers }))).toBe(
      'Filen indeholder alt for mange oplysninger til at være en sikkerhedskopi fra Kom i hus.',
    );
  });

  it('no workshops at all', () => {
    expect(messageOf(parseEdited((d) => (d.workshops = [])))).toBe('Filen indeholder ingen dialogmøder, så der er intet at gendanne.');
  });

  it('more than 500 workshops', () => {
    const many = Array.from({ length: 501 }, (_, i) => fullWorkshop(`w-${i}`, `Møde ${i}`));
    expect(messageOf(parse(backupText(many)))).toBe('Filen indeholder 501 dialogmøder. Der må højst være 500 i én fil.');
  });

  it('a broken envelope (missing workshops, unknown scope, extra keys)', () => {
    const envelope = 'Filen ligner en sikkerhedskopi fra Kom i hus, men oplysningerne om selve filen mangler eller er forkerte.';
    expect(messageOf(parseEdited((d) => delete d.workshops))).toBe(envelope);
    expect(messageOf(parseEdited((d) => (d.workshops = { a: 1 })))).toBe(envelope);
    expect(messageOf(parseEdited((d) => (d.scope = 'some')))).toBe(envelope);
    expect(messageOf(parseEdited((d) => (d.exportedAt = 'i går')))).toBe(envelope);
    expect(messageOf(parseEdited((d) => (d.app = 'Kom i hus')))).toBe(envelope);
    const result = refusal(parseEdited((d) => (d.extra = 1)));
    expect(result.message).toBe(envelope);
    expect(result.details).toEqual(['Filen: der er felter, som Kom i hus ikke kender.']);
  });

  it('an invalid workshop, naming it by number and title and the field in plain words', () => {
    const result = refusal(parseWithTrio({ title: 'x'.repeat(201) }));
    expect(result.message).toBe(
      'Dialogmøde 2 (»xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…«): titlen er for lang (højst 200 tegn).',
    );
    expect(result.details).toEqual(['Dialogmøde 2 (»xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…«): titlen er for lang (højst 200 tegn).']);
  });

  it('a workshop without a readable title is named by number only', () => {
    expect(messageOf(parseWithTrio({ title: '   ' }))).toBe('Dialogmøde 2: titlen mangler.');
    expect(messageOf(parseWithTrio({ title: 42 }))).toBe('Dialogmøde 2: titlen er ugyldig (det skal være en tekst).');
    expect(messageOf(parseWithTrio({ title: undefined }))).toBe('Dialogmøde 2: titlen mangler.');
  });

  it('typical field problems, each in plain words', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ date: '2026-02-30' }, 'datoen er ikke en gyldig dato'],
      [{ date: '30-01-2026' }, 'datoen er ikke en gyldig dato'],
      [{ date: '' }, 'datoen er ikke en gyldig dato'],
      [{ votesPerPerson: 6 }, 'antallet af stemmer pr. deltager er for stort (højst 5)'],
      [{ votesPerPerson: 0 }, 'antallet af stemmer pr. deltager er for lille (mindst 1)'],
      [{ votesPerPerson: 2.5 }, 'antallet af stemmer pr. deltager er ugyldigt (det skal være et helt tal)'],
      [{ votesPerPerson: '2' }, 'antallet af stemmer pr. deltager er ugyldigt (det skal være et tal)'],
      [{ timeBudgetMinutes: 601 }, 'tiden til hele processen er for stor (højst 600 minutter)'],
      [{ mode: 'hybrid' }, 'mødeformen har en værdi, som Kom i hus ikke kender'],
      [{ answers: { 'p-1': { 'm2-01': 6 } } }, 'et svar er ugyldigt (det skal være 1–5 eller »Ved ikke«)'],
      [{ answers: { 'p-1': { 'm2-01': '5' } } }, 'et svar er ugyldigt (det skal være 1–5 eller »Ved ikke«)'],
      [{ answers: { 'P 1': {} } }, 'svarene indeholder et ugyldigt id'],
      [
        { voting: { ...fullWorkshop().voting, ballots: { 'p-1': ['trivsel', 'statistik', 'samtaler', 'tidlige-indsatser', 'faelles-ejerskab', 'tydelig-ledelse'] } } },
        'en stemmeseddel er for lang (højst 5 stemmer)',
      ],
      [{ createdAt: 'i går' }, 'tidspunktet for oprettelsen er ikke et gyldigt tidspunkt'],
      [{ anonymous: 'nej' }, 'indstillingen om anonyme deltagere er ugyldig (det skal være ja eller nej)'],
      [{ schemaVersion: 3 }, 'dialogmødets versionsnummer har en værdi, som Kom i hus ikke kender'],
      [{ farve: 'blå' }, 'dialogmødet indeholder felter, som Kom i hus ikke kender'],
      [{ dialogue: { kantine: { notes: {}, proposals: [] } } }, 'dialogen nævner en byggesten, som Kom i hus ikke kender'],
      [
        { dialogue: { trivsel: { notes: { scoring: 'x'.repeat(20_000), improve: 'y'.repeat(19_999) + 'zz' }, proposals: [] } } },
        'en note i dialogen er for lang (højst 20.000 tegn)',
      ],
      [
        { participants: Array.from({ length: 101 }, (_, i) => ({ id: `p-${i}`, name: '', role: 'med' })) },
        'deltagerlisten er for lang (højst 100 deltagere)',
      ],
      [{ participants: [{ id: 'p-1', name: 'n'.repeat(81), role: 'leder' }] }, 'navnet på deltager 1 er for langt (højst 80 tegn)'],
      [{ participants: [{ id: 'p-1', name: 'Anne', role: 'chef' }] }, 'rollen for deltager 1 har en værdi, som Kom i hus ikke kender'],
      [{ participants: [{ id: 'p-1', name: 'Anne' }] }, 'rollen for deltager 1 mangler'],
    ];
    for (const [fields, problem] of cases) {
      expect(messageOf(parseWithTrio(fields)), JSON.stringify(fields).slice(0, 80)).toBe(`Dialogmøde 2 (»Trioen«): ${problem}.`);
    }
  });

  it('problems deep in the action plan', () => {
    const plan = fullWorkshop().plan;
    const item = plan.items[0];
    const cases: [Record<string, unknown>, string][] = [
      [{ ...plan, items: [item, { ...item, id: 'i-9', what: 'w'.repeat(2_001) }] }, 'feltet »Hvad vil vi gøre?« i punkt 2 i handleplanen er for langt (højst 2.000 tegn)'],
      [{ ...plan, items: [{ ...item, whenDate: '2027-13-01' }] }, 'datoen i punkt 1 i handleplanen er ikke en gyldig dato'],
      [{ ...plan, items: [{ ...item, block: 'kantine' }] }, 'byggestenen for punkt 1 i handleplanen har en værdi, som Kom i hus ikke kender'],
      [{ ...plan, items: Array.from({ length: 501 }, (_, i) => ({ ...item, id: `i-${i}` })) }, 'handleplanen er for lang (højst 500 punkter)'],
      [{ ...plan, followUpDate: '1. marts' }, 'datoen for opfølgning er ikke en gyldig dato'],
      [{ ...plan, effect: null }, 'feltet »Den effekt, vi håber på« er ugyldigt (det skal være en tekst)'],
    ];
    for (const [value, problem] of cases) {
      expect(messageOf(parseWithTrio({ plan: value }))).toBe(`Dialogmøde 2 (»Trioen«): ${problem}.`);
    }
  });

  it('counts the other problems and the other bad workshops', () => {
    const result = refusal(
      parseEdited((data) => {
        const workshops = data.workshops as Record<string, unknown>[];
        workshops[0] = { ...workshops[0], date: 'snart', votesPerPerson: 9 };
        workshops[1] = { ...workshops[1], mode: 'x' };
      }),
    );
    expect(result.message).toBe(
      'Dialogmøde 1 (»Børnehuset Solsikken«): datoen er ikke en gyldig dato. Der er også 1 anden fejl i dette dialogmøde. 1 andet dialogmøde i filen har også fejl.',
    );
    expect(result.details).toEqual([
      'Dialogmøde 1 (»Børnehuset Solsikken«): datoen er ikke en gyldig dato.',
      'Dialogmøde 1 (»Børnehuset Solsikken«): antallet af stemmer pr. deltager er for stort (højst 5).',
      'Dialogmøde 2 (»Trioen«): mødeformen har en værdi, som Kom i hus ikke kender.',
    ]);
  });

  it('a workshop that is not an object', () => {
    for (const value of [null, 5, 'Trioen', [], true]) {
      expect(messageOf(parseEdited((d) => ((d.workshops as unknown[])[1] = value)))).toBe('Dialogmøde 2 er ikke et gyldigt dialogmøde.');
    }
  });

  it('all or nothing: one bad workshop refuses the whole file', () => {
    const many = Array.from({ length: 20 }, (_, i) => fullWorkshop(`w-${i}`, `Møde ${i}`));
    const data = backupData(many);
    (data.workshops as Record<string, unknown>[])[17] = { ...(data.workshops as Record<string, unknown>[])[17], step: 'done' };
    const result = parse(JSON.stringify(data));
    expect(result.ok).toBe(false);
    expect(messageOf(result)).toBe('Dialogmøde 18 (»Møde 17«): oplysningen om, hvor langt mødet er nået, har en værdi, som Kom i hus ikke kender.');
  });

  it('the same workshop twice', () => {
    const result = refusal(parse(backupText([fullWorkshop('w-1', 'A'), fullWorkshop('w-2', 'B'), fullWorkshop('w-1', 'C')])));
    expect(result.message).toBe(
      'Dialogmøde 1 (»A«) og dialogmøde 3 (»C«) er det samme dialogmøde (de har samme id). Filen kan være ændret uden for Kom i hus.',
    );
    expect(result.details).toEqual([]);
  });

  it('keeps the details list short', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ ...fullWorkshop().plan.items[0], id: `i-${i}`, kind: 'x' }));
    const result = refusal(parseWithTrio({ plan: { ...fullWorkshop().plan, items } }));
    expect(result.details).toHaveLength(51);
    expect(result.details[50]).toBe('… og 150 mere');
  });

  it('never throws, even when given something that is not a string', () => {
    expect(() => parseAsShown(undefined as unknown as string, { installed: INSTALLED, byteLength: 0 })).not.toThrow();
    expect(messageOf(parseAsShown(undefined as unknown as string, { installed: INSTALLED, byteLength: 0 }))).toBe('Filen kunne ikke læses.');
    expect(messageOf(parseAsShown({} as unknown as string, { installed: INSTALLED, byteLength: Number.NaN }))).toBe('Filen kunne ikke læses.');
  });
});

describe('parseBackup refuses a workshop that passes the schema but contradicts itself or this device', () => {
  const trio = () => fullWorkshop('w-2', 'Trioen');
  const cases: [string, Record<string, unknown>, string][] = [
    ['two participants with one id', { participants: [...trio().participants, { id: 'p-1', name: 'Kopi', role: 'med' }] }, 'deltager 1 og deltager 4 er gemt med samme id, så de ikke kan skelnes fra hinanden'],
    ['two plan items with one id', { plan: { ...trio().plan, items: [trio().plan.items[0], { ...trio().plan.items[1], id: 'i-1' }] } }, 'punkt 1 og punkt 2 i handleplanen er gemt med samme id, så de ikke kan skelnes fra hinanden'],
    ['a block chosen twice', { voting: { ...trio().voting, chosen: ['trivsel', 'statistik', 'trivsel'] } }, 'byggestenen »Trivsel og arbejdsmiljø« er valgt to gange til dialogen'],
    ['a vote on something that is no building block', { voting: { ...trio().voting, ballots: { 'p-1': ['kantine'] } } }, 'deltager 1 har stemt på noget, som ikke kan vælges i afstemningen'],
    ['a tally for something that is no building block', { voting: { ...trio().voting, tally: { kantine: 3 } } }, 'optællingen af stemmer har stemmer på noget, som ikke kan vælges i afstemningen'],
    ['a ballot longer than the votes each has', { votesPerPerson: 1 }, 'deltager 1 har 2 stemmer, men hver deltager har kun 1'],
    ['a repeated vote where repeats are not allowed', { voting: { ...trio().voting, ballots: { 'p-2': ['samtaler', 'samtaler'] } } }, 'deltager 2 har flere stemmer på det samme, selv om det ikke er tilladt i dette dialogmøde'],
    ['answers from someone not on the list', { answers: { ...trio().answers, 'p-9': { 'm2-01': 3 } } }, 'der er svar fra en deltager, som ikke er på deltagerlisten'],
    ['an answer to a question Målgruppe 2 does not have', { answers: { 'p-1': { 'm2-01': 4, 'm1-28': 2 } } }, 'deltager 1 har svaret på et spørgsmål, som spørgeskemaet ikke har'],
    ['a vote on a question Målgruppe 2 does not have', { voting: { ...trio().voting, target: 'questions', ballots: { 'p-1': ['m2-03', 'm2-25'] }, tally: {}, order: [] } }, 'deltager 1 har stemt på noget, som ikke kan vælges i afstemningen'],
    ['a questionnaire the app does not know', { questionnaire: { id: 'maalgruppe-3', version: 1 } }, 'mødet bruger et spørgeskema, som denne app ikke kender. Er filen lavet med en nyere version af Kom i hus, så opdater appen, og prøv igen'],
  ];
  it.each(cases)('%s', (_, fields, problem) => {
    const result = refusal(parseWithTrio(fields));
    expect(result.message).toBe(`Dialogmøde 2 (»Trioen«): ${problem}.`);
    expect(result.details).toEqual([`Dialogmøde 2 (»Trioen«): ${problem}.`]);
  });

  it('a newer questionnaire version than the device has: asks the group to update the app', () => {
    expect(messageOf(parseWithTrio({ questionnaire: { id: 'maalgruppe-2', version: 2 } }))).toBe(
      'Dialogmøde 2 (»Trioen«): mødet bruger en nyere udgave af spørgeskemaet, end denne app har. Opdater appen, og prøv igen.',
    );
  });

  it('an older questionnaire version the device does not have', () => {
    const installed = { ...INSTALLED, questionnaires: INSTALLED.questionnaires.map((q) => ({ ...q, version: 2 })) };
    const text = backupText([fullWorkshop('w-1', 'Trioen')]);
    expect(messageOf(parseAsShown(text, { installed, byteLength: text.length }))).toBe(
      'Dialogmøde 1 (»Trioen«): mødet bruger en ældre udgave af spørgeskemaet, som ikke findes på denne enhed.',
    );
  });

  it('leads with the workshop that needs an update, counts the rest, and lists every problem in the details', () => {
    const result = refusal(
      parseEdited((data) => {
        const workshops = data.workshops as Record<string, unknown>[];
        workshops[0] = { ...workshops[0], votesPerPerson: 1, answers: { 'p-1': { 'm1-01': 2 } } };
        workshops[1] = { ...workshops[1], questionnaire: { id: 'maalgruppe-2', version: 5 }, votesPerPerson: 1 };
      }),
    );
    expect(result.message).toBe(
      'Dialogmøde 2 (»Trioen«): mødet bruger en nyere udgave af spørgeskemaet, end denne app har. Opdater appen, og prøv igen. Der er også 1 anden fejl i dette dialogmøde. 1 andet dialogmøde i filen har også fejl.',
    );
    expect(result.details).toEqual([
      'Dialogmøde 1 (»Børnehuset Solsikken«): deltager 1 har 2 stemmer, men hver deltager har kun 1.',
      'Dialogmøde 1 (»Børnehuset Solsikken«): deltager 1 har svaret på et spørgsmål, som spørgeskemaet ikke har.',
      'Dialogmøde 2 (»Trioen«): mødet bruger en nyere udgave af spørgeskemaet, end denne app har. Opdater appen, og prøv igen.',
      'Dialogmøde 2 (»Trioen«): deltager 1 har 2 stemmer, men hver deltager har kun 1.',
    ]);
  });

  it('refuses every workshop when the device has no questionnaires at all', () => {
    const text = backupText();
    expect(messageOf(parseAsShown(text, { installed: { questionnaires: [], scale: [1, 2, 3, 4, 5] }, byteLength: text.length }))).toMatch(
      /^Dialogmøde 1 \(»Børnehuset Solsikken«\): mødet bruger et spørgeskema, som denne app ikke kender\..* 1 andet dialogmøde i filen har også fejl\.$/,
    );
  });
});
