/**
 * The entry: the start page's stylesheets, then, once the prerendered page
 * has been painted, the app itself (app/start.tsx).
 *
 * index.html already holds the Forside (scripts/prerender-plugin.ts). Nothing
 * of the app's code goes before that paint: neither running it (on a slow
 * phone a tenth of a second or more) nor fetching it, which on a slow line
 * would share the bandwidth with the stylesheet the paint waits for.
 */
// The base stylesheet first: the stylesheets beside screens and components are bundled after it, so they may refine it.
import './app/app.css';
// The Forside is in the page from the start, so its stylesheet must be too (not loaded with the code).
import './screens/home/home.css';

let started = false;
const start = () => {
  if (started) return;
  started = true;
  import('./app/start').catch((error: unknown) => console.error(error));
  // A first visit (no service worker in charge yet) seeds the database from the shipped content:
  // fetched beside the app's code, not one round trip after it (app-state.ts imports it again).
  if (!navigator.serviceWorker?.controller) import('./content/bundled').catch(() => undefined);
};
if (document.visibilityState === 'visible') {
  // A frame's callback runs just before that frame is painted; a task queued from it runs after.
  requestAnimationFrame(() => setTimeout(start, 0));
  // (In case no frame comes, e.g. the window is hidden meanwhile.)
  setTimeout(start, 250);
} else {
  start();
}
