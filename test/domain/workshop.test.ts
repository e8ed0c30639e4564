import { describe, expect, it } from 'vitest';
import { href, parseRoute, WORKSHOP_VIEWS, type Route } from '../../src/app/routes';
import { checkSetup, localIsoDate, participantLabels, usualRole } from '../../src/domain/setup';
import { isIsoDate, LIMITS, newWorkshop, type Workshop } from '../../src/domain/workshop';
import { checkWorkshop, type WorkshopCheck } from '../../src/domain/workshop-schema';

const NOW = new Date('2026-01-05T10:30:00.000Z');
const MARIA = { id: 'p-1', name: 'Maria', role: 'leder' } as const;

function workshop(overrides: Partial<Parameters<typeof newWorkshop>[0]> = {}): Workshop {
  return newWorkshop(
    { id: 'w-1', title: 'Børnehuset Solsikken', date: '2026-01-05', questionnaire: { id: 'maalgruppe-1', version: 1 }, ...overrides },
    NOW,
  );
}

/** The workshop with some fields replaced, as loose input (the way a backup file would arrive). */
function withFields(fields: Record<string, unknown>): unknown {
  return { ...workshop(), ...fields };
}

function problemsOf(check: WorkshopCheck): string[] {
  if (check.ok) throw new Error('expected checkWorkshop to reject the value, but it passed');
  return check.problems;
}

function expectAccepted(value: unknown): Workshop {
  const check = checkWorkshop(value);
  if (!check.ok) throw new Error(`expected the workshop to pass, got: ${check.problems.join('; ')}`);
  return check.workshop;
}

