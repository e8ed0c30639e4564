/**
 * The page's side of the service worker: registers it, and tells the app
 * when it is ready to work offline and when a new version is waiting. It
 * never reloads by itself: only `applyUpdate()`, after the user asks.
 * Updates are looked for hourly and when the app becomes visible, never
 * while offline.
 */
import type { Workbox } from 'workbox-window';

export interface PwaState {
  /** The app is cached and works without network (first install only). */
  offlineReady: boolean;
  /** A new version is installed and waiting for the user's go-ahead. */
  updateWaiting: boolean;
  /** Another tab switched to the new version; this tab should reload when convenient. */
  updatedElsewhere: boolean;
}

type Listener = (state: PwaState) => void;

let state: PwaState = { offlineReady: false, updateWaiting: false, updatedElsewhere: false };
const listeners = new Set<Listener>();
let workbox: Workbox | undefined;
let userAskedForUpdate = false;

function set(change: Partial<PwaState>): void {
  state = { ...state, ...change };
  for (const listener of listeners) listener(state);
}

export function pwaState(): PwaState {
  return state;
}

export function subscribePwa(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const HOUR = 60 * 60 * 1000;

/** Registers /sw.js (production builds only). */
export async function startServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  workbox = wb;

  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) set({ offlineReady: true });
  });
  wb.addEventListener('waiting', () => set({ updateWaiting: true }));
  // The raw event, not workbox's 'controlling': workbox calls a version found later in the same
  // session "external" and may not flag it as an update, but a change of controller is what counts.
  let hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Reload only when this tab's user asked for the update; other tabs are told instead.
    if (userAskedForUpdate) location.reload();
    else if (hadController) set({ updatedElsewhere: true, updateWaiting: false });
    // The very first install takes charge of the page (clientsClaim): nothing to tell.
    hadController = true;
  });

  await wb.register();

  const check = () => {
    if (navigator.onLine) wb.update().catch(() => undefined);
  };
  setInterval(check, HOUR);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}

/** Switches to the waiting version and reloads this tab (the user asked). */
export function applyUpdate(): void {
  userAskedForUpdate = true;
  if (state.updatedElsewhere || !workbox) location.reload();
  else workbox.messageSkipWaiting();
}
