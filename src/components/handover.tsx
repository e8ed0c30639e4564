/**
 * The full-screen "give the tablet to …" page between participants on a
 * shared device. It shows nothing of the previous person's input.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

interface Props {
  title: string;
  body: string;
  startLabel: string;
  onStart: () => void;
  /** Others who have not finished, if the next person is not at hand. */
  others?: Array<{ id: string; label: string }>;
  onChoose?: (id: string) => void;
  children?: ComponentChildren;
}

export function Handover({ title, body, startLabel, onStart, others = [], onChoose, children }: Props) {
  return (
    <section class="handover" aria-labelledby="handover-title">
      <h1 id="handover-title">{title}</h1>
      <p>{body}</p>
      <button class="button button--primary button--large" type="button" onClick={onStart}>
        {startLabel}
      </button>
      {others.length > 0 && onChoose && (
        <details class="handover__others">
          <summary>{t.score.handover.other}</summary>
          <ul class="plain-list">
            {others.map((p) => (
              <li key={p.id}>
                <button class="button" type="button" onClick={() => onChoose(p.id)}>
                  {t.score.handover.choose(p.label)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {children}
    </section>
  );
}
