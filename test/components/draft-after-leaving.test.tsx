// @vitest-environment happy-dom
/**
 * Typing on while the field's first write is still on its way, and the page
 * going before the next write lands: the database then holds the field's own
 * earlier text, and the draft journal the whole of it. Opened again, the field
 * puts the whole text back (issue #15: seen in WebKit, where leaving the page
 * in the same moment as a key lost the keys typed after the first write).
 * Another tab's text in the database still wins over the draft.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftScope } from '../../src/components/draft-journal';
import { SavedTextarea } from '../../src/components/saved-textarea';
import { setPlanFields } from '../../src/domain/plan';
import type { Workshop } from '../../src/domain/workshop';
import { SessionContext } from '../../src/session/context';
import { createSession, type WorkshopSession } from '../../src/session/workshop-session';
import { twoPersonWorkshop } from '../domain/builders';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const LABEL = 'Hvad kunne I gøre bedre?';
const bind = { read: (w: Workshop) => w.plan.effect, write: (w: Workshop, text: string) => setPlanFields(w, { effect: text }) };

function show(session: WorkshopSession) {
  render(
    <SessionContext.Provider value={session}>
      <DraftScope.Provider value={session.id}>
        <SavedTextarea id="effect" label={LABEL} maxLength={5000} {...bind} />
      </DraftScope.Provider>
    </SessionContext.Provider>,
  );
}

const field = () => screen.getByLabelText(LABEL) as HTMLTextAreaElement;

async function type(text: string) {
  await act(() => {
    fireEvent.input(field(), { target: { value: text } });
  });
}

/**
 * A page whose first write lands only when `land()` is called and whose later writes never do (the page went).
 * Returns the database as it was left.
 */
async function typeAndLeave(first: string, all: string, { otherTab, keyByKey }: { otherTab?: string; keyByKey?: boolean } = {}) {
  const db = { stored: twoPersonWorkshop() };
  let land = () => undefined as void;
  let writes = 0;
  const session = createSession(db.stored, (change) => {
    writes += 1;
    if (writes > 1) return new Promise<Workshop>(() => undefined);
    return new Promise<Workshop>((resolve) => {
      land = () => resolve((db.stored = change(db.stored)));
    });
  });
  show(session);
  await type(first);
  if (keyByKey) for (let end = first.length + 1; end <= all.length; end++) await type(all.slice(0, end));
  else await type(all);
  await act(async () => {
    land();
    await Promise.resolve();
  });
  expect(bind.read(db.stored)).toBe(first);
  cleanup();
  if (otherTab !== undefined) db.stored = setPlanFields(db.stored, { effect: otherTab });
  return db;
}

describe('a field opened again after the page went during its writes', () => {
  it('puts back the text typed after its first write, when the database has that first write', async () => {
    const db = await typeAndLeave('Færre', 'Færre sygedage – æøå');
    const again = createSession(db.stored, async (change) => (db.stored = change(db.stored)));
    show(again);
    expect(field().value).toBe('Færre sygedage – æøå');
    await act(() => again.flushed());
    expect(bind.read(db.stored)).toBe('Færre sygedage – æøå');
  });

  it('puts it back after many keys, each sent on its own while the first write was on its way', async () => {
    // More keys than the journal keeps texts on their way: the one that landed (the first) must be among them.
    const all = 'Færre sygedage på stue 2 – æøå, og færre vikarer';
    const db = await typeAndLeave('Færre', all, { keyByKey: true });
    const again = createSession(db.stored, async (change) => (db.stored = change(db.stored)));
    show(again);
    expect(field().value).toBe(all);
    await act(() => again.flushed());
    expect(bind.read(db.stored)).toBe(all);
  });

  it('keeps what another tab stored since, not the draft', async () => {
    const db = await typeAndLeave('Færre', 'Færre sygedage', { otherTab: 'Fælles frokost om fredagen' });
    const again = createSession(db.stored, async (change) => (db.stored = change(db.stored)));
    show(again);
    expect(field().value).toBe('Fælles frokost om fredagen');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('kom-i-hus:draft:'))).toEqual([]);
  });
});
