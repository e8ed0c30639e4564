/** One workshop: what it is, how far it got, and its questionnaire. The step screens grow from here. */
import { useAppState } from '../../app/app-state';
import { href } from '../../app/routes';
import { QuestionList } from '../../components/question-list';
import { ErrorNotice, Loading } from '../../components/status';
import { questionsByBlock } from '../../domain/content';
import { STEPS, stepIndex } from '../../domain/workshop';
import { getQuestionnaire, latestHuset } from '../../db/content';
import { useLiveQuery } from '../../db/use-live-query';
import { getWorkshop } from '../../db/workshops';
import { t } from '../../i18n';

export function WorkshopScreen({ id }: { id: string }) {
  const { db } = useAppState();
  const data = useLiveQuery(async () => {
    const workshop = await getWorkshop(db, id);
    if (!workshop) return { workshop };
    const questionnaire = await getQuestionnaire(db, workshop.questionnaire.id, workshop.questionnaire.version);
    return { workshop, questionnaire, huset: await latestHuset(db) };
  }, [db, id]);

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') return <ErrorNotice message={t.storageError} />;
  const { workshop, questionnaire, huset } = data.value;
  if (!workshop) {
    return (
      <>
        <h1>{t.notFound.title}</h1>
        <p>{t.workshop.notFound}</p>
        <p>
          <a class="button" href={href({ name: 'home' })}>
            {t.notFound.back}
          </a>
        </p>
      </>
    );
  }
  const reached = stepIndex(workshop.step);
  const blockTitle = (blockId: string) => huset?.blocks.find((b) => b.id === blockId)?.title ?? blockId;

  return (
    <>
      <h1>{workshop.title}</h1>
      <section class="card" aria-labelledby="facts-title">
        <h2 id="facts-title">{t.workshop.facts}</h2>
        <dl class="facts">
          <dt>{t.workshop.date}</dt>
          <dd>{t.formatDate(workshop.date)}</dd>
          <dt>{t.workshop.questionnaire}</dt>
          <dd>{questionnaire?.title ?? workshop.questionnaire.id}</dd>
          <dt>{t.workshop.mode}</dt>
          <dd>{t.modes[workshop.mode]}</dd>
          <dt>{t.workshop.participants}</dt>
          <dd>
            {workshop.participants.length === 0
              ? t.workshop.noParticipants
              : workshop.participants.map((p) => (p.name ? `${p.name} (${t.roles[p.role]})` : t.roles[p.role])).join(', ')}
          </dd>
        </dl>
      </section>
      <section class="card" aria-labelledby="steps-title">
        <h2 id="steps-title">{t.workshop.steps}</h2>
        <ol class="steps">
          {STEPS.map((step, i) => (
            <li key={step} class={i <= reached ? 'steps__item steps__item--reached' : 'steps__item'} aria-current={i === reached ? 'step' : undefined}>
              {t.steps[step]}
            </li>
          ))}
        </ol>
        <p class="hint">{t.workshop.comingSoon}</p>
      </section>
      <section aria-labelledby="questions-title">
        <h2 id="questions-title">{t.workshop.questions}</h2>
        {!questionnaire ? (
          <ErrorNotice message={t.workshop.questionnaireMissing} />
        ) : (
          questionsByBlock(questionnaire).map((group) => (
            <section class="card" key={group.block} aria-label={blockTitle(group.block)}>
              <h3>{blockTitle(group.block)}</h3>
              <QuestionList questions={group.questions} />
            </section>
          ))
        )}
      </section>
    </>
  );
}
