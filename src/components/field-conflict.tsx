/** The other version of a field's text, changed elsewhere while someone typed here, and the choice of what to keep. */
import { t } from '../i18n';
import type { SavedText } from './use-saved-text';

export function FieldConflict({ id, text, both }: { id: string; text: SavedText; both?: boolean }) {
  if (text.conflict === null) return null;
  return (
    <div class="notice notice--warning field__conflict" role="alert" id={`${id}-conflict`}>
      <p>{t.field.conflict}</p>
      <blockquote class="field__other">{text.conflict || '–'}</blockquote>
      <div class="actions">
        <button class="button" type="button" onClick={text.keepMine}>
          {t.field.keepMine}
        </button>
        <button class="button" type="button" onClick={text.takeTheirs}>
          {t.field.takeTheirs}
        </button>
        {both && (
          <button class="button" type="button" onClick={text.keepBoth}>
            {t.field.keepBoth}
          </button>
        )}
      </div>
    </div>
  );
}
