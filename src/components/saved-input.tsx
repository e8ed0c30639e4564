/**
 * A text, date or number input that saves as the user types (see
 * use-saved-text.ts). Text that is not valid yet stays on screen with its
 * message instead of being saved or thrown away.
 *
 * A date is a text field in the chosen language's format ("15.01.2027" in
 * Danish, "15/01/2027" in English), never the browser's date input, whose
 * format follows the browser's language instead. It is stored as ISO.
 */
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { FieldConflict } from './field-conflict';
import { useSavedText, type TextBinding } from './use-saved-text';

interface Props extends TextBinding {
  id: string;
  label: string;
  /** The message for a value that cannot be saved, or undefined when it is fine. A date field's check gets the ISO date. */
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

/** A date binding as the field's text: ISO in the workshop, the chosen language's format on screen. */
function dateBinding({ read, write }: TextBinding, check: Props['check']): { binding: TextBinding; check: (text: string) => string | undefined } {
  return {
    binding: { read: (w) => t.dateField.toText(read(w)), write: (w, text) => write(w, t.dateField.parse(text) ?? text) },
    check: (text) => {
      const iso = t.dateField.parse(text);
      return iso === null ? t.create.errors.date : check?.(iso);
    },
  };
}

export function SavedInput(props: Props) {
  const { id, label, type = 'text', hint, maxLength, min, max, autocomplete, list, class: className } = props;
  const isDate = type === 'date';
  const { binding, check } = isDate ? dateBinding(props, props.check) : { binding: props, check: props.check };
  const text = useSavedText(id, binding, check);
  // A date half typed is not wrong yet: its message waits until the field has been left once.
  const [left, setLeft] = useState(false);
  const error = isDate && !left ? undefined : check?.(text.draft);
  const hints = [hint, isDate ? t.dateField.hint : undefined].filter(Boolean);
  const describedBy = [hints.length > 0 && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const onBlur = (event: FocusEvent) => {
    if (isDate) {
      // "1.3.2027" is saved as it is typed; on leaving the field it is written the usual way, "01.03.2027".
      const typed = (event.currentTarget as HTMLInputElement).value;
      const iso = t.dateField.parse(typed);
      const tidy = iso ? t.dateField.toText(iso) : null;
      if (tidy && tidy !== typed) text.onInput(tidy);
    }
    text.flush();
    setLeft(true);
  };
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id}>{label}</label>
      {hints.length > 0 && (
        <p class="hint" id={`${id}-hint`}>
          {hints.join(' ')}
        </p>
      )}
      <input
        id={id}
        type={isDate ? 'text' : type}
        value={text.draft}
        maxLength={maxLength}
        min={min}
        max={max}
        autocomplete={isDate ? 'off' : autocomplete}
        spellcheck={isDate ? false : undefined}
        list={list}
        onInput={(event) => text.onInput(event.currentTarget.value)}
        onBlur={onBlur}
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
