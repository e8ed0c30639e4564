// @vitest-environment happy-dom
/**
 * The workshop's save-state line: "data-saving" follows every write, while
 * the words say "Gemmer …" only for a write that takes longer than
 * SLOW_SAVE_MS (changing them twice per key made a large page lay itself out
 * again with every key, issue #14), and a failed write is always told.
 */
import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveState, SLOW_SAVE_MS } from '../../src/screens/workshop';
import { createSession } from '../../src/session/workshop-session';
import type { Workshop } from '../../src/domain/workshop';
import { twoPersonWorkshop } from '../domain/builders';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const rename = (title: string) => (w: Workshop) => ({ ...w, title });

function harness(writeMs: number, fail = false) {
  const session = createSession(twoPersonWorkshop(), async (change, known) => {
    await new Promise((resolve) => setTimeout(resolve, writeMs));
    if (fail) throw new Error('disk full');
    return { ...change(known), updatedAt: new Date(Date.now() + 1).toISOString() };
  });
  const view = render(<SaveState session={session} />);
  const line = () => view.container.querySelector('.save-state')!;
  return { session, line };
}

describe('the save-state line', () => {
  it('keeps its words through a quick write, while data-saving follows it', async () => {
    const { session, line } = harness(20);
    expect(line().textContent).toBe('Alt er gemt på enheden');
    let written!: Promise<boolean>;
    act(() => void (written = session.update(rename('Ny titel'))));
    expect(line().getAttribute('data-saving')).toBe('true');
    expect(line().textContent).toBe('Alt er gemt på enheden');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30);
    });
    expect(await written).toBe(true);
    expect(line().getAttribute('data-saving')).toBe('false');
    expect(line().textContent).toBe('Alt er gemt på enheden');
  });

  it('says "Gemmer …" when a write takes longer than SLOW_SAVE_MS, and "Alt er gemt" once it is done', async () => {
    const { session, line } = harness(SLOW_SAVE_MS + 600);
    act(() => void session.update(rename('Ny titel')));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(SLOW_SAVE_MS - 50);
    });
    expect(line().textContent).toBe('Alt er gemt på enheden');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(line().textContent).toBe('Gemmer …');
    expect(line().getAttribute('data-saving')).toBe('true');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(600);
    });
    expect(line().textContent).toBe('Alt er gemt på enheden');
    expect(line().getAttribute('data-saving')).toBe('false');
  });

  it('says at once that a write failed, however quick', async () => {
    const { session, line } = harness(5, true);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    act(() => void session.update(rename('Ny titel')));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(line().textContent).toBe('Ikke gemt');
  });
});
