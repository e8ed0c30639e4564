/**
 * "Skjul navne": the anonymous view for a shared screen. One switch, shown
 * wherever participants are listed (set-up, step 1, step 2 and the results);
 * while it is on, every shared screen, the plan and the PDF name the
 * participants by number alone (the workshop frame's labels).
 */
import { t } from '../i18n';
import { useStep } from './step-context';

export function AnonymousToggle() {
  const { workshop, save } = useStep();
  if (workshop.mode === 'solo') return null;
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={workshop.anonymous}
        onChange={(e) => {
          const anonymous = (e.currentTarget as HTMLInputElement).checked;
          void save((w) => ({ ...w, anonymous }));
        }}
      />
      {t.results.anonymous}
    </label>
  );
}
