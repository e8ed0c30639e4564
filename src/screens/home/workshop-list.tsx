/**
 * The list of workshops on this device, one line per series of rounds with
 * its latest round (domain/rounds.ts): open it, start the next round, open an
 * earlier round (one tap away), or delete the latest round after a confirmation.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { href } from '../../app/routes';
import { navigate } from '../../app/use-route';
import { groupBySeries } from '../../domain/series';
import type { Questionnaire } from '../../domain/content';
import type { Workshop } from '../../domain/workshop';
import { deleteWorkshop } from '../../db/workshops';
import { forgetDrafts } from '../../components/draft-journal';
import { focusMark, focusUnlessMoved } from '../../components/focus-unless-moved';
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
  const [openSeries, setOpenSeries] = useState<string | null>(null);
  const [nextFailed, setNextFailed] = useState(false);

  const startNext = async (last: Workshop) => {
    try {
      const { startNextRound } = await import('../../rounds/start-next');
      const next = await startNextRound(app, last);
      navigate({ name: 'workshop', id: next.id, view: 'opsaetning' });
    } catch (error) {
      console.error(error);
      setNextFailed(true);
    }
  };

  const remove = async (workshop: Workshop) => {
    const mark = focusMark();
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
    focusUnlessMoved(headingRef.current, mark);
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
      {nextFailed && <ErrorNotice message={t.home.nextRoundFailed} />}
      {app.prerendering ? (
        // The page built ahead knows nothing of this device: "Henter …" until app/start.tsx has read it, never
        // "ingen dialogmøder"; in the same box as that, so the form below does not move when it comes.
        <p class="empty" role="status">
          {t.loading}
        </p>
      ) : workshops.length === 0 ? (
        <p class="empty">{t.home.empty}</p>
      ) : (
        <ul class="workshops">
          {groupBySeries(workshops).map(({ id, rounds, latest: w }) => (
            <li class="card workshop" key={id}>
              <div class="workshop__text">
                <h3 class="workshop__title">
                  <a href={href({ name: 'workshop', id: w.id })}>{w.title}</a>
                </h3>
                <p class="workshop__meta">
                  {rounds.length > 1 && `${t.home.round(rounds.length)} · `}
                  {t.formatDate(w.date)} · {questionnaireTitle(w)} · {t.home.progress(t.steps[w.step])}
                </p>
                {rounds.length > 1 && (
                  <>
                    <button
                      class="button button--quiet"
                      type="button"
                      aria-expanded={openSeries === id ? 'true' : 'false'}
                      aria-controls={`rounds-${id}`}
                      aria-label={t.home.earlierLabel(rounds.length - 1, w.title)}
                      onClick={() => setOpenSeries(openSeries === id ? null : id)}
                    >
                      {t.home.earlier(rounds.length - 1)}
                    </button>
                    <ol class="workshop__rounds" id={`rounds-${id}`} hidden={openSeries !== id}>
                      {rounds.slice(0, -1).map((round, i) => (
                        <li key={round.id}>
                          <a href={href({ name: 'workshop', id: round.id })}>
                            {t.home.round(i + 1)} · {t.formatDate(round.date)}
                          </a>{' '}
                          · {t.home.progress(t.steps[round.step])}
                        </li>
                      ))}
                    </ol>
                  </>
                )}
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
                  <button class="button" type="button" aria-label={t.home.nextRoundLabel(w.title)} onClick={() => void startNext(w)}>
                    {t.home.nextRound}
                  </button>
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
