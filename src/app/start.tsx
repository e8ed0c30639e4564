/** Start-up: the chosen language, then render the app (which opens the database and seeds the content), then the service worker. */
// The base stylesheet first: the stylesheets beside screens and components are bundled after it, so they may refine it.
import './app/app.css';
import { render } from 'preact';
import { App } from './app/App';
import { createAppState } from './app/app-state';
import { keepFocusedFieldInView } from './app/keyboard';
import { prepareContentLanguage } from './content/language';
import { chosenLocale, startLocale, t } from './i18n';
// Static: the notices and lazy screens read its state anyway; workbox-window itself is loaded inside startServiceWorker.
import { startServiceWorker } from './pwa/sw-bridge';

async function start(): Promise<void> {
  // The chosen language's words and the booklet's translation, before anything renders (Danish needs no loading).
  // Not a top-level await: that would make the bundler split the start-up code into many small chunks.
  await Promise.all([startLocale(), prepareContentLanguage(chosenLocale())]);
  document.documentElement.lang = t.locale;
  const root = document.getElementById('app');
  if (root) render(<App state={createAppState()} />, root);
  keepFocusedFieldInView();
}

// Registering the service worker waits for the first render, so it never delays the app.
void start()
  .then(() => startServiceWorker())
  .catch((error: unknown) => console.error(error));
