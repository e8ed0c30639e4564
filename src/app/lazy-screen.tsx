/** Loads a screen's code the first time it is shown, keeping the start-up bundle small. */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../components/status';
import { t } from '../i18n';
import { pwaState, subscribePwa } from '../pwa/sw-bridge';

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Screen) return;
      load().then(
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
