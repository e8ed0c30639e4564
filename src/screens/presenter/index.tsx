/**
 * The presenter view ("Vis på storskærm", issue #12): one thing per screen in
 * type that reads from the back of the room, in a window of its own for the
 * projector. It reads the same workshop as the facilitator's window (through
 * IndexedDB and the live query) and starts at, and moves with, where the
 * facilitator's window says the meeting is (follow.ts); ← and → (and a
 * clicker's Page Up/Down) move between the screens in between, Esc closes.
 * Everything it shows is also on the normal screens; it shows no answers
 * while a shared tablet's round is under way, unless the results were opened.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { navigate } from '../../app/use-route';
import { NotFound } from '../../components/not-found';
import { ErrorNotice, Loading } from '../../components/status';
import { summarise } from '../../domain/scoring';
import { useWorkshopSession } from '../../session/use-workshop-session';
import { t } from '../../i18n';
import { answersHidden } from '../workshop/results-gate';
import { useMeetingPosition } from './follow';
import { presenterScreens, screenAt, screenKey } from './screens';
import { FullscreenButton } from './fullscreen';
import { BlocksSlide, DialogueSlide, GateSlide, OpenersSlide, PlanSlide, RankingSlide } from './slides';
import './presenter.css';

export function PresenterScreen({ id }: { id: string }) {
  const app = useAppState();
  const opened = useWorkshopSession(app.db, id, app.now);
  const { position, leave } = useMeetingPosition(id);
  const workshop = opened.status === 'ready' ? opened.session.workshop.value : undefined;
  const screens = workshop ? presenterScreens(workshop) : [];
  const keys = screens.map(screenKey);
  const at = workshop ? screenAt(workshop, position) : '';
  // A screen chosen here with ← or → holds until the facilitator moves the meeting on.
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => setChosen(null), [at]);
  const current = chosen && keys.includes(chosen) ? chosen : at;
  const index = Math.max(0, keys.indexOf(current));

  const questionnaire = opened.status === 'ready' ? opened.content.questionnaire : undefined;
  // No answers while a shared tablet goes round, unless the facilitator's window opened the results.
  const hidden = !!workshop && !!questionnaire && answersHidden(workshop, questionnaire, 'resultater') && !position?.unlocked;
  // The screen shown, also between a key and the render it causes: two quick presses move two screens.
  const shown = useRef(index);
  shown.current = index;
  const go = (direction: -1 | 1) => {
    if (hidden) return;
    const to = Math.min(keys.length - 1, Math.max(0, shown.current + direction));
    const next = keys[to];
    if (!next) return;
    shown.current = to;
    setChosen(next);
  };
  const close = () => {
    leave();
    window.close();
    // Not a window this app opened (the address typed, or the presenter view shown in the same window): back to the meeting.
    if (!window.closed) navigate({ name: 'workshop', id, view: position?.view });
  };

  // The keys act on the screen as last rendered. A listener set up again after each render would,
  // between a render's paint and its effect, still act on the screen before: a quick ← right after
  // → then skipped a screen. So one listener reads the latest `go` and `close` from a ref.
  const latest = useRef({ go, close });
  latest.current = { go, close };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') latest.current.go(1);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') latest.current.go(-1);
      else if (event.key === 'Escape') latest.current.close();
      else return;
      event.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const summary = useMemo(
    () => (questionnaire && workshop ? summarise(questionnaire, workshop.answers, workshop.participants.map((p) => p.id)) : null),
    [questionnaire, workshop?.answers, workshop?.participants],
  );

  if (opened.status === 'loading') return <Loading />;
  if (opened.status === 'error') return <ErrorNotice message={t.storageError} />;
  if (opened.status === 'not-found' || !workshop) return <NotFound body={t.workshop.notFound} />;
  const { huset, dialog } = opened.content;
  if (!questionnaire || !huset || !dialog || !summary) return <ErrorNotice message={t.workshop.questionnaireMissing} />;

  const screen = screens[index];
  const content = { workshop, questionnaire, huset, dialog, summary };
  return (
    <div class="presenter" data-screen={hidden ? 'gate' : current}>
      <p class="presenter__workshop">
        {workshop.title} · {t.formatDate(workshop.date)}
      </p>
      <div class="presenter__screen">
        {hidden ? (
          <GateSlide {...content} />
        ) : screen?.kind === 'blocks' ? (
          <BlocksSlide {...content} />
        ) : screen?.kind === 'openers' ? (
          <OpenersSlide {...content} />
        ) : screen?.kind === 'ranking' ? (
          <RankingSlide {...content} />
        ) : screen?.kind === 'dialogue' ? (
          <DialogueSlide {...content} block={screen.block} />
        ) : (
          <PlanSlide {...content} />
        )}
      </div>
      <nav class="presenter__controls" aria-label={t.presenter.controls}>
        <button class="button" type="button" onClick={() => go(-1)} disabled={hidden || index === 0}>
          <span aria-hidden="true">←</span>
          {t.presenter.previous}
        </button>
        <p class="presenter__position" role="status">
          {hidden ? '' : t.presenter.position(index + 1, keys.length)}
        </p>
        <button class="button" type="button" onClick={() => go(1)} disabled={hidden || index === keys.length - 1}>
          {t.presenter.next}
          <span aria-hidden="true">→</span>
        </button>
        <FullscreenButton />
        <button class="button" type="button" onClick={close}>
          {t.presenter.close}
        </button>
        <p class="presenter__keys">{t.presenter.keys}</p>
      </nav>
    </div>
  );
}
