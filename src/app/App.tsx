/** The shell: header, navigation and the current screen. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { NotFound } from '../components/not-found';
import { ScreenBoundary } from '../components/screen-boundary';
import { ErrorNotice, ReloadNotice } from '../components/status';
import { PwaNotices } from '../pwa/notices';
import { HomeScreen } from '../screens/home';
import { chooseLocale, loadWorkshopWords, t } from '../i18n';
import { AppContext, type AppState } from './app-state';
import { lazyScreen } from './lazy-screen';
import { href, type Route } from './routes';
import { useRoute } from './use-route';

const HusetScreen = lazyScreen(() => import('../screens/huset').then((m) => m.HusetScreen));
const AboutScreen = lazyScreen(() => import('../screens/about').then((m) => m.AboutScreen));
const DataScreen = lazyScreen(() => import('../screens/data').then((m) => m.DataScreen));
const ParticipantScreen = lazyScreen(() =>
  Promise.all([import('../own-devices/participant'), loadWorkshopWords()]).then(async ([m]) => {
    await m.loadOwnDeviceWords();
    return m.ParticipantScreen;
  }),
);
const MyAnswersScreen = lazyScreen(() =>
  import('../own-devices/participant').then(async (m) => {
    await m.loadOwnDeviceWords();
    return m.MyAnswersScreen;
  }),
);
// The workshop's screens bring the steps' words (i18n/workshop.*.ts) with them.
const WorkshopScreen = lazyScreen(() => Promise.all([import('../screens/workshop'), loadWorkshopWords()]).then(([m]) => m.WorkshopScreen));
const PresenterScreen = lazyScreen(() => Promise.all([import('../screens/presenter'), loadWorkshopWords()]).then(([m]) => m.PresenterScreen));

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'huset':
      return <HusetScreen />;
    case 'about':
      return <AboutScreen />;
    case 'data':
      return <DataScreen />;
    case 'workshop':
      return <WorkshopScreen id={route.id} view={route.view} />;
    case 'answer':
      return <ParticipantScreen code={route.code} />;
    case 'my-answers':
      return <MyAnswersScreen />;
    case 'presenter':
      return <PresenterScreen id={route.id} />;
    case 'not-found':
      return <NotFound body={t.notFound.body} />;
  }
}

/** The document title of each screen, read when it renders (in the chosen language). */
function title(route: Route['name']): string {
  const titles: Record<Route['name'], string> = {
    home: t.nav.home,
    huset: t.nav.huset,
    about: t.nav.about,
    data: t.nav.data,
    workshop: t.home.title,
    answer: t.answerDocumentTitle,
    'my-answers': t.myAnswersDocumentTitle,
    presenter: t.presenter.title,
    'not-found': t.notFound.title,
  };
  return titles[route];
}

export function App({ state }: { state: AppState }) {
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const [startFailed, setStartFailed] = useState(false);

  const [upgradedElsewhere, setUpgradedElsewhere] = useState(false);
  useEffect(() => {
    // Another tab opened a newer database version: Dexie closes ours; say so instead of failing.
    const onVersionChange = () => setUpgradedElsewhere(true);
    state.db.on('versionchange', onVersionChange);
    return () => state.db.on('versionchange').unsubscribe(onVersionChange);
  }, [state]);

  useEffect(() => {
    state.ready.catch((error: unknown) => {
      console.error(error);
      setStartFailed(true);
    });
  }, [state]);

  useEffect(() => {
    document.title = `${title(route.name)} – ${t.appName}`;
    // Move focus to the new screen so keyboard and screen-reader users start at its top.
    if (firstRender.current) firstRender.current = false;
    else mainRef.current?.focus();
  }, [route]);

  const current = (name: Route['name']) => (route.name === name ? 'page' : undefined);
  const problems = (
    <>
      {startFailed && <ErrorNotice message={t.storageError} />}
      {upgradedElsewhere && <ReloadNotice message={t.upgradedElsewhere} button={t.reload} />}
    </>
  );

  const screen = (
    // (A class, not `main:has(.presenter)` in CSS: a :has() on <main> is matched again on changes
    // anywhere inside it, keystrokes included; in the typing benchmark the median was ~3 ms lower, #14.)
    <main id="main" ref={mainRef} tabIndex={-1} class={route.name === 'presenter' ? 'main--presenter' : undefined}>
      {problems}
      <ScreenBoundary resetKey={JSON.stringify(route)}>
        <Screen route={route} />
      </ScreenBoundary>
    </main>
  );

  // The presenter view fills a window of its own on the projector: no header, no menus.
  if (route.name === 'presenter') {
    return (
      <AppContext.Provider value={state}>
        {screen}
      </AppContext.Provider>
    );
  }

  return (
    <AppContext.Provider value={state}>
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        {t.skipToContent}
      </a>
      <header class="app-header">
        <a class="app-header__name" href={href({ name: 'home' })}>
          {t.appName}
          <span class="app-header__tagline">{t.appTagline}</span>
        </a>
        <nav aria-label={t.nav.label}>
          <ul class="nav">
            <li>
              <a href={href({ name: 'home' })} aria-current={current('home')}>
                {t.nav.home}
              </a>
            </li>
            <li>
              <a href={href({ name: 'huset' })} aria-current={current('huset')}>
                {t.nav.huset}
              </a>
            </li>
            <li>
              <a href={href({ name: 'about' })} aria-current={current('about')}>
                {t.nav.about}
              </a>
            </li>
            <li>
              <a href={href({ name: 'data' })} aria-current={current('data')}>
                {t.nav.data}
              </a>
            </li>
          </ul>
        </nav>
        {/* Named in the language it switches to; the page reloads in it, and everything typed is already saved. */}
        <button class="language-switch" type="button" lang={t.language.other} onClick={() => chooseLocale(t.language.other)}>
          {t.language.switchTo}
        </button>
      </header>
      {screen}
      {/* After the screen, held at the foot of the window: a notice that comes never moves what is on it (issue #16). */}
      <PwaNotices />
    </AppContext.Provider>
  );
}
