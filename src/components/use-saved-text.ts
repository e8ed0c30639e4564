/**
 * What a text field needs to save as it is typed into (SavedTextarea,
 * SavedInput), without ever losing or silently overwriting text:
 *
 * - The field keeps its own copy of what was typed, so a re-render never
 *   moves the caret or drops a keystroke.
 * - Typed text reaches the session soon after a keystroke (saveDelay: a few
 *   tens of ms on an ordinary workshop, at most SAVE_EVERY_MS on a huge one),
 *   also during unbroken typing (the wait is not restarted by the next key),
 *   at once when the field loses focus, and right after the page is hidden
 *   (not in a page being closed: see the pagehide handler below).
 *   The session shows it at once and writes it to IndexedDB in order. The
 *   draft journal in localStorage covers only those milliseconds: Chromium
 *   writes localStorage to disk seconds late (issue #17).
 * - Every write is conditional: it changes the stored text only if that is
 *   still the text this field's typing started from. If another tab or window
 *   changed it meanwhile, nothing is overwritten: the field shows the other
 *   version and lets the user choose (issue #17, point 2).
 */
import { computed } from '@preact/signals';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Workshop } from '../domain/workshop';
import { useSession } from '../session/context';
import { useDraftJournal } from './draft-journal';

/** Where a field's text lives in the workshop. */
export interface TextBinding {
  read: (workshop: Workshop) => string;
  write: (workshop: Workshop, text: string) => Workshop;
}

/** The longest a keystroke waits for its write. */
export const SAVE_EVERY_MS = 250;

/**
 * The shortest: at once, as soon as the key's event is done. Keys typed while
 * a write runs still make one write together (the write queue coalesces).
 */
export const SAVE_SOONEST_MS = 0;

/**
 * How long typed text waits for its write: twice what the last write took, so
 * the page spends at most a third of its time writing, but never so long that
 * wait and write together pass SAVE_EVERY_MS, and at least SAVE_SOONEST_MS.
 * On an ordinary workshop a write takes a few ms, so each key is in IndexedDB
 * within a few ms and a browser killed just after the last key loses
 * nothing; on a very large one the writes space out, up to 250 ms apart, so
 * typing stays smooth (issues #14 and #17).
 */
export function saveDelay(lastWriteMs: number): number {
  return Math.max(SAVE_SOONEST_MS, Math.min(2 * lastWriteMs, SAVE_EVERY_MS - lastWriteMs));
}

export interface SavedText {
  draft: string;
  /** The other version, when the stored text was changed elsewhere while this field had text of its own. */
  conflict: string | null;
  /** Call on every input event with the field's new text. */
  onInput: (text: string) => void;
  /** Saves what is waiting now (on blur). */
  flush: () => void;
  keepMine: () => void;
  takeTheirs: () => void;
  /** Both texts, the other version first. */
  keepBoth: () => void;
}

