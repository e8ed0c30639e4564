/**
 * A text or date input that saves as the user types. It keeps its own copy
 * of what was typed, so a slow save or a re-render from the database never
 * moves the caret or drops a keystroke, and text that is not valid yet stays
 * on screen with its message instead of being thrown away.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useDraftJournal } from './draft-journal';

interface Props {
  id: string;
  label: string;
  value: string;
  /** Danish message for a value that cannot be saved, or undefined when it is fine. */
  check?: (value: string) => string | undefined;
  onSave: (value: string) => void;
  type?: 'text' | 'date' | 'number';
  hint?: string;
  maxLength?: number;
  min?: number;
  max?: number;
  autocomplete?: string;
  /** id of a <datalist> with suggestions. */
  list?: string;
  class?: string;
}

export function SavedInput({ id, label, value, check, onSave, type = 'text', hint, maxLength, min, max, autocomplete, list, class: className }: Props) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>();
  const ref = useRef<HTMLInputElement>(null);

  // Follow changes made elsewhere (another tab, another field) unless the user is typing here.
  useEffect(() => {
    if (document.activeElement !== ref.current) setDraft(value);
  }, [value]);
  // After the effect above, so a draft put back from the journal wins over the stored value.
  const journal = useDraftJournal(id, value, (restored) => {
    setDraft(restored);
    if (!check?.(restored)) onSave(restored);
  });

  const onInput = (event: Event) => {
    const next = (event.currentTarget as HTMLInputElement).value;
    setDraft(next);
    journal(next);
    const problem = check?.(next);
    setError(problem);
    if (!problem && next !== value) onSave(next);
  };

  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        ref={ref}
        type={type}
        value={draft}
        maxLength={maxLength}
        min={min}
        max={max}
        autocomplete={autocomplete}
        list={list}
        onInput={onInput}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
