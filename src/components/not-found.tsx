/** "Siden findes ikke", with the reason and the way back to the Forside. */
import { href } from '../app/routes';
import { t } from '../i18n';

export function NotFound({ body }: { body: string }) {
  return (
    <>
      <h1>{t.notFound.title}</h1>
      <p>{body}</p>
      <p>
        <a class="button" href={href({ name: 'home' })}>
          {t.notFound.back}
        </a>
      </p>
    </>
  );
}
