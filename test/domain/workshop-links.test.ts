import { describe, expect, it } from 'vitest';
import { importProblems, selfContradictions, type InstalledContent, type LinkProblem } from '../../src/domain/workshop-links';
import type { Workshop } from '../../src/domain/workshop';
import { checkWorkshop, linkProblemOf, WorkshopSchema } from '../../src/domain/workshop-schema';
import { expectValid, questionnaireOf, twoPersonWorkshop } from './builders';

const QUESTIONNAIRE = {
  ...questionnaireOf([
    { id: 'q-1', number: 1, block: 'trivsel', text: 'Trivsel?' },
    { id: 'q-2', number: 2, block: 'statistik', text: 'Statistik?' },
    { id: 'q-3', number: 3, block: 'samtaler', text: 'Samtaler?' },
  ]),
  id: 'maalgruppe-1',
  version: 2,
};

/** Målgruppe 1 in versions 1 and 2 (v1 with one question less), and the booklet's scale. */
const INSTALLED: InstalledContent = {
  questionnaires: [{ ...QUESTIONNAIRE, version: 1, questions: QUESTIONNAIRE.questions.slice(0, 2) }, QUESTIONNAIRE],
  scale: [1, 2, 3, 4, 5],
};

/** A workshop where every link holds: Maria (p1) and Ole (p2) answered, voted, discussed and planned. */
function linked(change: (w: Workshop) => Workshop = (w) => w): Workshop {
  const base = twoPersonWorkshop({ questionnaire: { id: 'maalgruppe-1', version: 2 }, votesPerPerson: 2 });
  return change({
    ...base,
    answers: { p1: { 'q-1': 4, 'q-2': 'skip' }, p2: { 'q-1': 1, 'q-3': 5 } },
    voting: {
      ...base.voting,
      ballots: { p1: ['trivsel', 'statistik'], p2: ['trivsel'] },
      // A 0 left from before the group switched to questions is no vote.
      tally: { trivsel: 3, statistik: 0 },
      order: ['trivsel', 'statistik'],
      chosen: ['trivsel', 'statistik'],
    },
    dialogue: {
      trivsel: { notes: {}, proposals: [{ id: 'f-1', text: 'Trivselstavle', toPlan: true }] },
      statistik: { notes: {}, proposals: [{ id: 'f-2', text: 'Månedlig statistik', toPlan: false }] },
    },
    plan: {
      ...base.plan,
      items: [
        { id: 'i-1', block: 'trivsel', kind: 'action', what: 'Trivselstavle', who: '', when: '', whenDate: null, forum: '', fromProposal: 'f-1' },
        { id: 'i-2', block: 'statistik', kind: 'discussion', what: 'Statistik', who: '', when: '', whenDate: null, forum: 'LokalMED' },
      ],
    },
  });
}

const codes = (problems: LinkProblem[]) => problems.map((p) => p.code);

describe('a workshop whose links hold', () => {
  it('has no problems, passes the schema and is importable', () => {
    const w = linked();
    expectValid(w);
    expect(selfContradictions(w)).toEqual([]);
    expect(importProblems(w, INSTALLED)).toEqual([]);
  });

  it('may keep an empty ballot or empty answers of someone who was removed (the app never leaves votes or answers behind)', () => {
    const w = linked((w) => ({ ...w, answers: { ...w.answers, gone: {} }, voting: { ...w.voting, ballots: { ...w.voting.ballots, gone: [] } } }));
    expect(importProblems(w, INSTALLED)).toEqual([]);
  });

  it('may vote several times on one element when repeats are allowed', () => {
    const w = linked((w) => ({ ...w, voting: { ...w.voting, allowRepeat: true, ballots: { p1: ['trivsel', 'trivsel'] } } }));
    expect(importProblems(w, INSTALLED)).toEqual([]);
  });

  it('votes on questions of its own questionnaire', () => {
    const w = linked((w) => ({ ...w, voting: { ...w.voting, target: 'questions', ballots: { p1: ['q-1', 'q-3'] }, tally: { 'q-2': 4, trivsel: 0 } } }));
    expect(importProblems(w, INSTALLED)).toEqual([]);
  });
});

