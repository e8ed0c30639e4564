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
import { Proposals } from '../../src/steps/dialogue/proposals';
import { twoPersonWorkshop } from '../domain/builders';

type Change = (w: Workshop) => Workshop;

/** A stand-in for the workshop frame's save: each write waits until the test lets it finish. */
function slowStore(start: Workshop) {
  let stored = start;
  const pending: Array<{ change: Change; finish: (ok: boolean) => void }> = [];
  let ids = 0;
  const app = { newId: () => `p-${(ids += 1)}` } as unknown as AppState;
  const save = (change: Change) => new Promise<boolean>((resolve) => pending.push({ change, finish: resolve }));
  const view = () => (
    <AppContext.Provider value={app}>
      <DraftScope.Provider value={start.id}>
        <Proposals workshop={stored} save={save} block="samtaler" />
      </DraftScope.Provider>
    </AppContext.Provider>
  );
  const rendered = render(view());
  return {
    pending,
    texts: () => (stored.dialogue.samtaler?.proposals ?? []).map((p) => p.text),
    /** Lets the oldest write finish (or fail), and shows the stored workshop as the live query would. */
    async finishNext(ok = true) {
      const next = pending.shift();
      if (!next) throw new Error('no write is waiting');
      if (ok) stored = next.change(stored);
      await act(async () => {
        next.finish(ok);
        await Promise.resolve();
      });
      rendered.rerender(view());
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
    expect(store.pending).toHaveLength(2);
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

  it('gives the text back when the write fails, so nothing typed is lost', async () => {
    const store = slowStore(twoPersonWorkshop());
    await type('Ring til Fraværslinjen');
    await add();
    await store.finishNext(false);
    expect(field().value).toBe('Ring til Fraværslinjen');
    expect(store.texts()).toEqual([]);
  });
});
