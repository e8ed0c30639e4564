/**
 * A synchronous safety net for text being typed. Saving to IndexedDB is
 * asynchronous, so the last keystrokes before a reload, a closed tab or a
 * crash could be lost; every keystroke is therefore also written to
 * localStorage (synchronous) and removed once the database has caught up.
 * When a field appears and finds a draft newer than what is stored, it puts
 * the draft back and saves it.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';

const PREFIX = 'kom-i-hus:draft:';

/** The workshop the fields belong to, so drafts of different workshops never mix. */
export const DraftScope = createContext<string | null>(null);

interface Draft {
  value: string;
  /** What was stored when this was typed: a draft is put back only over that exact value. */
  base: string;
}

function read(key: string): Draft | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    if (parsed && typeof parsed === 'object' && typeof (parsed as Draft).value === 'string' && typeof (parsed as Draft).base === 'string') return parsed as Draft;
  } catch {
    // Storage blocked or a broken entry: there is simply no draft.
  }
  return undefined;
}

function remove(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // nothing to clean up
  }
}

/**
 * Journals a field's text. `restore` is called once, on mount, with a draft
 * that the database never received. Returns the function to call on every keystroke.
 */
export function useDraftJournal(fieldId: string, stored: string, restore: (draft: string) => void): (typed: string) => void {
  const scope = useContext(DraftScope);
  const key = scope ? `${scope}/${fieldId}` : null;
  const storedRef = useRef(stored);
  storedRef.current = stored;

  useEffect(() => {
    if (!key) return;
    const draft = read(key);
    if (!draft) return;
    // Someone changed the field since (another tab, an import): what is stored wins.
    if (draft.value !== stored && draft.base === stored) restore(draft.value);
    else if (draft.value === stored || draft.base !== stored) remove(key);
  }, [key]);

  useEffect(() => {
    if (key && read(key)?.value === stored) remove(key);
  }, [key, stored]);

  return (typed: string) => {
    if (!key) return;
    // Text equal to what is stored needs no safety net (an emptied "Nyt forslag" leaves nothing behind).
    if (typed === storedRef.current) {
      remove(key);
      return;
    }
    try {
      localStorage.setItem(PREFIX + key, JSON.stringify({ value: typed, base: storedRef.current } satisfies Draft));
    } catch {
      // Storage full or blocked: the database save still happens.
    }
  };
}