describe('selfContradictions (checked on every write)', () => {
  it('finds two participants with the same id, by their places in the list', () => {
    const w = linked((w) => ({ ...w, participants: [...w.participants, { id: 'p1', name: 'Kopi', role: 'amr' }] }));
    expect(selfContradictions(w)).toEqual([{ code: 'duplicate-participant-id', id: 'p1', positions: [0, 2] }]);
  });

  it('finds two plan items with the same id', () => {
    const w = linked((w) => ({ ...w, plan: { ...w.plan, items: [w.plan.items[0]!, w.plan.items[1]!, { ...w.plan.items[1]!, what: 'Kopi' }] } }));
    expect(selfContradictions(w)).toEqual([{ code: 'duplicate-item-id', id: 'i-2', positions: [1, 2] }]);
  });

  it('finds two proposals with the same id, also in two blocks', () => {
    const w = linked((w) => ({ ...w, dialogue: { ...w.dialogue, samtaler: { notes: {}, proposals: [{ id: 'f-1', text: 'Samme id', toPlan: false }] } } }));
    expect(selfContradictions(w)).toEqual([{ code: 'duplicate-proposal-id', id: 'f-1' }]);
  });

  it('finds a building block chosen twice and an element twice in the order', () => {
    const w = linked((w) => ({ ...w, voting: { ...w.voting, chosen: ['trivsel', 'statistik', 'trivsel'], order: ['statistik', 'trivsel', 'statistik'] } }));
    expect(selfContradictions(w)).toEqual([
      { code: 'duplicate-chosen-block', block: 'trivsel' },
      { code: 'duplicate-order-element', elementId: 'statistik' },
    ]);
  });

  it('finds a repeated vote when repeats are not allowed', () => {
    const w = linked((w) => ({ ...w, voting: { ...w.voting, ballots: { p2: ['statistik', 'statistik'] } } }));
    expect(selfContradictions(w)).toEqual([{ code: 'repeated-vote', participantId: 'p2', position: 1, elementId: 'statistik' }]);
  });

  it('finds votes and answers from someone not on the participant list', () => {
    const w = linked((w) => ({ ...w, answers: { ...w.answers, p9: { 'q-1': 3 } }, voting: { ...w.voting, ballots: { ...w.voting.ballots, p9: ['trivsel'] } } }));
    expect(selfContradictions(w)).toEqual([
      { code: 'ballot-of-unknown-participant', participantId: 'p9' },
      { code: 'answers-of-unknown-participant', participantId: 'p9' },
    ]);
  });

  it('finds votes on something that is not a building block when the group votes on blocks', () => {
    const w = linked((w) => ({ ...w, voting: { ...w.voting, ballots: { p1: ['trivsel', 'kantine'] }, tally: { kantine: 2, trivsel: 1 } } }));
    expect(selfContradictions(w)).toEqual([
      { code: 'vote-for-unknown-element', participantId: 'p1', position: 0, elementId: 'kantine' },
      { code: 'tally-for-unknown-element', elementId: 'kantine', count: 2 },
    ]);
  });

  it('leaves ballot length and the questionnaire to the import (they need the device or the workshop’s history)', () => {
    const w = linked((w) => ({ ...w, questionnaire: { id: 'ukendt', version: 1 }, votesPerPerson: 1 }));
    expect(selfContradictions(w)).toEqual([]);
  });

  it('reads ids such as "constructor" as own keys only', () => {
    const w = linked((w) => ({ ...w, answers: { constructor: { 'q-1': 2 } } }));
    expect(selfContradictions(w)).toEqual([{ code: 'answers-of-unknown-participant', participantId: 'constructor' }]);
  });
});

