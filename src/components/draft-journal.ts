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
  /** What was stored when this was typed: a draft is put back only over that exact value … */
  base: string;
  /**
   * … or over one of these: the field's own texts on their way to the database when this was
   * typed. The page may go after one of them landed and before the rest did (issue #15).
   */
  sent?: string[];
}

/**
 * The most own texts a draft remembers as on their way (writes land in order and are confirmed in a few
 * ms). Past that it keeps the oldest, the write that was running, and the newest: the write queue joins
 * the texts queued behind a running write into one write of the newest.
 */
const MAX_SENT = 20;

function keptSent(own: string[]): string[] {
  return own.length > MAX_SENT ? [own[0]!, ...own.slice(-(MAX_SENT - 1))] : own;
}

function read(key: string): Draft | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    if (parsed && typeof parsed === 'object' && typeof (parsed as Draft).value === 'string' && typeof (parsed as Draft).base === 'string') {
      const sent: unknown = (parsed as Draft).sent;
      return Array.isArray(sent) && sent.every((s) => typeof s === 'string') ? (parsed as Draft) : { ...(parsed as Draft), sent: undefined };
    }
  } catch {
    // Storage blocked or a broken entry: there is simply no draft.
  }
  return undefined;
}

/**
 * Forgets every draft of one workshop, or of all (issue #17: "delete means
 * delete" — a draft must not outlive the workshop it was typed into).
 */
export function forgetDrafts(workshopId?: string): void {
  for (const key of draftKeys(workshopId ? `${workshopId}/` : '')) remove(key);
}

/** The keys (without PREFIX) of every draft whose key starts with `start`; none where storage is blocked. */
function draftKeys(start: string): string[] {
  try {
    return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i))
      .filter((k): k is string => !!k?.startsWith(PREFIX + start))
      .map((k) => k.slice(PREFIX.length));
  } catch {
    return [];
  }
}

function remove(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // nothing to clean up
  }
}

/** This tab's id: kept through a reload (sessionStorage), new in every other tab. */
let tabId: string | undefined;
function thisTab(): string {
  if (tabId) return tabId;
  try {
    tabId = sessionStorage.getItem('kom-i-hus:tab') ?? undefined;
    if (!tabId) sessionStorage.setItem('kom-i-hus:tab', (tabId = crypto.randomUUID()));
  } catch {
    tabId ??= crypto.randomUUID();
  }
  // Held while the tab lives, so another tab can tell a closed tab's drafts from a live one's.
  void navigator.locks?.request(`kom-i-hus:tab:${tabId}`, () => new Promise<never>(() => undefined)).catch(() => undefined);
  return tabId;
}

/**
 * The newest draft of this field left by a tab that is gone (closed, or the
 * browser died), taken over by this tab. A live tab's draft is its own.
 */
async function adoptOrphan(key: string): Promise<Draft | undefined> {
  const held = new Set((await navigator.locks?.query().catch(() => undefined))?.held?.map((l) => l.name) ?? []);
  const orphans = draftKeys(`${key}#`).filter((k) => {
    const tab = k.slice(key.length + 1);
    return tab !== thisTab() && !held.has(`kom-i-hus:tab:${tab}`);
  });
  const draft = orphans.map(read).find((d) => d !== undefined);
  for (const k of orphans) remove(k);
  return draft;
}

/**
 * Journals a field's text. `restore` is called once, on mount, with a draft
 * that the database never received. Returns the function to call on every keystroke.
 * A `perTab` field (a box whose text is not in the database at all, like
 * "Nyt forslag") keeps one draft per tab, so two tabs never take each
 * other's text; a closed tab's draft is taken over by the next to open it.
 */
export interface DraftJournal {
  /** Call on every keystroke with the field's text, and the field's own texts handed to the database and not yet confirmed there. */
  (typed: string, sent?: readonly string[]): void;
  /**
   * The database now holds `value` for this field: its draft is forgotten if
   * it is that text. Works after the field has left the screen too (its last
   * write can finish after the step changed), so no draft outlives its text.
   */
  settled(value: string): void;
}

export function useDraftJournal(fieldId: string, stored: string, restore: (draft: string) => void, options: { perTab?: boolean } = {}): DraftJournal {
  const scope = useContext(DraftScope);
  const field = scope ? `${scope}/${fieldId}` : null;
  const key = field && options.perTab ? `${field}#${thisTab()}` : field;
  const storedRef = useRef(stored);
  storedRef.current = stored;

  useEffect(() => {
    if (!key || !field) return;
    const draft = read(key);
    if (draft) {
      // The database has what the typing began from, or one of the field's own texts on their way then:
      // the draft is newer. Otherwise someone changed the field since (another tab, an import): what is stored wins.
      const own = draft.base === stored || (draft.sent?.includes(stored) ?? false);
      if (draft.value !== stored && own) restore(draft.value);
      else remove(key);
      return;
    }
    if (!options.perTab) return;
    let live = true;
    void adoptOrphan(field).then((orphan) => {
      if (!live || !orphan || orphan.value === stored) return;
      try {
        localStorage.setItem(PREFIX + key, JSON.stringify(orphan));
      } catch {
        // Storage full or blocked: the text is still put back on screen.
      }
      restore(orphan.value);
    });
    return () => {
      live = false;
    };
  }, [key]);

  useEffect(() => {
    if (key && read(key)?.value === stored) remove(key);
  }, [key, stored]);

  const journal = (typed: string, sent: readonly string[] = []) => {
    if (!key) return;
    // Text equal to what is stored needs no safety net (an emptied "Nyt forslag" leaves nothing behind).
    if (typed === storedRef.current) {
      remove(key);
      return;
    }
    try {
      const own = keptSent(sent.filter((s) => s !== typed && s !== storedRef.current));
      localStorage.setItem(PREFIX + key, JSON.stringify({ value: typed, base: storedRef.current, ...(own.length > 0 ? { sent: own } : {}) } satisfies Draft));
    } catch {
      // Storage full or blocked: the database save still happens.
    }
  };
  journal.settled = (value: string) => {
    if (key && read(key)?.value === value) remove(key);
  };
  return journal;
}
