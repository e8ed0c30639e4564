/**
 * Loads a screen's code the first time it is shown, keeping the start-up
 * bundle small. A load that fails (a dropped connection, a busy server) is
 * tried again twice, after 0.5 and 1.5 s, before the screen says so.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../components/status';
import { t } from '../i18n';
import { pwaState, subscribePwa } from '../pwa/sw-bridge';

/** Waits before each new try of a failed load. */
export const RETRY_AFTER_MS = [500, 1500] as const;

/** `load`, tried again after each of `waits` ms while it fails; the last failure is the result. */
export async function withRetries<T>(load: () => Promise<T>, waits: readonly number[] = RETRY_AFTER_MS): Promise<T> {
  for (const wait of waits) {
    try {
      return await load();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  return load();
}

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Screen) return;
      withRetries(load).then(
        (component) => {
          loaded = component;
          setScreen(() => component);
        },
        () => setFailed(true),
      );
    }, [Screen]);
    if (failed) return <LoadFailed />;
    return Screen ? <Screen {...props} /> : <Loading />;
  };
}

/**
 * A screen's code could not be fetched: offline, or another window has
 * updated the app and this tab's version of the file is gone. Either way a
 * reload is the way on, and everything is saved, so the button is right here.
 */
function LoadFailed() {
  const [updated, setUpdated] = useState(() => pwaState().updatedElsewhere);
  useEffect(() => subscribePwa((state) => setUpdated(state.updatedElsewhere)), []);
  return (
    <div class="notice notice--error" role="alert">
      <p>{updated ? t.screenLoadFailedUpdated : t.screenLoadFailed}</p>
      <button class="button button--primary" type="button" onClick={() => location.reload()}>
        {t.reloadPage}
      </button>
    </div>
  );
}
