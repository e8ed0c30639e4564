// @vitest-environment happy-dom
/**
 * Step 3's "Nyt forslag" on a slow device: the write of one proposal may
 * still be under way when the next is typed and added. Both must survive,
 * in order, and nothing typed may be wiped when the first write completes.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AppContext, type AppState } from '../../src/app/app-state';
import { DraftScope } from '../../src/components/draft-journal';
import type { Workshop } from '../../src/domain/workshop';
import { InvalidWorkshopError } from '../../src/db/workshops';
import { SessionContext } from '../../src/session/context';
import { createSession } from '../../src/session/workshop-session';
import { Proposals } from '../../src/steps/dialogue/proposals';
import { twoPersonWorkshop } from '../domain/builders';

/** A real session whose writes each wait until the test lets them finish (or fail). */
function slowStore(start: Workshop) {
  let stored = start;
  const pending: Array<{ finish: (ok: boolean | 'full') => void }> = [];
  let ids = 0;
  const app = { newId: () => `p-${(ids += 1)}` } as unknown as AppState;
  const session = createSession(
    start,
    (change) =>
      new Promise<Workshop>((resolve, reject) =>
        pending.push({
          finish: (ok) => {
            if (ok === true) resolve((stored = change(stored)));
            else reject(ok === 'full' ? Object.assign(new Error('full'), { name: 'QuotaExceededError' }) : new InvalidWorkshopError(['refused']));
          },
        }),
      ),
  );
  function View() {
    return <Proposals proposals={session.workshop.value.dialogue.samtaler?.proposals} save={session.update} block="samtaler" />;
  }
  render(
    <AppContext.Provider value={app}>
      <SessionContext.Provider value={session}>
        <DraftScope.Provider value={start.id}>
          <View />
        </DraftScope.Provider>
      </SessionContext.Provider>
    </AppContext.Provider>,
  );
  return {
    pending,
    session,
    /** What the database holds. */
    texts: () => (stored.dialogue.samtaler?.proposals ?? []).map((p) => p.text),
    /** Lets the oldest write finish (or fail). */
    async finishNext(ok: boolean | 'full' = true) {
      const next = pending.shift();
      if (!next) throw new Error('no write is waiting');
      await act(async () => {
        next.finish(ok);
        for (let i = 0; i < 10; i++) await Promise.resolve();
      });
    },
  };
}

function field(): HTMLTextAreaElement {
  return screen.getByLabelText('Nyt forslag') as HTMLTextAreaElement;
}

async function type(text: string) {
  await act(() => {
    fireEvent.input(field(), { target: { value: text } });
  });
}

async function add() {
  await act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj forslag' }));
  });
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('Nyt forslag while the previous one is still being saved', () => {
  it('keeps both proposals, in order, when the second is typed and added before the first write completes', async () => {
    const store = slowStore(twoPersonWorkshop());
    await type('Tjekliste til samtalerne');
    await add();
    // The field is free for the next proposal at once.
    expect(field().value).toBe('');
    await type('Fast tid i kalenderen');
    await store.finishNext();
    // The first write completing does not wipe what is being typed.
    expect(field().value).toBe('Fast tid i kalenderen');
    await add();
    await store.finishNext();
    expect(store.texts()).toEqual(['Tjekliste til samtalerne', 'Fast tid i kalenderen']);
    expect(screen.getAllByRole('checkbox', { name: 'Til handleplan' })).toHaveLength(2);
  });

  it('keeps both when the second add is pressed before the first write completes', async () => {
    const store = slowStore(twoPersonWorkshop());
    await type('Første');
    await add();
    await type('Andet');
    await add();
    // Both are on screen at once; the second waits for the first write and follows it.
    expect(screen.getAllByRole('checkbox', { name: 'Til handleplan' })).toHaveLength(2);
    expect(store.pending).toHaveLength(1);
    await store.finishNext();
    await store.finishNext();
    expect(store.texts()).toEqual(['Første', 'Andet']);
  });

  it('adds a proposal once, however quickly the button is pressed twice', async () => {
    const store = slowStore(twoPersonWorkshop());
    await type('Kun én gang');
    await add();
    await add();
    expect(store.pending).toHaveLength(1);
    await store.finishNext();
    expect(store.texts()).toEqual(['Kun én gang']);
  });

  it('gives the text back when the proposal is refused, so nothing typed is lost', async () => {
    const store = slowStore(twoPersonWorkshop());
    await type('Ring til Fraværslinjen');
    await add();
    await store.finishNext(false);
    expect(field().value).toBe('Ring til Fraværslinjen');
    expect(screen.queryAllByRole('checkbox', { name: 'Til handleplan' })).toHaveLength(0);
    expect(store.texts()).toEqual([]);
  });

  it('keeps the proposal in the list when the disk is full, and writes it on retry', async () => {
    const store = slowStore(twoPersonWorkshop());
    await type('Ring til Fraværslinjen');
    await add();
    await store.finishNext('full');
    expect(store.session.problem.value).toBe('full');
    expect(field().value).toBe('');
    expect(screen.getAllByRole('checkbox', { name: 'Til handleplan' })).toHaveLength(1);
    await act(() => store.session.retry());
    await store.finishNext();
    expect(store.texts()).toEqual(['Ring til Fraværslinjen']);
  });
});
