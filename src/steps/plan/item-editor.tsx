/** One action-plan item: what, who, when, and whether it is an action or a need for discussion. */
import { SavedInput } from '../../components/saved-input';
import { SavedTextarea } from '../../components/saved-textarea';
import { LIMITS, type ActionItem, type Workshop } from '../../domain/workshop';
import { updateItem } from '../../domain/plan';
import { t } from '../../i18n';
import type { OpenStep } from '../step-context';
import { planDateMessage } from './plan-date';

interface Props extends Pick<OpenStep, 'save'> {
  item: ActionItem;
  number: number;
  first: boolean;
  last: boolean;
  datalistId: string;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  template: OpenStep['dialog']['planTemplate'];
}

export function ItemEditor({ item, number, first, last, datalistId, onMove, onRemove, save, template }: Props) {
  const set = (change: Partial<Omit<ActionItem, 'id'>>) => void save((w) => updateItem(w, item.id, change));
  /** One text of this item, as a field reads and writes it in the workshop. */
  const text = (key: 'what' | 'who' | 'when' | 'forum') => ({
    read: (w: Workshop) => w.plan.items.find((i) => i.id === item.id)?.[key] ?? '',
    write: (w: Workshop, value: string) => updateItem(w, item.id, { [key]: value }),
  });
  const prefix = `item-${item.id}`;
  const kind = item.kind;
  const chooseKind = (next: ActionItem['kind']) => set({ kind: next });
  return (
    <li class="plan-item" data-item={item.id}>
      <fieldset class="plan-item__box">
        <legend>{t.plan.item(number)}</legend>
        <SavedTextarea id={`${prefix}-what`} label={template.what} {...text('what')} rows={2} maxLength={LIMITS.itemText} />
        <div class="plan-item__row">
          <SavedInput
            id={`${prefix}-who`}
            class="plan-item__who"
            label={template.who}
            {...text('who')}
            list={datalistId}
            autocomplete="off"
            maxLength={LIMITS.itemText}
          />
          <SavedInput id={`${prefix}-when`} class="plan-item__when" label={t.plan.whenText} {...text('when')} maxLength={LIMITS.name} />
          <SavedInput
            id={`${prefix}-date`}
            class="plan-item__date"
            type="date"
            label={t.plan.whenDate}
            read={(w) => w.plan.items.find((i) => i.id === item.id)?.whenDate ?? ''}
            write={(w, value) => updateItem(w, item.id, { whenDate: value === '' ? null : value })}
            check={planDateMessage}
          />
        </div>
        <fieldset class="field choices choices--inline">
          <legend>{t.plan.kind}</legend>
          {(['action', 'discussion'] as const).map((option) => (
            <label class="check" key={option}>
              <input type="radio" name={`${prefix}-kind`} checked={kind === option} onChange={() => chooseKind(option)} />
              {t.plan.kinds[option]}
            </label>
          ))}
        </fieldset>
        {kind === 'discussion' && (
          <SavedInput id={`${prefix}-forum`} label={t.plan.forum} {...text('forum')} maxLength={LIMITS.name} />
        )}
        <div class="actions">
          <button class="button" type="button" data-move="-1" aria-label={t.plan.moveUp(number)} disabled={first} onClick={() => onMove(-1)}>
            ↑
          </button>
          <button class="button" type="button" data-move="1" aria-label={t.plan.moveDown(number)} disabled={last} onClick={() => onMove(1)}>
            ↓
          </button>
          <button class="button button--quiet" type="button" aria-label={t.plan.remove(number)} onClick={onRemove}>
            {t.plan.removeShort}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
