/** Start-up (loaded by main.tsx after the first paint): the chosen language, then render the app (which opens the database and seeds the content), then the service worker. */
import { render } from 'preact';
import { App } from './App';
import { createAppState } from './app-state';
import { parseRoute } from './routes';
import { keepFocusedFieldInView } from './keyboard';
import { prepareContentLanguage } from '../content/language';
import { chosenLocale, startLocale, t } from '../i18n';
// Static: the notices and lazy screens read its state anyway; workbox-window itself is loaded inside startServiceWorker.
import { startServiceWorker } from '../pwa/sw-bridge';
import { loadHomeData } from '../screens/home/data';

/** How long the first render waits for the Forside's data (read in a few ms on a working device). */
const FIRST_READ_WAIT_MS = 3000;

async function start(): Promise<void> {
  // The chosen language's words and the booklet's translation, before anything renders (Danish needs no loading).
  // Not a top-level await: that would make the bundler split the start-up code into many small chunks.
  await Promise.all([startLocale(), prepareContentLanguage(chosenLocale())]);
  document.documentElement.lang = t.locale;
  const root = document.getElementById('app');
  if (!root) return;
  const state = createAppState();
  // index.html holds the Forside, built ahead (scripts/prerender-plugin.ts). On the Forside, render
  // once this device's data is read, so the first render keeps that page instead of swapping it for
  // "Henter …" and back. (A failure to read is shown by the Forside itself.)
  // The wait is short: a read that does not answer (a browser holding the data locked, issue #15) must not
  // leave the prerendered page inert; the Forside then shows "Henter …" and, if it lasts, what to do.
  if (root.firstElementChild && parseRoute(location.hash).name === 'home') {
    const read = state.ready.then(() => loadHomeData(state.db)).catch(() => undefined);
    state.firstHome = await Promise.race([read, new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_READ_WAIT_MS))]);
  }
  // Over the prerendered elements: render() reuses those that match and corrects the rest.
  try {
    render(<App state={state} />, root);
  } finally {
    // The prerendered page takes clicks and keys from now on.
    root.removeAttribute('inert');
  }
  keepFocusedFieldInView();
}

// Registering the service worker waits for the first render, so it never delays the app.
void start()
  .then(() => startServiceWorker())
  .catch((error: unknown) => console.error(error));