describe('newWorkshop', () => {
  it('makes a complete workshop that passes checkWorkshop, with the booklet’s defaults', () => {
    const w = expectAccepted(workshop());
    expect(w).toMatchObject({
      id: 'w-1',
      title: 'Børnehuset Solsikken',
      date: '2026-01-05',
      questionnaire: { id: 'maalgruppe-1', version: 1 },
      votesPerPerson: 2,
      timeBudgetMinutes: 90,
      step: 'setup',
      mode: 'group',
      participants: [],
      answers: {},
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
  });

  it('keeps given options and trims the title', () => {
    const w = expectAccepted(workshop({ title: '  MED-udvalget  ', mode: 'shared-device', votesPerPerson: 3, timeBudgetMinutes: 150 }));
    expect(w.title).toBe('MED-udvalget');
    expect(w.mode).toBe('shared-device');
    expect(w.votesPerPerson).toBe(3);
    expect(w.timeBudgetMinutes).toBe(150);
  });

  it('copies the questionnaire reference instead of sharing it', () => {
    const questionnaire = { id: 'maalgruppe-2', version: 1 };
    const w = newWorkshop({ id: 'w-2', title: 'Trio', date: '2026-01-05', questionnaire }, NOW);
    questionnaire.version = 2;
    expect(w.questionnaire.version).toBe(1);
  });
});

describe('checkWorkshop', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', '   \t '],
    ['over 200 characters', 'x'.repeat(LIMITS.title + 1)],
  ])('rejects a title that is %s, naming the field', (_, title) => {
    const problems = problemsOf(checkWorkshop(withFields({ title })));
    expect(problems).toEqual([expect.stringMatching(/^title: /)]);
  });

  it('accepts a title of exactly 200 characters', () => {
    expectAccepted(withFields({ title: 'x'.repeat(LIMITS.title) }));
  });

  it.each(['2026-02-30', '30-01-2026', '2026-1-5', ''])('rejects the date "%s"', (date) => {
    const problems = problemsOf(checkWorkshop(withFields({ date })));
    expect(problems).toEqual([expect.stringMatching(/^date: /)]);
  });

  it.each([0, 6, 2.5, -1, '3', null])('rejects the answer value %j, naming participant and question', (value) => {
    const problems = problemsOf(checkWorkshop(withFields({ participants: [MARIA], answers: { 'p-1': { 'm1-01': value } } })));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^answers\.p-1\.m1-01: /);
  });

  it('accepts every value of the scale and "skip"', () => {
    const answers = { 'p-1': { 'm1-01': 1, 'm1-02': 2, 'm1-03': 3, 'm1-04': 4, 'm1-05': 5, 'm1-06': 'skip' } };
    expect(expectAccepted(withFields({ participants: [MARIA], answers })).answers).toEqual(answers);
  });

  it('keeps a block\'s time-box, and rejects one that is negative, fractional or longer than a day', () => {
    const timer = { durationMs: 40 * 60_000, startedAt: 1_764_000_000_000, elapsedBeforeMs: 90_000 };
    const dialogue = (t: unknown) => ({ statistik: { notes: {}, proposals: [], timer: t } });
    expect(expectAccepted(withFields({ dialogue: dialogue(timer) })).dialogue.statistik?.timer).toEqual(timer);
    expectAccepted(withFields({ dialogue: dialogue({ ...timer, startedAt: null }) }));
    for (const bad of [
      { ...timer, durationMs: -1 },
      { ...timer, durationMs: LIMITS.countdownMs + 1 },
      { ...timer, elapsedBeforeMs: 0.5 },
      { ...timer, startedAt: 'nu' },
      { durationMs: 1 },
    ]) {
      const problems = problemsOf(checkWorkshop(withFields({ dialogue: dialogue(bad) })));
      expect(problems.length, JSON.stringify(bad)).toBeGreaterThan(0);
      for (const problem of problems) expect(problem).toMatch(/^dialogue\.statistik\.timer\./);
    }
  });

  it('rejects an unknown mode', () => {
    expect(problemsOf(checkWorkshop(withFields({ mode: 'party' })))).toEqual([expect.stringMatching(/^mode: /)]);
  });

  it('accepts every known mode', () => {
    for (const mode of ['group', 'shared-device', 'solo']) expectAccepted(withFields({ mode }));
  });

  it('rejects an unknown extra key', () => {
    expect(problemsOf(checkWorkshop(withFields({ colour: 'red' }))).length).toBeGreaterThan(0);
    expect(problemsOf(checkWorkshop({ ...workshop(), plan: { ...workshop().plan, extra: true } }))).toEqual([
      expect.stringMatching(/^plan/),
    ]);
  });

  it('rejects a participant whose id is "__proto__"', () => {
    const participants = JSON.parse('[{ "id": "__proto__", "name": "Anna", "role": "leder" }]') as unknown;
    expect(problemsOf(checkWorkshop(withFields({ participants })))).toEqual([expect.stringMatching(/^participants\[0\]\.id: /)]);
  });

  it.each(['constructor', 'prototype'])('rejects the id "%s", which every plain object inherits', (id) => {
    const participants = [{ id, name: 'Anna', role: 'leder' }];
    expect(problemsOf(checkWorkshop(withFields({ participants })))).toEqual([expect.stringMatching(/^participants\[0\]\.id: /)]);
  });

  it('never lets an answers key "__proto__" through into the checked workshop', () => {
    const answers = JSON.parse('{ "__proto__": { "m1-01": 3 }, "p-1": { "m1-01": 2 } }') as unknown;
    const check = checkWorkshop(withFields({ answers }));
    if (check.ok) {
      expect(Object.keys(check.workshop.answers)).toEqual(['p-1']);
      expect(Object.getPrototypeOf(check.workshop.answers)).toBe(Object.prototype);
    }
  });

  // KNOWN BUG (reported): zod's record parser silently drops a "__proto__" key instead of
  // reporting it, so a backup file with such a participant id is accepted and its answers
  // vanish without a message. Remove `.fails` when checkWorkshop rejects it.
  it('rejects answers keyed by the participant id "__proto__"', () => {
    const answers = JSON.parse('{ "__proto__": { "m1-01": 3 } }') as unknown;
    expect(problemsOf(checkWorkshop(withFields({ answers })))).toEqual([expect.stringContaining('answers')]);
  });

  it('rejects a ballot of more votes than any workshop gives (5), even where repeats are allowed', () => {
    const voting = (ballot: string[]) => ({ ...workshop().voting, allowRepeat: true, ballots: { 'p-1': ballot } });
    const five = ['trivsel', 'trivsel', 'statistik', 'samtaler', 'samtaler'];
    expectAccepted(withFields({ participants: [MARIA], votesPerPerson: 5, voting: voting(five) }));
    const problems = problemsOf(checkWorkshop(withFields({ participants: [MARIA], votesPerPerson: 5, voting: voting([...five, 'trivsel']) })));
    expect(problems).toEqual([expect.stringMatching(/^voting\.ballots\.p-1: /)]);
  });

  it.each([0, 6, 1.5])('rejects votesPerPerson %j', (votesPerPerson) => {
    expect(problemsOf(checkWorkshop(withFields({ votesPerPerson })))).toEqual([expect.stringMatching(/^votesPerPerson: /)]);
  });

  it('accepts votesPerPerson 1 and 5', () => {
    expectAccepted(withFields({ votesPerPerson: 1 }));
    expectAccepted(withFields({ votesPerPerson: 5 }));
  });

  it('rejects a time budget outside 15–600 minutes', () => {
    expect(problemsOf(checkWorkshop(withFields({ timeBudgetMinutes: 14 })))).toEqual([expect.stringMatching(/^timeBudgetMinutes: /)]);
    expect(problemsOf(checkWorkshop(withFields({ timeBudgetMinutes: 601 })))).toEqual([expect.stringMatching(/^timeBudgetMinutes: /)]);
  });

  it('rejects a questionnaire version below 1 and a bad questionnaire id', () => {
    expect(problemsOf(checkWorkshop(withFields({ questionnaire: { id: 'maalgruppe-1', version: 0 } })))).toEqual([
      expect.stringMatching(/^questionnaire\.version: /),
    ]);
    expect(problemsOf(checkWorkshop(withFields({ questionnaire: { id: 'Målgruppe 1', version: 1 } })))).toEqual([
      expect.stringMatching(/^questionnaire\.id: /),
    ]);
  });

  it('rejects something that is not a workshop at all', () => {
    for (const value of [null, undefined, 'workshop', 42, []]) expect(checkWorkshop(value).ok).toBe(false);
  });

  it('reports every problem, one readable line each', () => {
    const problems = problemsOf(checkWorkshop(withFields({ title: '', date: 'i morgen', mode: 'party' })));
    expect(problems).toHaveLength(3);
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['date', 'mode', 'title']);
    for (const problem of problems) expect(problem).toMatch(/^[a-zA-Z]+: \S/);
  });
});

