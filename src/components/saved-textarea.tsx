/**
 * A multi-line field that saves as the user types (see use-saved-text.ts):
 * notes, proposals, the plan's "Hvad vil vi gøre?", effect and evidence.
 */
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { pure } from './pure';
import { FieldConflict } from './field-conflict';
import { useSavedText, type TextBinding } from './use-saved-text';

export { SAVE_EVERY_MS } from './use-saved-text';

interface Props extends TextBinding {
  id: string;
  label: string;
  maxLength: number;
  rows?: number;
  class?: string;
}

/** Renders again when its own text or its props change, not with every change to the workshop (see pure.ts). */
export const SavedTextarea = pure(function SavedTextarea({ id, label, maxLength, rows = 3, read, write, class: className }: Props) {
  const text = useSavedText(id, { read, write });
  const [cut, setCut] = useState<{ kept: number; cut: number } | null>(null);

  const onPaste = (event: ClipboardEvent) => {
    const pasted = event.clipboardData?.getData('text') ?? '';
    const field = event.currentTarget as HTMLTextAreaElement;
    const room = maxLength - (field.value.length - (field.selectionEnd - field.selectionStart));
    // The browser keeps only what fits; say so, and how much did not.
    setCut(pasted.length > room ? { kept: Math.max(0, room), cut: pasted.length - Math.max(0, room) } : null);
  };

  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        maxLength={maxLength}
        value={text.draft}
        onInput={(event) => text.onInput(event.currentTarget.value.slice(0, maxLength))}
        onPaste={onPaste}
        onBlur={text.flush}
        aria-describedby={cut ? `${id}-cut` : undefined}
      />
      {cut && (
        <p class="field__error" id={`${id}-cut`} role="status">
          {t.field.cut(cut.kept, cut.cut)}
        </p>
      )}
      <FieldConflict id={id} text={text} both />
    </div>
  );
}, ['read', 'write']);
