/**
 * Om værktøjet: the booklet's own account of the tool (purpose, who it is
 * for, what it helps with, time, both questionnaires, repetition and the four
 * steps), then the app's notes on roles, the answer scale and the hotline.
 */
import { useAppState } from '../../app/app-state';
import { href } from '../../app/routes';
import { GuidanceText } from '../../components/guidance';
import { TranslationNotice } from '../../components/original-text';
import { ErrorNotice, Loading } from '../../components/status';
import { localise } from '../../content/language';
import { latestDialog, latestGuidance } from '../../db/content';
import { useLiveQuery } from '../../db/use-live-query';
import type { Role } from '../../domain/workshop';
import { t } from '../../i18n';
import './about.css';

const ROLES: Array<Exclude<Role, 'andet'>> = ['leder', 'tr', 'amr', 'med'];

export function AboutScreen() {
  const { db } = useAppState();
  const data = useLiveQuery(async () => ({ guidance: localise(await latestGuidance(db)), dialog: localise(await latestDialog(db)) }), [db]);
  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') return <ErrorNotice message={t.storageError} />;
  const { guidance, dialog } = data.value;
  if (!guidance || !dialog) return <Loading />;
  const { hotline } = guidance;

  return (
    <div class="about">
      <h1>
        {t.about.title}
        <span class="subtitle">
          {guidance.title} – {guidance.subtitle}
        </span>
      </h1>
      <TranslationNotice file={guidance} />
      <p class="lead">{t.about.intro}</p>

      {guidance.about.map((section, i) => (
        <section class="card guidance" key={section.heading ?? i} aria-labelledby={`om-${i}`}>
          <h2 id={`om-${i}`}>{section.heading ?? t.about.purpose}</h2>
          <GuidanceText sections={[{ ...section, heading: undefined }]} level={3} />
        </section>
      ))}

      <section class="card guidance" aria-labelledby="om-trin">
        <h2 id="om-trin">{guidance.howToHeading}</h2>
        <ol class="plain-list">
          {guidance.steps.map((step) => (
            <li key={step.step}>
              <h3>{t.guidance.stepTitle(step.number, step.title)}</h3>
              <p>{step.overview}</p>
            </li>
          ))}
        </ol>
        <p class="hint">{t.about.howToHint}</p>
      </section>

      <section class="card guidance" aria-labelledby="om-roller">
        <h2 id="om-roller">{t.about.roles}</h2>
        <p>{t.about.rolesIntro}</p>
        <dl class="about__roles">
          {ROLES.map((role) => (
            <div key={role}>
              <dt>{t.roles[role]}</dt>
              <dd>{t.about.roleText[role]}</dd>
            </div>
          ))}
          <div>
            <dt>{t.about.trio}</dt>
            <dd>{t.about.trioText}</dd>
          </div>
        </dl>
      </section>

      <section class="card guidance" aria-labelledby="om-skala">
        <h2 id="om-skala">{t.about.scale}</h2>
        <p>{t.about.scaleIntro}</p>
        <ol class="about__scale">
          {dialog.scale.map((step) => (
            <li key={step.value} value={step.value}>
              {step.label}
            </li>
          ))}
        </ol>
        <p>
          <strong>{dialog.skipLabel}:</strong> {dialog.skipLabelNote}
        </p>
      </section>

      <section class="card guidance" aria-labelledby="om-hjaelp">
        <h2 id="om-hjaelp">{t.about.help}</h2>
        <p>
          {t.about.hotline(hotline.name)}{' '}
          <a href={`tel:+45${hotline.number.replace(/\s/g, '')}`}>{hotline.number}</a>
        </p>
        <p>
          {t.about.privacy} <a href={href({ name: 'data' })}>{t.nav.data}</a>
        </p>
      </section>
    </div>
  );
}
