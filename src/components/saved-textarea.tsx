/**
 * A notes field that saves as the user types: at most every 400 ms while
 * typing, and at once when the field loses focus or the page is hidden or
 * closed, so a reload or a closed tab never loses what was written.
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

const DELAY = 400;

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
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, DELAY);
  };

  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id}>{label}</label>
      <textarea id={id} ref={ref} rows={rows} maxLength={maxLength} value={draft} onInput={onInput} onBlur={flush} />
    </div>
  );
}
