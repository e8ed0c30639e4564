/** One action-plan item: what, who, when, and whether it is an action or a need for discussion. */
import { useEffect, useState } from 'preact/hooks';
import { SavedInput } from '../../components/saved-input';
import { SavedTextarea } from '../../components/saved-textarea';
import { LIMITS, type ActionItem } from '../../domain/workshop';
import { updateItem } from '../../domain/plan';
import { t } from '../../i18n';
import type { StepProps } from '../step-props';
import { planDateMessage } from './plan-date';

interface Props extends Pick<StepProps, 'save'> {
  item: ActionItem;
  number: number;
  first: boolean;
  last: boolean;
  datalistId: string;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  template: StepProps['dialog']['planTemplate'];
}

export function ItemEditor({ item, number, first, last, datalistId, onMove, onRemove, save, template }: Props) {
  const write = (change: Partial<Omit<ActionItem, 'id'>>) => save((w) => updateItem(w, item.id, change));
  const set = (change: Partial<Omit<ActionItem, 'id'>>) => void write(change);
  const prefix = `item-${item.id}`;
  // The kind just tapped is shown at once; on a slow tablet the radio would otherwise
  // spring back until the write is done (found by the stress run, #18). Until #14's
  // session store applies every change at once, this one overlay stays here.
  const [tappedKind, setTappedKind] = useState<ActionItem['kind'] | null>(null);
  const kind = tappedKind ?? item.kind;
  useEffect(() => {
    if (tappedKind === item.kind) setTappedKind(null);
  }, [item.kind, tappedKind]);
  const chooseKind = (next: ActionItem['kind']) => {
    setTappedKind(next);
    void write({ kind: next }).then((ok) => ok || setTappedKind(null));
  };
  return (
    <li class="plan-item" data-item={item.id}>
      <fieldset class="plan-item__box">
        <legend>{t.plan.item(number)}</legend>
        <SavedTextarea id={`${prefix}-what`} label={template.what} value={item.what} rows={2} maxLength={LIMITS.itemText} onSave={(what) => set({ what })} />
        <div class="plan-item__row">
          <SavedInput
            id={`${prefix}-who`}
            class="plan-item__who"
            label={template.who}
            value={item.who}
            list={datalistId}
            autocomplete="off"
            maxLength={LIMITS.itemText}
            onSave={(who) => set({ who })}
          />
          <SavedInput id={`${prefix}-when`} class="plan-item__when" label={t.plan.whenText} value={item.when} maxLength={LIMITS.name} onSave={(when) => set({ when })} />
          <SavedInput
            id={`${prefix}-date`}
            class="plan-item__date"
            type="date"
            label={t.plan.whenDate}
            value={item.whenDate ?? ''}
            check={planDateMessage}
            onSave={(value) => set({ whenDate: value === '' ? null : value })}
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
          <SavedInput id={`${prefix}-forum`} label={t.plan.forum} value={item.forum} maxLength={LIMITS.name} onSave={(forum) => set({ forum })} />
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
