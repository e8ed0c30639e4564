/** The app's addresses. Hash routes, so every screen works offline from one cached index.html. */
import type { Step } from '../domain/workshop';

/** The screens inside one workshop, in the order of the flow. */
export const WORKSHOP_VIEWS = ['opsaetning', 'besvar', 'resultater', 'prioriter', 'dialog', 'handleplan'] as const;
/** Views that are not steps of the flow (not in the step navigation). */
export const EXTRA_VIEWS = ['udskriv'] as const;
export type WorkshopView = (typeof WORKSHOP_VIEWS)[number] | (typeof EXTRA_VIEWS)[number];

/** Where an opened workshop resumes: the screen of the step it got to. */
export function resumeView(step: Step): WorkshopView {
  if (step === 'setup') return 'opsaetning';
  if (step === 'score') return 'besvar';
  if (step === 'results') return 'resultater';
  if (step === 'prioritise') return 'prioriter';
  if (step === 'dialogue') return 'dialog';
  return 'handleplan';
}

export type Route =
  | { name: 'home' }
  | { name: 'huset' }
  | { name: 'about' }
  | { name: 'data' }
  /** Without a view: resume where the workshop got to. */
  | { name: 'workshop'; id: string; view?: WorkshopView }
  /** A participant's own phone, opened from the invitation (its code follows `#/svar/`). */
  | { name: 'answer'; code: string }
  /** "Mine besvarelser": the invitations answered on this phone. */
  | { name: 'my-answers' }
  /** The presenter view of a workshop, for a second window on the projector ("Vis på storskærm"). */
  | { name: 'presenter'; id: string }
  | { name: 'not-found' };

/** The last part of a workshop's presenter address: #/moede/<id>/storskaerm. */
const PRESENTER_PATH = 'storskaerm';

const WORKSHOP_PATH = /^\/moede\/([a-z0-9][a-z0-9-]{0,63})(?:\/([a-z-]+))?$/;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { name: 'home' };
  if (path === '/huset') return { name: 'huset' };
  if (path === '/om') return { name: 'about' };
  if (path === '/data') return { name: 'data' };
  if (path === '/svar') return { name: 'my-answers' };
  const answer = /^\/svar\/([A-Za-z0-9_-]{1,2000})$/.exec(path);
  if (answer?.[1]) return { name: 'answer', code: answer[1] };
  const workshop = WORKSHOP_PATH.exec(path);
  if (workshop?.[1]) {
    const view = workshop[2];
    if (view === undefined) return { name: 'workshop', id: workshop[1] };
    if (view === PRESENTER_PATH) return { name: 'presenter', id: workshop[1] };
    if (([...WORKSHOP_VIEWS, ...EXTRA_VIEWS] as readonly string[]).includes(view)) return { name: 'workshop', id: workshop[1], view: view as WorkshopView };
  }
  return { name: 'not-found' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'huset':
      return '#/huset';
    case 'about':
      return '#/om';
    case 'data':
      return '#/data';
    case 'workshop':
      return route.view ? `#/moede/${route.id}/${route.view}` : `#/moede/${route.id}`;
    case 'answer':
      return `#/svar/${route.code}`;
    case 'my-answers':
      return '#/svar';
    case 'presenter':
      return `#/moede/${route.id}/${PRESENTER_PATH}`;
    case 'not-found':
      return '#/ukendt';
  }
}