describe('importProblems (checked before an imported workshop is stored)', () => {
  it('finds a ballot longer than the workshop’s votes per person', () => {
    const w = linked((w) => ({ ...w, votesPerPerson: 1 }));
    expect(importProblems(w, INSTALLED)).toEqual([{ code: 'ballot-too-long', participantId: 'p1', position: 0, votes: 2, max: 1 }]);
  });

  it('accepts a ballot exactly as long as the votes per person', () => {
    const w = linked((w) => ({ ...w, voting: { ...w.voting, ballots: { p1: ['trivsel', 'statistik'] } } }));
    expect(codes(importProblems(w, INSTALLED))).toEqual([]);
  });

  it('tells a questionnaire the device has never had from a newer and a missing older version', () => {
    expect(importProblems(linked((w) => ({ ...w, questionnaire: { id: 'maalgruppe-9', version: 1 } })), INSTALLED)).toEqual([
      { code: 'unknown-questionnaire', id: 'maalgruppe-9', version: 1 },
    ]);
    expect(importProblems(linked((w) => ({ ...w, questionnaire: { id: 'maalgruppe-1', version: 3 } })), INSTALLED)).toEqual([
      { code: 'newer-questionnaire', id: 'maalgruppe-1', version: 3, newest: 2 },
    ]);
    const older = { ...INSTALLED, questionnaires: [QUESTIONNAIRE] };
    expect(importProblems(linked((w) => ({ ...w, questionnaire: { id: 'maalgruppe-1', version: 1 } })), older)).toEqual([
      { code: 'missing-questionnaire-version', id: 'maalgruppe-1', version: 1 },
    ]);
  });

  it('checks answers against the exact questionnaire version the workshop used', () => {
    // q-3 exists in version 2 only.
    const w = linked((w) => ({ ...w, questionnaire: { id: 'maalgruppe-1', version: 1 } }));
    expect(importProblems(w, INSTALLED)).toEqual([{ code: 'unknown-question', participantId: 'p2', position: 1, questionId: 'q-3' }]);
  });

  it('finds an answer to a question the questionnaire does not have, and one off the scale', () => {
    const w = linked((w) => ({ ...w, answers: { p1: { 'q-1': 4, 'q-99': 2 }, p2: { 'q-2': 5 } } }));
    expect(importProblems(w, { ...INSTALLED, scale: [1, 2, 3, 4] })).toEqual([
      { code: 'unknown-question', participantId: 'p1', position: 0, questionId: 'q-99' },
      { code: 'answer-off-scale', participantId: 'p2', position: 1, questionId: 'q-2', value: 5 },
    ]);
  });

  it('finds votes on questions the questionnaire does not have', () => {
    const w = linked((w) => ({ ...w, voting: { ...w.voting, target: 'questions', ballots: { p1: ['q-1', 'm2-07'] }, tally: { 'q-99': 1 } } }));
    expect(importProblems(w, INSTALLED)).toEqual([
      { code: 'vote-for-unknown-element', participantId: 'p1', position: 0, elementId: 'm2-07' },
      { code: 'tally-for-unknown-element', elementId: 'q-99', count: 1 },
    ]);
  });

  it('reports the questionnaire first and skips the question checks it makes impossible', () => {
    const w = linked((w) => ({ ...w, questionnaire: { id: 'maalgruppe-1', version: 7 }, votesPerPerson: 1 }));
    expect(codes(importProblems(w, INSTALLED))).toEqual(['newer-questionnaire', 'ballot-too-long']);
  });
});

describe('WorkshopSchema refuses a self-contradiction on every write', () => {
  const cases: Array<[string, (w: Workshop) => Workshop, string]> = [
    ['two participants with one id', (w) => ({ ...w, participants: [...w.participants, { ...w.participants[0]!, name: 'Kopi' }] }), 'duplicate-participant-id'],
    ['two plan items with one id', (w) => ({ ...w, plan: { ...w.plan, items: [w.plan.items[0]!, w.plan.items[0]!] } }), 'duplicate-item-id'],
    ['a block chosen twice', (w) => ({ ...w, voting: { ...w.voting, chosen: ['trivsel', 'trivsel'] } }), 'duplicate-chosen-block'],
    ['a vote on an unknown element', (w) => ({ ...w, voting: { ...w.voting, ballots: { p1: ['kantine'] } } }), 'vote-for-unknown-element'],
    ['answers from nobody', (w) => ({ ...w, answers: { p9: { 'q-1': 1 } } }), 'answers-of-unknown-participant'],
  ];
  it.each(cases)('%s', (_, change, code) => {
    const check = checkWorkshop(linked(change));
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems).toEqual([expect.stringContaining(code)]);
    const result = WorkshopSchema.safeParse(linked(change));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => linkProblemOf(issue)?.code)).toEqual([code]);
  });

  it('says nothing of links while a field is itself wrong (each problem once)', () => {
    const w = linked((w) => ({ ...w, participants: [w.participants[0]!, { ...w.participants[0]!, name: 'x'.repeat(500) }] }));
    const check = checkWorkshop(w);
    expect(!check.ok && check.problems).toEqual([expect.stringMatching(/^participants\[1\]\.name: /)]);
  });
});