describe('isIsoDate', () => {
  it.each(['2026-01-05', '2026-12-31', '2024-02-29', '2000-02-29', '1999-01-01', '2026-02-28'])('accepts %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each([
    ['a day past the month’s end', '2026-02-30'],
    ['31 April', '2026-04-31'],
    ['29 February in a common year', '2026-02-29'],
    ['29 February in 1900 (not a leap year)', '1900-02-29'],
    ['29 February in 2100 (not a leap year)', '2100-02-29'],
    ['month 13', '2026-13-01'],
    ['month 00', '2026-00-10'],
    ['day 00', '2026-01-00'],
    ['day first', '30-01-2026'],
    ['no zero padding', '2026-1-5'],
    ['a time part', '2026-01-05T10:00'],
    ['surrounding space', ' 2026-01-05'],
    ['slashes', '2026/01/05'],
    ['an empty string', ''],
  ])('rejects %s (%s)', (_, date) => {
    expect(isIsoDate(date)).toBe(false);
  });
});

describe('checkSetup', () => {
  const good = { title: 'Ledergruppen, Center for Ældre', date: '2026-03-01', questionnaireId: 'maalgruppe-1' };

  it('finds no problem in a complete form', () => {
    expect(checkSetup(good)).toEqual({});
  });

  it('requires a workplace name that is not only spaces', () => {
    expect(checkSetup({ ...good, title: '' })).toEqual({ title: 'required' });
    expect(checkSetup({ ...good, title: '   ' })).toEqual({ title: 'required' });
  });

  it('limits the name to 200 characters after trimming', () => {
    expect(checkSetup({ ...good, title: 'x'.repeat(201) })).toEqual({ title: 'too-long' });
    expect(checkSetup({ ...good, title: ` ${'x'.repeat(200)} ` })).toEqual({});
  });

  it('requires a real date', () => {
    expect(checkSetup({ ...good, date: '2026-02-30' })).toEqual({ date: 'invalid' });
    expect(checkSetup({ ...good, date: '' })).toEqual({ date: 'invalid' });
  });

  it('requires a questionnaire', () => {
    expect(checkSetup({ ...good, questionnaireId: '' })).toEqual({ questionnaireId: 'required' });
  });

  it('reports every problem at once', () => {
    expect(checkSetup({ title: '', date: 'x', questionnaireId: '' })).toEqual({
      title: 'required',
      date: 'invalid',
      questionnaireId: 'required',
    });
  });
});

describe('localIsoDate', () => {
  it('writes the local calendar date as YYYY-MM-DD with zero padding', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 12, 0))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 11, 31, 12, 0))).toBe('2026-12-31');
  });

  it('uses the local date just after and just before local midnight', () => {
    expect(localIsoDate(new Date(2026, 2, 1, 0, 5))).toBe('2026-03-01');
    expect(localIsoDate(new Date(2026, 1, 28, 23, 55))).toBe('2026-02-28');
  });

  it('gives a date that isIsoDate accepts', () => {
    expect(isIsoDate(localIsoDate(new Date(2024, 1, 29, 9, 0)))).toBe(true);
  });
});