export function useSavedText(id: string, binding: TextBinding, check?: (text: string) => string | undefined): SavedText {
  const session = useSession();
  const live = useRef({ binding, check, draft: '' });
  // The field's own text, stored and on screen: a field renders again when *its* text changes, not with
  // every change to the workshop (on a large one a keystroke in one note re-rendered every field, issue #14).
  // The binding follows from the field's id, so a new id makes new ones.
  const texts = useMemo(
    () => ({
      now: computed(() => live.current.binding.read(session.workshop.value)),
      saved: computed(() => live.current.binding.read(session.saved.value)),
    }),
    [id, session],
  );
  live.current.binding = binding;
  live.current.check = check;
  const value = texts.now.value;
  const [draft, setDraft] = useState(value);
  const [conflict, setConflict] = useState<string | null>(null);
  live.current.draft = draft;
  /** The stored text this field's typing builds on. */
  const base = useRef(value);
  /** The last text handed to the session and not yet confirmed as stored. */
  const sent = useRef<string | null>(null);
  /** Typed text waiting for its write. */
  const pending = useRef<string | null>(null);
  /** Every text handed to the session and not yet confirmed as stored, oldest first (for the draft journal). */
  const unconfirmed = useRef<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const send = (text: string, expected: string) => {
    const { read, write } = live.current.binding;
    const now = read(session.workshop.peek());
    if (now !== expected) {
      // Changed under this field since its typing began: never overwrite it silently.
      setConflict(now);
      return;
    }
    const written = session.update((w) => (read(w) === expected ? write(w, text) : w));
    // What the store now holds for this field (it may normalise, e.g. trim).
    const shown = read(session.workshop.peek());
    sent.current = shown;
    if (unconfirmed.current.at(-1) !== shown) unconfirmed.current.push(shown);
    void written.then(() => {
      // Confirmed only if the database has it: a write skipped because of another tab's change shows up as a conflict instead.
      if (read(session.saved.peek()) !== shown) return;
      // Writes land in order: this one and every one before it are done.
      unconfirmed.current = unconfirmed.current.slice(unconfirmed.current.lastIndexOf(shown) + 1);
      // The database has it: the journal lets go, even if the field has left the screen meanwhile.
      journal.settled(shown);
      if (sent.current === shown) {
        base.current = shown;
        sent.current = null;
      }
    });
  };

  const flush = () => {
    clearTimeout(timer.current);
    const text = pending.current;
    pending.current = null;
    if (text === null || live.current.check?.(text)) return;
    send(text, sent.current ?? base.current);
  };

  // The journal lets go of typed text only once IndexedDB has it, not when the screen shows it.
  const journal = useDraftJournal(id, texts.saved.value, (restored) => {
    setDraft(restored);
    pending.current = restored;
    flush();
  });

  // The stored text changed: our own write, another field's, or another tab's.
  useEffect(() => {
    if (value === live.current.draft || value === sent.current) {
      if (value === live.current.draft) {
        base.current = value;
        setConflict(null);
      }
      return;
    }
    const ownTextWaiting = pending.current !== null || sent.current !== null || live.current.draft !== base.current;
    if (!ownTextWaiting) {
      base.current = value;
      setDraft(value);
      return;
    }
    setConflict(value);
  }, [value]);

  useEffect(() => {
    // Hidden or left: the waiting text is written right after, not in the event itself. A page being
    // closed or left would start its IndexedDB write during the unload, and WebKit neither finishes nor
    // ends such a write: the store stays locked, and the app's next page waits for it until the browser
    // is restarted (issue #15). A timer set now runs if the page lives on (a hidden tab; the
    // back-forward cache, on return) and never in a page that is gone, whose text the draft journal has.
    const soon = () => {
      if (pending.current === null) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, 0);
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') soon();
    };
    addEventListener('pagehide', soon);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      flush();
      removeEventListener('pagehide', soon);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, []);

  const onInput = (text: string) => {
    setDraft(text);
    journal(text, unconfirmed.current);
    const waiting = pending.current !== null;
    pending.current = text;
    // The first unsaved keystroke starts the wait; later ones ride along with it. With no wait (an
    // ordinary workshop) the key goes to the session now: not even a timer's few ms stand between a
    // key and its write when the browser is killed just after it.
    if (waiting) return;
    const delay = saveDelay(session.lastWriteMs);
    if (delay === 0) flush();
    else timer.current = setTimeout(flush, delay);
  };

  /** Ends a conflict with the text `choose` makes of the other version and the one typed here. */
  const resolveWith = (choose: (theirs: string, mine: string) => string) => {
    const theirs = live.current.binding.read(session.workshop.peek());
    const text = choose(theirs, live.current.draft);
    clearTimeout(timer.current);
    pending.current = null;
    sent.current = null;
    base.current = theirs;
    setConflict(null);
    setDraft(text);
    journal(text, unconfirmed.current);
    if (text !== theirs) send(text, theirs);
  };

  return {
    draft,
    conflict,
    onInput,
    flush,
    keepMine: () => resolveWith((_theirs, mine) => mine),
    takeTheirs: () => resolveWith((theirs) => theirs),
    keepBoth: () => resolveWith((theirs, mine) => `${theirs}\n${mine}`),
  };
}
