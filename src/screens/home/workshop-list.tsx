/** The list of workshops on this device: open one, or delete it after a confirmation. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { href } from '../../app/routes';
import type { Questionnaire } from '../../domain/content';
import type { Workshop } from '../../domain/workshop';
import { deleteWorkshop } from '../../db/workshops';
import { forgetDrafts } from '../../components/draft-journal';
import { ErrorNotice } from '../../components/status';
import { t } from '../../i18n';

interface Props {
  workshops: Workshop[];
  questionnaires: Questionnaire[];
}

export function WorkshopList({ workshops, questionnaires }: Props) {
  const app = useAppState();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const [failed, setFailed] = useState(false);

  const remove = async (workshop: Workshop) => {
    try {
      await deleteWorkshop(app.db, workshop.id);
      forgetDrafts(workshop.id);
    } catch (error) {
      console.error(error);
      setFailed(true);
      return;
    }
    setFailed(false);
    setConfirming(null);
    setAnnouncement(t.home.deleted(workshop.title));
    headingRef.current?.focus();
  };

  const questionnaireTitle = (w: Workshop) =>
    questionnaires.find((q) => q.id === w.questionnaire.id)?.shortTitle ?? w.questionnaire.id;

  return (
    <section aria-labelledby="workshops-title">
      <h2 id="workshops-title" tabIndex={-1} ref={headingRef}>
        {t.home.listLabel}
      </h2>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      {failed && <ErrorNotice message={t.home.deleteFailed} />}
      {workshops.length === 0 ? (
        <p class="empty">{t.home.empty}</p>
      ) : (
        <ul class="workshops">
          {workshops.map((w) => (
            <li class="card workshop" key={w.id}>
              <div class="workshop__text">
                <h3 class="workshop__title">
                  <a href={href({ name: 'workshop', id: w.id })}>{w.title}</a>
                </h3>
                <p class="workshop__meta">
                  {t.formatDate(w.date)} · {questionnaireTitle(w)} · {t.home.progress(t.steps[w.step])}
                </p>
              </div>
              {confirming === w.id ? (
                <div class="confirm" role="group" aria-label={t.home.deleteLabel(w.title)}>
                  <p>{t.home.confirmDelete(w.title)}</p>
                  <div class="actions">
                    <button class="button button--danger" type="button" onClick={() => void remove(w)}>
                      {t.home.confirmYes}
                    </button>
                    <button class="button" type="button" ref={cancelRef} onClick={() => setConfirming(null)}>
                      {t.home.confirmNo}
                    </button>
                  </div>
                </div>
              ) : (
                <div class="actions">
                  <button
                    class="button button--quiet"
                    type="button"
                    aria-label={t.home.deleteLabel(w.title)}
                    onClick={() => setConfirming(w.id)}
                  >
                    {t.home.delete}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
