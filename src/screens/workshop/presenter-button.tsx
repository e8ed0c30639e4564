/**
 * "Vis på storskærm": opens the presenter view (src/screens/presenter/) in a
 * window of its own, which a facilitator drags to the projector and puts in
 * full screen, while this window keeps the normal view. The frame tells that
 * window where the meeting is (follow.ts); when it is closed, the focus comes
 * back to this button. A browser that refuses the window shows the
 * presenter view in this one.
 */
import { useRef } from 'preact/hooks';
import { href, type WorkshopView } from '../../app/routes';
import { navigate } from '../../app/use-route';
import { openDialogueBlock, useAnnouncePosition } from '../presenter/follow';
import { t } from '../../i18n';
import './presenter-button.css';

interface Props {
  workshop: string;
  view: WorkshopView;
  /** "Vis resultaterne nu" was pressed on a shared tablet mid-round. */
  unlocked: boolean;
}

export function PresenterButton({ workshop, view, unlocked }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  const open = openDialogueBlock.value;
  const block = view === 'dialog' && open?.workshop === workshop ? open.block : undefined;
  useAnnouncePosition(workshop, { view, block, unlocked }, () => {
    window.focus();
    button.current?.focus();
  });
  const show = () => {
    const route = { name: 'presenter', id: workshop } as const;
    // One presenter window per workshop: a second press brings the same one forward.
    const opened = window.open(href(route), `kom-i-hus-storskaerm-${workshop}`);
    if (opened) opened.focus();
    else navigate(route);
  };
  return (
    <div class="presenter-open">
      <button class="button" type="button" ref={button} onClick={show} aria-describedby="presenter-open-hint">
        {t.presenter.open}
      </button>
      <span class="hint" id="presenter-open-hint">
        {t.presenter.openHint}
      </span>
    </div>
  );
}
