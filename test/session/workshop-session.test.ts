import { describe, expect, it } from 'vitest';
import { setAnswer } from '../../src/domain/answers';
import type { Workshop } from '../../src/domain/workshop';
import { createSession } from '../../src/session/workshop-session';
import { twoPersonWorkshop } from '../domain/builders';

/** A session over a variable, with a clock that moves on for every write. */
function open() {
  let stored = twoPersonWorkshop();
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const session = createSession(stored, async (change) => {
    clock += 1000;
    stored = { ...change(stored), updatedAt: new Date(clock).toISOString() };
    return stored;
  });
  const participant = stored.participants[0]?.id ?? '';
  return { session, participant, stored: () => stored };
}

const answerOf = (w: Workshop, p: string) => w.answers[p]?.['m1-01'];

describe('the workshop session', () => {
  it("ignores the live query's late echo of this tab's own earlier write (a tap is never undone on screen)", async () => {
    const { session, participant } = open();
    await session.update((w) => setAnswer(w, participant, 'm1-01', 2));
    const echoOfFirst = structuredClone(session.saved.value);
    await session.update((w) => setAnswer(w, participant, 'm1-01', 3));
    // The live query's read for the first write arrives only now.
    session.receive(echoOfFirst);
    expect(answerOf(session.workshop.value, participant)).toBe(3);
  });

  it("takes another tab's write, and keeps this tab's queued change on top of it", async () => {
    const { session, participant, stored } = open();
    await session.update((w) => setAnswer(w, participant, 'm1-01', 2));
    const theirs = { ...setAnswer(stored(), participant, 'm1-02', 5), updatedAt: '2026-12-01T11:00:00.000Z' };
    session.receive(theirs);
    expect(session.workshop.value.answers[participant]?.['m1-02']).toBe(5);
    expect(answerOf(session.workshop.value, participant)).toBe(2);
  });

  it('says it is saving from the tap until the write is done', async () => {
    const { session, participant } = open();
    expect(session.saving.value).toBe(false);
    const written = session.update((w) => setAnswer(w, participant, 'm1-01', 4));
    expect(session.saving.value).toBe(true);
    await written;
    await session.flushed();
    expect(session.saving.value).toBe(false);
    expect(answerOf(session.saved.value, participant)).toBe(4);
  });
});
