/** Receiving a participant's own-device answers into a workshop (issue #10). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../src/domain/content';
import { answerList, answersOf, deadlineFromIso, expectedFromText, receiveAnswers, setDeadline, setExpected, type AnswerSet } from '../../src/domain/own-device';
import { checkWorkshop } from '../../src/domain/workshop-schema';
import { checkParticipants } from '../../src/domain/setup';
import { LIMITS } from '../../src/domain/workshop';
import { expectValid, frozen, twoPersonWorkshop } from './builders';

const mg1 = JSON.parse(readFileSync('questionnaires/maalgruppe-1.json', 'utf8')) as Questionnaire;

function set(extra: Partial<AnswerSet> = {}): AnswerSet {
  return {
    responseId: 'AbCdEfGhIjK',
    questionnaire: { id: mg1.id, version: mg1.version },
    name: ' Łukasz Wójcik ',
    role: 'tr',
    answers: mg1.questions.map((_, i) => (i === 0 ? 'skip' : i === 1 ? null : ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5)),
    ...extra,
  };
}

describe('receiveAnswers', () => {
  it('adds the set as a new participant with its answers, leaving the workshop it got untouched', () => {
    const { input, before } = frozen(twoPersonWorkshop({ id: 'w-1' }));
    const received = receiveAnswers(input, mg1, set(), 'p3');
    if (!received.ok) throw new Error(received.problem.code);
    expect(input).toEqual(before);
    expect(received.workshop.participants.at(-1)).toEqual({ id: 'p3', name: 'Łukasz Wójcik', role: 'tr', responseId: 'AbCdEfGhIjK' });
    const answers = received.workshop.answers.p3!;
    expect(answers[mg1.questions[0]!.id]).toBe('skip');
    expect(mg1.questions[1]!.id in answers).toBe(false);
    expect(Object.keys(answers)).toHaveLength(mg1.questions.length - 1);
    expectValid(received.workshop);
  });

  it('gives a set with no role the role "andet" and no name', () => {
    const received = receiveAnswers(twoPersonWorkshop(), mg1, set({ name: '', role: null }), 'p3');
    expect(received.ok && received.workshop.participants.at(-1)).toMatchObject({ name: '', role: 'andet' });
  });

  it('counts the same answers once, and says who they already are', () => {
    const first = receiveAnswers(twoPersonWorkshop(), mg1, set(), 'p3');
    if (!first.ok) throw new Error('expected ok');
    expect(receiveAnswers(first.workshop, mg1, set(), 'p4')).toEqual({ ok: false, problem: { code: 'already-received', participantId: 'p3' } });
  });

  it('refuses answers to another questionnaire or another version of it', () => {
    const other = { id: 'maalgruppe-2', version: 1 };
    expect(receiveAnswers(twoPersonWorkshop(), mg1, set({ questionnaire: other }), 'p3')).toEqual({ ok: false, problem: { code: 'other-questionnaire', questionnaire: other } });
    const newer = { id: mg1.id, version: mg1.version + 1 };
    expect(receiveAnswers(twoPersonWorkshop(), mg1, set({ questionnaire: newer }), 'p3').ok).toBe(false);
    expect(receiveAnswers(twoPersonWorkshop(), mg1, set({ answers: set().answers.slice(1) }), 'p3').ok).toBe(false);
  });

  it('refuses a participant more than the workshop can hold', () => {
    const participants = Array.from({ length: LIMITS.participants }, (_, i) => ({ id: `p${i + 1}`, name: '', role: 'leder' as const }));
    expect(receiveAnswers(twoPersonWorkshop({ participants }), mg1, set(), 'p999')).toEqual({ ok: false, problem: { code: 'full', limit: LIMITS.participants } });
  });

  it('answerList and answersOf are each other’s inverse', () => {
    const list = set().answers;
    expect(answerList(mg1, answersOf(mg1, set()))).toEqual(list);
  });
});

describe('checkParticipants with an own-device invitation', () => {
  it('lets a meeting with a facilitator start with nobody typed in once it has invited, but not the other modes', () => {
    expect(checkParticipants('group', [])).toEqual([{ code: 'none' }]);
    expect(checkParticipants('group', [], true)).toEqual([]);
    expect(checkParticipants('shared-device', [], true)).toEqual([{ code: 'none' }]);
    expect(checkParticipants('solo', [], true)).toEqual([{ code: 'none' }]);
  });
});

describe('how many are invited', () => {
  it('reads a whole number from 1 to the participant limit, empty as "not said", and anything else as invalid', () => {
    expect(expectedFromText(' 8 ')).toBe(8);
    expect(expectedFromText('')).toBeUndefined();
    expect(expectedFromText('  ')).toBeUndefined();
    expect(expectedFromText(String(LIMITS.participants))).toBe(LIMITS.participants);
    for (const bad of ['0', '-3', '2.5', '2,5', 'otte', '1e2', String(LIMITS.participants + 1), '0008']) expect(expectedFromText(bad), bad).toBe('invalid');
  });

  it('is kept on the invitation and forgotten again; without an invitation nothing changes', () => {
    const invitation = { id: 'AbCdEfGh', publicKey: 'A'.repeat(44), privateKey: 'B'.repeat(43) };
    const invited = frozen({ ...twoPersonWorkshop(), invitation });
    const eight = setExpected(invited.input, 8);
    expect(eight.invitation).toEqual({ ...invitation, expected: 8 });
    expect(invited.input).toEqual(invited.before);
    expect(setExpected(eight, undefined).invitation).toEqual(invitation);
    const plain = twoPersonWorkshop();
    expect(setExpected(plain, 8)).toBe(plain);
  });
});

describe('the deadline ("Svar senest")', () => {
  it('is a real day, or empty for "not said"', () => {
    expect(deadlineFromIso('2027-03-01')).toBe('2027-03-01');
    expect(deadlineFromIso('')).toBeUndefined();
    for (const bad of ['2027-02-30', '01.03.2027', 'i morgen']) expect(deadlineFromIso(bad), bad).toBe('invalid');
  });

  it('is kept on the invitation and forgotten again, valid either way; a workshop from before it (no deadline) is still valid', () => {
    const invitation = { id: 'AbCdEfGh', publicKey: `A${'B'.repeat(43)}`, privateKey: 'C'.repeat(43), expected: 6 };
    const invited = frozen({ ...twoPersonWorkshop(), invitation });
    expectValid(invited.input);
    const set = setDeadline(invited.input, '2026-12-02');
    expect(set.invitation).toEqual({ ...invitation, deadline: '2026-12-02' });
    expect(invited.input).toEqual(invited.before);
    expectValid(set);
    expect(setDeadline(set, undefined).invitation).toEqual(invitation);
    expect(checkWorkshop({ ...set, invitation: { ...invitation, deadline: '2.12.2026' } }).ok).toBe(false);
    const plain = twoPersonWorkshop();
    expect(setDeadline(plain, '2026-12-02')).toBe(plain);
  });
});
