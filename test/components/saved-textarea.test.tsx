// @vitest-environment happy-dom
/**
 * A notes field reaches the database while someone types without pause: no
 * keystroke waits more than 250 ms for its write (issue #17: the last seconds
 * of a note were lost when the browser was killed mid-typing).
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_EVERY_MS, SavedTextarea } from '../../src/components/saved-textarea';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
});

function field(): HTMLTextAreaElement {
  return screen.getByLabelText('Hvad kunne I gøre bedre?') as HTMLTextAreaElement;
}

describe('SavedTextarea while someone types', () => {
  it('saves at least every 250 ms during unbroken typing, and the last text on blur', async () => {
    const saves: Array<{ at: number; text: string }> = [];
    const start = Date.now();
    render(<SavedTextarea id="note" label="Hvad kunne I gøre bedre?" value="" maxLength={5000} onSave={(text) => saves.push({ at: Date.now() - start, text })} />);
    const sentence = 'Vi kunne tale mere åbent om fravær på personalemøderne, også når det går godt.';
    const typed: Array<{ at: number; text: string }> = [];
    // One key every 60 ms for about five seconds: a steady typist who never pauses for 400 ms.
    for (let i = 1; i <= sentence.length; i++) {
      const text = sentence.slice(0, i);
      await act(() => {
        fireEvent.input(field(), { target: { value: text } });
      });
      typed.push({ at: Date.now() - start, text });
      await act(() => {
        vi.advanceTimersByTime(60);
      });
    }
    await act(() => {
      vi.advanceTimersByTime(SAVE_EVERY_MS);
    });
    // Every keystroke is in a write no later than 250 ms after it (a write of that text or a longer one).
    for (const key of typed) {
      const covered = saves.find((s) => s.at >= key.at && s.text.startsWith(key.text));
      expect(covered, `"${key.text}" typed at ${key.at} ms`).toBeDefined();
      expect((covered?.at ?? Infinity) - key.at).toBeLessThanOrEqual(SAVE_EVERY_MS);
    }
    // Not a write per keystroke either.
    expect(saves.length).toBeLessThan(typed.length / 2);
    expect(saves.at(-1)?.text).toBe(sentence);
    await act(() => {
      fireEvent.input(field(), { target: { value: `${sentence} Og` } });
      fireEvent.blur(field());
    });
    expect(saves.at(-1)?.text).toBe(`${sentence} Og`);
  });

  it('writes nothing when nothing was typed', async () => {
    const onSave = vi.fn();
    render(<SavedTextarea id="note" label="Hvad kunne I gøre bedre?" value="Gemt tekst" maxLength={5000} onSave={onSave} />);
    await act(() => {
      vi.advanceTimersByTime(2000);
    });
    await act(() => {
      fireEvent.blur(field());
    });
    expect(onSave).not.toHaveBeenCalled();
    expect(field().value).toBe('Gemt tekst');
  });
});