describe('routes', () => {
  it('parses the known addresses', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/huset')).toEqual({ name: 'huset' });
    expect(parseRoute('#/om')).toEqual({ name: 'about' });
    expect(parseRoute('#/moede/abc-123')).toEqual({ name: 'workshop', id: 'abc-123' });
    expect(parseRoute('#/moede/abc-123/storskaerm')).toEqual({ name: 'presenter', id: 'abc-123' });
  });

  it.each<Route>([
    { name: 'home' },
    { name: 'huset' },
    { name: 'about' },
    { name: 'workshop', id: 'w-1' },
    { name: 'workshop', id: '3f2b8c1e-9a7d-4e21-b0c4-5d6e7f8a9b0c' },
    { name: 'presenter', id: 'w-1' },
  ])('round-trips %j through href and parseRoute', (route) => {
    expect(href(route).startsWith('#/')).toBe(true);
    expect(parseRoute(href(route))).toEqual(route);
  });

  it('round-trips every view inside a workshop', () => {
    expect(WORKSHOP_VIEWS.length).toBeGreaterThan(0);
    for (const view of WORKSHOP_VIEWS) {
      const route: Route = { name: 'workshop', id: 'w-1', view };
      expect(href(route)).toBe(`#/moede/w-1/${view}`);
      expect(parseRoute(href(route))).toEqual(route);
    }
  });

  it('sends the not-found route to an address that parses as not-found', () => {
    expect(parseRoute(href({ name: 'not-found' }))).toEqual({ name: 'not-found' });
  });

  it.each([
    '#/ukendt',
    '#/huset/ekstra',
    '#/moede',
    '#/moede/',
    '#/moede/ABC',
    '#/moede/__proto__',
    '#/moede/-abc',
    '#/moede/a b',
    '#/moede/abc/def',
    '#/moede/abc/ukendt-trin',
    '#/moede/abc/opsaetning/mere',
    '#/moede/abc/storskaerm/mere',
    `#/moede/${'a'.repeat(65)}`,
    '#huset',
  ])('treats %s as not found', (hash) => {
    expect(parseRoute(hash)).toEqual({ name: 'not-found' });
  });
});

describe('participantLabels', () => {
  const role = (r: string) => ({ leder: 'leder', tr: 'TR', amr: 'AMR', med: 'MED-medlem', andet: 'andet' })[r] ?? r;
  const people = [
    { id: 'a', name: 'Maria', role: 'leder' as const },
    { id: 'b', name: '', role: 'tr' as const },
    { id: 'c', name: '', role: 'andet' as const },
    { id: 'd', name: '', role: 'andet' as const },
  ];

  it('names each participant by name and role, or by role (numbered when a role repeats)', () => {
    expect([...participantLabels(people, role).values()]).toEqual(['Maria (leder)', 'TR', 'andet 1', 'andet 2']);
  });

  it('never adds "(andet)" to a name: it says nothing about the person', () => {
    expect([...participantLabels([{ id: 'k', name: 'Kim', role: 'andet' }], role).values()]).toEqual(['Kim']);
  });

  it('in the anonymous view, names each by number alone: no name and no role', () => {
    expect([...participantLabels(people, role, (n) => `Deltager ${n}`).entries()]).toEqual([
      ['a', 'Deltager 1'],
      ['b', 'Deltager 2'],
      ['c', 'Deltager 3'],
      ['d', 'Deltager 4'],
    ]);
  });
});

describe('usualRole', () => {
  const base = newWorkshop({ id: 'w', title: 'Gruppen', date: '2026-12-03', questionnaire: { id: 'maalgruppe-1', version: 1 } }, new Date('2026-12-03T10:00:00Z'));
  const leader = { id: 'p1', name: '', role: 'leder' as const };

  it('starts with a leader, then the group’s usual member: a leader in Målgruppe 1, a MED member in Målgruppe 2', () => {
    expect(usualRole(base)).toBe('leder');
    expect(usualRole({ ...base, participants: [leader] })).toBe('leder');
    expect(usualRole({ ...base, questionnaire: { id: 'maalgruppe-2', version: 1 }, participants: [leader] })).toBe('med');
  });
});
