// @vitest-environment happy-dom
/**
 * Trin 4 opens with an item for each proposal marked "til handleplan" in
 * trin 3. The items are on the screen at once and written a moment later.
 * Text typed into such an item in that moment is kept: the session applies
 * the change again in its write, and the item got a new id there, so the
 * typed "Hvem" went to an item that no longer existed. It was gone from the
 * screen and its draft stayed in localStorage for ever (CI, english.spec.ts).
 */
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { AppContext, type AppState } from '../../src/app/app-state';
import { DraftScope } from '../../src/components/draft-journal';
import { bundledContent } from '../../src/content/bundled';
import { seedContent } from '../../src/db/content';
import { openDatabase, type KomIHusDatabase } from '../../src/db/database';
import type { Workshop } from '../../src/domain/workshop';
import { SessionContext } from '../../src/session/context';
import { createSession, type WorkshopSession } from '../../src/session/workshop-session';
import { PlanStep } from '../../src/steps/plan';
import { StepContext } from '../../src/steps/step-context';
import { twoPersonWorkshop } from '../domain/builders';
import { openStepFor } from '../support/open-step';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const PROPOSAL = 'Fælles pauser hver fredag';
const WHO = 'Søren (leder)';
let db: KomIHusDatabase | undefined;

afterEach(async () => {
  cleanup();
  localStorage.clear();
  await db?.delete();
  db = undefined;
});

function Step({ session, app }: { session: WorkshopSession; app: AppState }) {
  const step = openStepFor(session.workshop.value, session.update);
  return (
    <AppContext.Provider value={app}>
      <SessionContext.Provider value={session}>
        <DraftScope.Provider value={session.id}>
          <StepContext.Provider value={step}>
            <PlanStep />
          </StepContext.Provider>
        </DraftScope.Provider>
      </SessionContext.Provider>
    </AppContext.Provider>
  );
}

function draftKeys(): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith('kom-i-hus:draft:'));
}

it('keeps what is typed into a prefilled item before the item has been written', async () => {
  db = openDatabase('kom-i-hus-plan-prefill');
  let ids = 0;
  const app: AppState = { db, ready: seedContent(db, bundledContent(), NOW).then(() => undefined), now: () => new Date(NOW), newId: () => `id-${++ids}` };
  await app.ready;
  const start = twoPersonWorkshop();
  let stored: Workshop = { ...start, step: 'dialogue', dialogue: { trivsel: { notes: {}, proposals: [{ id: 'p-1', text: PROPOSAL, toPlan: true }] } } };
  // The "database" answers only when told to: the moment between the screen and the write, held open.
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const session = createSession(stored, async (change) => {
    await gate;
    stored = change(stored);
    return stored;
  });
  render(<Step session={session} app={app} />);

  const what = await screen.findByDisplayValue(PROPOSAL);
  const item = what.closest('fieldset')!;
  const who = item.querySelector<HTMLInputElement>('input[id$="-who"]')!;
  await act(() => {
    fireEvent.input(who, { target: { value: WHO } });
  });
  expect(draftKeys()).toHaveLength(1);

  await act(async () => {
    open();
    await session.flushed();
  });

  expect(stored.plan.items.map((i) => [i.what, i.who])).toEqual([[PROPOSAL, WHO]]);
  expect(session.workshop.value.plan.items.map((i) => i.who)).toEqual([WHO]);
  const shown = (await screen.findByDisplayValue(PROPOSAL)).closest('fieldset')!.querySelector<HTMLInputElement>('input[id$="-who"]')!;
  expect(shown.value).toBe(WHO);
  // The database has the text: the safety net lets go of it.
  expect(draftKeys()).toEqual([]);
});
