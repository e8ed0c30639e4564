/**
 * A notes field that saves as the user types: the text reaches the database
 * at most 250 ms after a keystroke, also during unbroken typing (the wait is
 * not restarted by the next key), and at once when the field loses focus or
 * the page is hidden or closed. The draft journal in localStorage is only a
 * safety net for those 250 ms: Chromium writes localStorage to disk seconds
 * late, so a killed browser must find the text in IndexedDB (issue #17).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useDraftJournal } from './draft-journal';

interface Props {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  rows?: number;
  onSave: (value: string) => void;
  class?: string;
}

/** The longest a keystroke waits for its write. */
export const SAVE_EVERY_MS = 250;

export function SavedTextarea({ id, label, value, maxLength, rows = 3, onSave, class: className }: Props) {
  const [draft, setDraft] = useState(value);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const ref = useRef<HTMLTextAreaElement>(null);
  const save = useRef(onSave);
  save.current = onSave;

  const flush = () => {
    clearTimeout(timer.current);
    if (pending.current !== null) {
      save.current(pending.current);
      pending.current = null;
    }
  };

  useEffect(() => {
    if (document.activeElement !== ref.current && pending.current === null) setDraft(value);
  }, [value]);
  // After the effect above, so a draft put back from the journal wins over the stored value.
  const journal = useDraftJournal(id, value, (draft) => {
    setDraft(draft);
    save.current(draft);
  });

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      flush();
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, []);

  const onInput = (event: Event) => {
    const next = (event.currentTarget as HTMLTextAreaElement).value.slice(0, maxLength);
    setDraft(next);
    journal(next);
    const waiting = pending.current !== null;
    pending.current = next;
    // The first unsaved keystroke starts the wait; later ones ride along with it.
    if (!waiting) timer.current = setTimeout(flush, SAVE_EVERY_MS);
  };

  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id}>{label}</label>
      <textarea id={id} ref={ref} rows={rows} maxLength={maxLength} value={draft} onInput={onInput} onBlur={flush} />
    </div>
  );
}
