import { describe, expect, it } from 'vitest';
import { formatsFor } from '../../src/i18n/format';
import { bundledContent } from '../../src/content/bundled';
import { buildPlanDocument, type PlanDocumentInput } from '../../src/domain/plan-document';
import type { Workshop } from '../../src/domain/workshop';
import { twoPersonWorkshop } from './builders';

const content = bundledContent();
const questionnaire = content.questionnaires.find((q) => q.id === 'maalgruppe-1');
if (!questionnaire) throw new Error('test setup: no Målgruppe 1');

/** Maria and Ole answered, voted and planned; their names are in the labels the screens pass in. */
function workshop(anonymous: boolean): Workshop {
  const base = twoPersonWorkshop();
  return {
    ...base,
    anonymous,
    answers: { p1: { 'm1-01': 2, 'm1-02': 4 }, p2: { 'm1-01': 3 } },
    voting: { ...base.voting, ballots: { p1: ['trivsel', 'statistik'], p2: ['trivsel'] }, revealed: true, chosen: ['trivsel'] },
    plan: {
      ...base.plan,
      items: [{ id: 'i-1', block: 'trivsel', kind: 'action', what: 'Trivselstavle', who: 'Lederen', when: '', whenDate: '2027-03-01', forum: '' }],
      followUpDate: '2027-09-01',
    },
  };
}

function document(anonymous: boolean) {
  const input: PlanDocumentInput = {
    workshop: workshop(anonymous),
    questionnaire: questionnaire!,
    huset: content.huset,
    dialog: content.dialog,
    labels: new Map([
      ['p1', 'Maria (leder)'],
      ['p2', 'Ole (TR)'],
    ]),
    includeNotes: true,
    formatDate: (iso) => iso,
    formatList: formatsFor('da').list,
    anonymousParticipants: (n) => `${n} deltagere (anonymt)`,
    formatWhen: (when, date) => [date ?? '', when].filter(Boolean).join(' – '),
  };
  return buildPlanDocument(input);
}

describe('buildPlanDocument and anonymity', () => {
  it('names the participants when the workshop is not anonymous', () => {
    const doc = document(false);
    expect(doc.anonymous).toBe(false);
    expect(doc.participants).toBe('Maria (leder) og Ole (TR)');
  });

  it('shows only a count, and no name anywhere in the document, when the workshop is anonymous', () => {
    const doc = document(true);
    expect(doc.anonymous).toBe(true);
    expect(doc.participants).toBe('2 deltagere (anonymt)');
    const everything = JSON.stringify(doc);
    expect(everything).not.toContain('Maria (leder)');
    expect(everything).not.toContain('Ole (TR)');
    // The rest of the plan is the same either way.
    expect({ ...doc, participants: '', anonymous: false }).toEqual({ ...document(false), participants: '' });
  });
});

describe('buildPlanDocument alone (solo mode)', () => {
  function aloneDocument() {
    const base = workshop(false);
    const solo: Workshop = {
      ...base,
      mode: 'solo',
      participants: base.participants.slice(0, 1),
      // A ballot left from before the mode changed is no vote alone.
      voting: { ...base.voting, ballots: { p1: ['trivsel', 'statistik'] }, chosen: ['statistik', 'trivsel'] },
    };
    return buildPlanDocument({
      workshop: solo,
      questionnaire: questionnaire!,
      huset: content.huset,
      dialog: content.dialog,
      labels: new Map([['p1', 'Maria (leder)']]),
      includeNotes: false,
      formatDate: (iso) => iso,
      formatList: formatsFor('da').list,
      anonymousParticipants: (n) => `${n} deltagere (anonymt)`,
      formatWhen: (when, date) => [date ?? '', when].filter(Boolean).join(' – '),
    });
  }
  const title = (id: string) => content.huset.blocks.find((b) => b.id === id)?.title;

  it('lists the chosen blocks in their order, with no ranking and no votes', () => {
    const doc = aloneDocument();
    expect(doc.alone).toBe(true);
    expect(doc.priorities).toEqual([]);
    expect(doc.chosenAlone).toEqual([title('statistik'), title('trivsel')]);
  });

  it('a group keeps its ranking and has no list of its own choices', () => {
    const doc = document(false);
    expect(doc.alone).toBe(false);
    expect(doc.chosenAlone).toEqual([]);
    expect(doc.priorities.map((p) => p.votes)).toEqual([2, 1]);
  });
});

describe('buildPlanDocument and the previous round', () => {
  const base = (): PlanDocumentInput => ({
    workshop: workshop(false),
    questionnaire: questionnaire!,
    huset: content.huset,
    dialog: content.dialog,
    labels: new Map(),
    includeNotes: false,
    formatDate: (iso) => `den ${iso}`,
    formatList: formatsFor('da').list,
    anonymousParticipants: (n) => `${n}`,
    formatWhen: (when) => when,
  });

  it('has neither a comparison nor a review in a first round', () => {
    const doc = buildPlanDocument(base());
    expect(doc.comparison).toBeNull();
    expect(doc.review).toBeNull();
  });

  it('carries the comparison\'s numbers and how each item of the previous plan went', () => {
    const previous = workshop(false);
    const earlier: Workshop = { ...previous, id: 'w-0', date: '2025-01-05', answers: { p1: { 'm1-01': 1, 'm1-02': 1 }, p2: { 'm1-01': 1 } } };
    const current: Workshop = { ...workshop(false), series: 'w-0', review: { 'i-1': { status: 'in-progress', comment: '  Halvvejs ' } } };
    const doc = buildPlanDocument({ ...base(), workshop: current, previous: { workshop: earlier, questionnaire: questionnaire! } });
    expect(doc.comparison?.previousDate).toBe('den 2025-01-05');
    const ledelse = doc.comparison?.blocks.find((b) => b.block === 'tydelig-ledelse');
    // (2 + 4 + 3) / 3 = 3.0 against 1.0, but only two people answered: no arrow.
    expect(ledelse).toMatchObject({ change: 2, direction: null, reason: 'too-few', current: { mean: 3, respondents: 2 }, previous: { mean: 1 } });
    expect(ledelse?.title).toBe(content.huset.blocks.find((b) => b.id === 'tydelig-ledelse')?.title);
    expect(doc.comparison?.notCompared).toBe(0);
    expect(doc.review).toEqual({
      previousDate: 'den 2025-01-05',
      items: [{ what: 'Trivselstavle', block: content.huset.blocks.find((b) => b.id === 'trivsel')?.title, status: 'in-progress', comment: 'Halvvejs' }],
    });
  });

  it("reviews the previous plan but compares nothing when the previous round's questionnaire version is not on this device", () => {
    const earlier: Workshop = { ...workshop(false), id: 'w-0', date: '2025-01-05' };
    const current: Workshop = { ...workshop(false), series: 'w-0', review: { 'i-1': { status: 'done', comment: '' } } };
    const doc = buildPlanDocument({ ...base(), workshop: current, previous: { workshop: earlier, questionnaire: null } });
    expect(doc.comparison).toEqual({ previousDate: 'den 2025-01-05', alone: false, blocks: [], notCompared: 0, unavailable: true });
    expect(doc.review?.previousDate).toBe('den 2025-01-05');
    expect(doc.review?.items.map((i) => i.status)).toEqual(['done']);
  });
});

