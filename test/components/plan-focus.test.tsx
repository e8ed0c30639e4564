// @vitest-environment happy-dom
/**
 * Trin 4's "Tilføj punkt" puts the focus in the new item's first field once
 * the item is on the screen: a moment after the tap (the render, then the
 * effect after the next frame). A person who taps another field in that
 * moment keeps the focus there (issue #15: in WebKit a fast tap on the new
 * item's "Hvem gør hvad?" had its focus, and its keyboard, taken back).
 */
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AppContext, type AppState } from '../../src/app/app-state';
import { DraftScope } from '../../src/components/draft-journal';
import { bundledContent } from '../../src/content/bundled';
import { seedContent } from '../../src/db/content';
import { openDatabase, type KomIHusDatabase } from '../../src/db/database';
import { SessionContext } from '../../src/session/context';
import { createSession, type WorkshopSession } from '../../src/session/workshop-session';
import { PlanStep } from '../../src/steps/plan';
import { StepContext } from '../../src/steps/step-context';
import { twoPersonWorkshop } from '../domain/builders';
import { openStepFor } from '../support/open-step';

const NOW = new Date('2026-03-02T10:00:00.000Z');
let databases = 0;
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

/** Trin 4 over an in-memory session; the new item gets the id `new-item`. */
async function openPlan() {
  databases += 1;
  db = openDatabase(`kom-i-hus-plan-focus-${databases}`);
  const app: AppState = { db, ready: seedContent(db, bundledContent(), NOW).then(() => undefined), now: () => new Date(NOW), newId: () => 'new-item' };
  await app.ready;
  let stored = twoPersonWorkshop();
  const session = createSession(stored, async (change) => (stored = change(stored)));
  render(<Step session={session} app={app} />);
  const add = (await screen.findAllByRole('button', { name: 'Tilføj punkt' }))[0]!;
  return { add };
}

/** A tap on the button as Chromium makes it (the button takes the focus), outside act(): the effects run when they would. */
async function tapAndWaitForRender(button: HTMLElement): Promise<{ what: HTMLElement; who: HTMLElement }> {
  button.focus();
  button.click();
  for (let i = 0; i < 50 && !document.getElementById('item-new-item-who'); i++) await Promise.resolve();
  const what = document.getElementById('item-new-item-what');
  const who = document.getElementById('item-new-item-who');
  if (!what || !who) throw new Error('the new item was not rendered within the microtasks after the tap');
  return { what, who };
}

/** Lets the effects scheduled after the next frame run. */
async function nextFrames() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
}

describe('Trin 4: the focus after "Tilføj punkt"', () => {
  it('goes to the new item\'s first field', async () => {
    const { add } = await openPlan();
    const { what } = await tapAndWaitForRender(add);
    expect(document.activeElement).not.toBe(what);
    await nextFrames();
    expect(document.activeElement).toBe(what);
  });

  it('stays in a field the person tapped before the app moved it', async () => {
    const { add } = await openPlan();
    const { who } = await tapAndWaitForRender(add);
    who.focus();
    await nextFrames();
    expect(document.activeElement).toBe(who);
  });

  it('goes to the new item when the tapped button did not take the focus (Safari)', async () => {
    const { add } = await openPlan();
    add.click();
    await nextFrames();
    expect(document.activeElement).toBe(document.getElementById('item-new-item-what'));
  });
});
