import { describe, expect, it } from 'vitest';
import { WriteQueue, type Change, type WriteProblem } from '../../src/session/write-queue';

interface Doc {
  items: string[];
}
const add =
  (item: string): Change<Doc> =>
  (d) => ({ items: [...d.items, item] });

class Refused extends Error {}
class DiskFull extends Error {}

/**
 * A fake storage: `write` reads what is stored, applies the change and stores
 * it, like updateWorkshop's transaction. Writes wait for `release()` when held.
 */
function fakeStore(initial: Doc = { items: [] }) {
  const store = {
    stored: initial,
    writes: [] as Doc[],
    held: false,
    waiting: [] as Array<() => void>,
    failWith: null as Error | null,
    /** Items the "schema" refuses. */
    refuse: new Set<string>(),
    problems: [] as Array<WriteProblem | null>,
    shown: [] as Doc[],
    release() {
      const all = store.waiting.splice(0);
      for (const go of all) go();
    },
    async write(change: Change<Doc>): Promise<Doc> {
      if (store.held) await new Promise<void>((go) => store.waiting.push(go));
      await Promise.resolve();
      if (store.failWith) throw store.failWith;
      const next = change(store.stored);
      if (next.items.some((i) => store.refuse.has(i))) throw new Refused();
      store.stored = next;
      store.writes.push(next);
      return next;
    },
  };
  const queue = new WriteQueue<Doc>(initial, {
    write: (c) => store.write(c),
    classify: (e) => (e instanceof Refused ? 'invalid' : e instanceof DiskFull ? 'full' : 'other'),
    onChange: (d) => store.shown.push(d),
    onProblem: (p) => store.problems.push(p),
  });
  return { store, queue };
}

describe('WriteQueue', () => {
  it('shows a change at once, before it is written', () => {
    const { store, queue } = fakeStore();
    store.held = true;
    void queue.update(add('a'));
    expect(queue.local.items).toEqual(['a']);
    expect(store.stored.items).toEqual([]);
  });

  it('writes changes in the order they were made', async () => {
    const { store, queue } = fakeStore();
    const done = ['a', 'b', 'c'].map((i) => queue.update(add(i)));
    expect(await Promise.all(done)).toEqual([true, true, true]);
    expect(store.stored.items).toEqual(['a', 'b', 'c']);
    expect(queue.local.items).toEqual(['a', 'b', 'c']);
  });

  it('keeps two updates issued before the first write completes (no change is applied to a stale copy)', async () => {
    const { store, queue } = fakeStore();
    store.held = true;
    const first = queue.update(add('Tjekliste til samtalerne'));
    await Promise.resolve();
    await Promise.resolve();
    // The first write is running; the second change comes now.
    const second = queue.update(add('Fast tid i kalenderen'));
    expect(queue.local.items).toEqual(['Tjekliste til samtalerne', 'Fast tid i kalenderen']);
    store.held = false;
    store.release();
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(store.stored.items).toEqual(['Tjekliste til samtalerne', 'Fast tid i kalenderen']);
  });

  it('coalesces the changes made while a write runs into one next write', async () => {
    const { store, queue } = fakeStore();
    store.held = true;
    const all = [queue.update(add('1'))];
    await Promise.resolve();
    await Promise.resolve();
    for (const i of ['2', '3', '4', '5']) all.push(queue.update(add(i)));
    store.held = false;
    store.release();
    await Promise.all(all);
    expect(store.writes.map((w) => w.items.join())).toEqual(['1', '1,2,3,4,5']);
  });

  it('changes made in the same task are written as one', async () => {
    const { store, queue } = fakeStore();
    await Promise.all(['a', 'b', 'c'].map((i) => queue.update(add(i))));
    expect(store.writes).toHaveLength(1);
  });

  it('a failed write keeps the changes on screen and queued, says why, and writes them on retry', async () => {
    const { store, queue } = fakeStore();
    store.failWith = new DiskFull();
    expect(await queue.update(add('a'))).toBe(false);
    expect(await queue.update(add('b'))).toBe(false);
    expect(queue.local.items).toEqual(['a', 'b']);
    expect(queue.busy).toBe(true);
    expect(store.problems.at(-1)).toBe('full');
    store.failWith = null;
    await queue.retry();
    expect(store.stored.items).toEqual(['a', 'b']);
    expect(store.problems.at(-1)).toBeNull();
    expect(queue.busy).toBe(false);
  });

  it('a refused change is dropped alone: the others in its batch are written, and the refusal is told', async () => {
    const { store, queue } = fakeStore();
    store.refuse.add('bad');
    const results = await Promise.all([queue.update(add('a')), queue.update(add('bad')), queue.update(add('c'))]);
    expect(results).toEqual([true, false, true]);
    expect(store.stored.items).toEqual(['a', 'c']);
    expect(queue.local.items).toEqual(['a', 'c']);
    expect(store.problems.at(-1)).toBe('invalid');
  });

  it("a second tab's write is kept: queued changes are re-applied on top of it, on screen and in storage", async () => {
    const { store, queue } = fakeStore({ items: ['start'] });
    store.held = true;
    const mine = queue.update(add('mine'));
    // Another tab writes first.
    store.stored = { items: ['start', 'theirs'] };
    queue.receive(store.stored);
    expect(queue.local.items).toEqual(['start', 'theirs', 'mine']);
    store.held = false;
    store.release();
    expect(await mine).toBe(true);
    expect(store.stored.items).toEqual(['start', 'theirs', 'mine']);
    expect(queue.local.items).toEqual(['start', 'theirs', 'mine']);
  });

  it('a change that changes nothing writes nothing', async () => {
    const { store, queue } = fakeStore();
    expect(await queue.update((d) => d)).toBe(true);
    expect(store.writes).toHaveLength(0);
  });

  it('flushed() waits until every change so far is written', async () => {
    const { store, queue } = fakeStore();
    store.held = true;
    void queue.update(add('a'));
    let flushed = false;
    const waiting = queue.flushed().then(() => (flushed = true));
    await Promise.resolve();
    expect(flushed).toBe(false);
    store.held = false;
    store.release();
    await waiting;
    expect(store.stored.items).toEqual(['a']);
  });
});
