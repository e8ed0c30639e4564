/** Loading and error states shared by every screen. */
import { t } from '../i18n';

export function Loading() {
  return (
    <p class="status" role="status">
      {t.loading}
    </p>
  );
}

export function ErrorNotice({ message }: { message: string }) {
  return (
    <p class="notice notice--error" role="alert">
      {message}
    </p>
  );
}
