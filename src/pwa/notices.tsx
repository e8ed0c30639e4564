/** "Klar til brug uden net" (once) and "Ny version klar – opdater" (never automatic). */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { applyUpdate, pwaState, subscribePwa } from './sw-bridge';

const OFFLINE_NOTICE_SEEN = 'kom-i-hus:offline-notice-seen';

function seen(): boolean {
  try {
    return localStorage.getItem(OFFLINE_NOTICE_SEEN) === '1';
  } catch {
    return false;
  }
}

/** True when a field on screen holds text that could not be saved yet (marked invalid). */
function hasUnsavedInput(): boolean {
  return document.querySelector('[aria-invalid="true"]') !== null;
}

/**
 * The notices are held at the window's foot (app.css): their height goes into `--notices-height`,
 * which the page keeps clear when it scrolls a field into view (scroll-padding, keyboard.ts).
 */
function useNoticesHeight(region: RefObject<HTMLDivElement>): void {
  useEffect(() => {
    const element = region.current;
    const root = document.documentElement;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => root.style.setProperty('--notices-height', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--notices-height');
    };
  }, []);
}

export function PwaNotices() {
  const region = useRef<HTMLDivElement>(null);
  useNoticesHeight(region);
  const [state, setState] = useState(pwaState);
  const [offlineDismissed, setOfflineDismissed] = useState(seen);
  const [later, setLater] = useState(false);
  const [blocked, setBlocked] = useState(false);
  useEffect(() => subscribePwa(setState), []);

  const dismissOffline = () => {
    setOfflineDismissed(true);
    try {
      localStorage.setItem(OFFLINE_NOTICE_SEEN, '1');
    } catch {
      // Private mode: the notice may show again next time; nothing is lost.
    }
  };

  const update = () => {
    if (hasUnsavedInput()) return setBlocked(true);
    applyUpdate();
  };

  const showUpdate = (state.updateWaiting || state.updatedElsewhere) && !later;
  return (
    <div class="pwa-notices" role="region" aria-label={t.pwa.region} ref={region}>
      {state.offlineReady && !offlineDismissed && (
        <div class="toast" role="status">
          <p>{t.pwa.offlineReady}</p>
          <button class="button" type="button" onClick={dismissOffline}>
            {t.pwa.ok}
          </button>
        </div>
      )}
      {showUpdate && (
        <div class="toast" role="status">
          <p>{state.updatedElsewhere ? t.pwa.updatedElsewhere : t.pwa.updateWaiting}</p>
          {blocked && <p class="field__error">{t.pwa.unsaved}</p>}
          <div class="actions">
            <button class="button button--primary" type="button" onClick={update}>
              {state.updatedElsewhere ? t.reloadPage : t.pwa.update}
            </button>
            <button class="button" type="button" onClick={() => setLater(true)}>
              {t.pwa.later}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
