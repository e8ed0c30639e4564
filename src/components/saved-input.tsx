/**
 * A text, date or number input that saves as the user types (see
 * use-saved-text.ts). Text that is not valid yet stays on screen with its
 * message instead of being saved or thrown away.
 */
import { FieldConflict } from './field-conflict';
import { useSavedText, type TextBinding } from './use-saved-text';

interface Props extends TextBinding {
  id: string;
  label: string;
  /** Danish message for a value that cannot be saved, or undefined when it is fine. */
  check?: (value: string) => string | undefined;
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

export function SavedInput({ id, label, read, write, check, type = 'text', hint, maxLength, min, max, autocomplete, list, class: className }: Props) {
  const text = useSavedText(id, { read, write }, check);
  const error = check?.(text.draft);
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
        type={type}
        value={text.draft}
        maxLength={maxLength}
        min={min}
        max={max}
        autocomplete={autocomplete}
        list={list}
        onInput={(event) => text.onInput(event.currentTarget.value)}
        onBlur={text.flush}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <FieldConflict id={id} text={text} />
    </div>
  );
}
