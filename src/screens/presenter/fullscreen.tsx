/** "Fuld skærm" for the presenter window (the Fullscreen API needs the press); absent where the browser cannot. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';

export function FullscreenButton() {
  const [full, setFull] = useState(() => !!document.fullscreenElement);
  useEffect(() => {
    const onChange = () => setFull(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (!document.fullscreenEnabled) return null;
  const toggle = () => {
    const change = full ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    change.catch(() => undefined);
  };
  return (
    <button class="button" type="button" onClick={toggle}>
      {full ? t.presenter.exitFullscreen : t.presenter.fullscreen}
    </button>
  );
}
