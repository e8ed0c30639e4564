/**
 * Keeps a screen that fails while it renders (a damaged record, a bug) from
 * blanking the app: the header and menu stay, and the screen says what
 * happened in words, with a way on. Nothing typed is lost: it was saved as it
 * was typed. Moving to another screen (`resetKey`) clears the failure.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useErrorBoundary } from 'preact/hooks';
import { href } from '../app/routes';
import { t } from '../i18n';

export function ScreenBoundary({ children, resetKey }: { children: ComponentChildren; resetKey: string }) {
  const [error, reset] = useErrorBoundary((caught: unknown) => console.error(caught));
  useEffect(() => {
    if (error) reset();
  }, [resetKey]);
  if (!error) return <>{children}</>;
  return (
    <div class="notice notice--error" role="alert">
      <p>{t.screenFailed}</p>
      <div class="actions">
        <button class="button button--primary" type="button" onClick={reset}>
          {t.tryAgain}
        </button>
        <button class="button" type="button" onClick={() => location.reload()}>
          {t.reloadPage}
        </button>
        <a class="button" href={href({ name: 'home' })}>
          {t.notFound.back}
        </a>
      </div>
    </div>
  );
}
