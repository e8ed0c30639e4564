/**
 * Typing into a Trin 3 note changes the workshop with every key. Each note
 * field follows its own text (use-saved-text.ts), so the frame and the step
 * around them need not render again for it: on a large workshop that render
 * was most of the script run per key (issue #14). `apartFromNoteText` gives
 * the signal such a screen subscribes to: it moves for every change except
 * one to note text alone (and the stamp each write puts on the workshop).
 */
import { computed, type ReadonlySignal } from '@preact/signals';
import type { Workshop } from '../domain/workshop';

/** True when `a` and `b` differ at most in their notes' text and their stamp (`updatedAt`). */
export function sameApartFromNoteText(a: Workshop, b: Workshop): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof Workshop>);
  for (const key of keys) {
    if (key === 'updatedAt') continue;
    if (key === 'dialogue' ? !sameDialogue(a.dialogue, b.dialogue) : !sameData(a[key], b[key])) return false;
  }
  return true;
}

function sameDialogue(a: Workshop['dialogue'], b: Workshop['dialogue']): boolean {
  if (a === b) return true;
  const blocks = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof Workshop['dialogue']>);
  for (const block of blocks) {
    const x = a[block];
    const y = b[block];
    if (!x || !y) {
      if (x !== y) return false;
      continue;
    }
    // Which prompts have a note is not text: only the text inside is left out.
    if (!sameData(Object.keys(x.notes).sort(), Object.keys(y.notes).sort())) return false;
    if (!sameData({ ...x, notes: null }, { ...y, notes: null })) return false;
  }
  return true;
}

/** Equal plain data (what the workshop schema allows: objects, arrays, strings, numbers, booleans, null). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((key) => Object.hasOwn(y, key) && sameData(x[key], y[key]));
}

/**
 * A signal that moves with `workshop` except when only note text (or the
 * stamp) changed. Read its value to subscribe; render from `workshop.peek()`,
 * so what renders always has the current notes.
 */
export function apartFromNoteText(workshop: ReadonlySignal<Workshop>): ReadonlySignal<Workshop> {
  let shown: Workshop | undefined;
  return computed(() => {
    const next = workshop.value;
    if (shown && sameApartFromNoteText(shown, next)) return shown;
    return (shown = next);
  });
}
