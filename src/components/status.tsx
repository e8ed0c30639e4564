/** Loading and error states shared by every screen. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

/**
 * How long "Henter …" shows before the screen says what to do. Reading this device's data takes
 * milliseconds; a read that waits this long waits for something that may never come (a browser
 * holding the data locked, issue #15), and a meeting must never be left looking at a spinner.
 */
export const SLOW_AFTER_MS = 10_000;

export function Loading() {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <>
      <p class="status" role="status">
        {t.loading}
      </p>
      {slow && <ReloadNotice message={t.slowLoading} button={t.reloadPage} />}
    </>
  );
}

/** A warning whose way on is to load the page again. */
export function ReloadNotice({ message, button }: { message: string; button: string }) {
  return (
    <div class="notice notice--warning" role="alert">
      <p>{message}</p>
      <button class="button" type="button" onClick={() => location.reload()}>
        {button}
      </button>
    </div>
  );
}

export function ErrorNotice({ message }: { message: string }) {
  return (
    <p class="notice notice--error" role="alert">
      {message}
    </p>
  );
}
