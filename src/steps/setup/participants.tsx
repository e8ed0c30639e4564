/** Step 0: the participant list — add, name, choose a role, mark "svarer senere", remove (asking first if they answered). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { addParticipant, hasAnswers, removeParticipant, updateParticipant, usualRole } from '../../domain/setup';
import { LIMITS, ROLES, type Role } from '../../domain/workshop';
import { focusMark, focusUnlessMoved, type FocusMark } from '../../components/focus-unless-moved';
import { SavedInput } from '../../components/saved-input';
import { t } from '../../i18n';
import type { OpenStep } from '../step-context';

export function ParticipantList({ workshop, labels, save }: Pick<OpenStep, 'workshop' | 'labels' | 'save'>) {
  const app = useAppState();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  /** Where the focus was at the tap that asked for the focus move (see focus-unless-moved.ts). */
  const tapMark = useRef<FocusMark>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const solo = workshop.mode === 'solo';

  useEffect(() => {
    if (!focusId) return;
    const row = listRef.current?.querySelector(`[data-participant="${focusId}"]`);
    // A new row: its name field. A confirmation: "Fortryd", the safe choice.
    focusUnlessMoved(row?.querySelector<HTMLElement>('input, .confirm button:last-child'), tapMark.current);
    setFocusId(null);
  }, [focusId, workshop.participants, confirming]);

  const add = async () => {
    const id = app.newId();
    tapMark.current = focusMark();
    if (await save((w) => addParticipant(w, { id, name: '', role: usualRole(w) }))) setFocusId(id);
  };

  const remove = async (id: string) => {
    const label = labels.get(id) ?? '';
    const mark = focusMark();
    if (await save((w) => removeParticipant(w, id))) {
      setConfirming(null);
      setAnnouncement(t.setup.removed(label));
      focusUnlessMoved(addRef.current, mark);
    }
  };

  const askOrRemove = (id: string) => {
    if (hasAnswers(workshop, id)) {
      setConfirming(id);
      tapMark.current = focusMark();
      setFocusId(id);
    } else void remove(id);
  };

  return (
    <fieldset class="card participants">
      <legend>{t.setup.participants}</legend>
      <p class="hint">{t.setup.participantsHint}</p>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      <ol class="participants__list" ref={listRef}>
        {workshop.participants.map((p, index) => (
          <li key={p.id} class="participant" data-participant={p.id}>
            {confirming === p.id ? (
              <div class="confirm" role="group" aria-label={t.setup.removeParticipant(labels.get(p.id) ?? '')}>
                <p>{t.setup.confirmRemove(labels.get(p.id) ?? '')}</p>
                <div class="actions">
                  <button class="button button--danger" type="button" onClick={() => void remove(p.id)}>
                    {t.setup.confirmRemoveYes}
                  </button>
                  <button class="button" type="button" onClick={() => setConfirming(null)}>
                    {t.setup.confirmRemoveNo}
                  </button>
                </div>
              </div>
            ) : (
              <>
                <SavedInput
                  id={`participant-name-${p.id}`}
                  class="participant__name"
                  label={t.setup.participantName(index + 1)}
                  read={(w) => w.participants.find((x) => x.id === p.id)?.name ?? ''}
                  write={(w, name) => updateParticipant(w, p.id, { name })}
                  maxLength={LIMITS.name}
                  autocomplete="off"
                />
                <div class="field participant__role">
                  <label for={`participant-role-${p.id}`}>{t.setup.participantRole(index + 1)}</label>
                  <select
                    id={`participant-role-${p.id}`}
                    value={p.role}
                    onChange={(e) => {
                      const role = (e.currentTarget as HTMLSelectElement).value as Role;
                      void save((w) => updateParticipant(w, p.id, { role }));
                    }}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t.roles[role]}
                      </option>
                    ))}
                  </select>
                </div>
                {workshop.mode === 'group' && (
                  <label class="check participant__later">
                    <input
                      type="checkbox"
                      checked={!!p.answersLater}
                      onChange={(e) => {
                        const answersLater = (e.currentTarget as HTMLInputElement).checked;
                        void save((w) => updateParticipant(w, p.id, { answersLater }));
                      }}
                    />
                    {t.setup.answersLater}
                  </label>
                )}
                <button
                  class="button button--quiet participant__remove"
                  type="button"
                  aria-label={t.setup.removeParticipant(labels.get(p.id) ?? String(index + 1))}
                  onClick={() => askOrRemove(p.id)}
                >
                  {t.setup.remove}
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      {!(solo && workshop.participants.length >= 1) && workshop.participants.length < LIMITS.participants && (
        <button class="button" type="button" ref={addRef} onClick={() => void add()}>
          {t.setup.addParticipant}
        </button>
      )}
    </fieldset>
  );
}
