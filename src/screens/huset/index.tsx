/** Huset: the six building blocks, their descriptions and the questions of both questionnaires. */
import { useAppState } from '../../app/app-state';
import { TranslationNotice } from '../../components/original-text';
import { QuestionList } from '../../components/question-list';
import { originalOf } from '../../content/language';
import { ErrorNotice, Loading } from '../../components/status';
import { localise } from '../../content/language';
import { latestHuset, latestQuestionnaires } from '../../db/content';
import { useLiveQuery } from '../../db/use-live-query';
import { t } from '../../i18n';
import type { BlockId } from '../../domain/blocks';
import { House } from './house';
import './huset.css';

/** Moves to a block's description and questions, and puts focus on its heading. */
function openBlock(id: BlockId): void {
  const heading = document.querySelector<HTMLElement>(`#byggesten-${id} h2`);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus();
}

export function HusetScreen() {
  const { db } = useAppState();
  const data = useLiveQuery(async () => ({ huset: localise(await latestHuset(db)), questionnaires: (await latestQuestionnaires(db)).map((q) => localise(q)) }), [db]);
  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') return <ErrorNotice message={t.storageError} />;
  const { huset, questionnaires } = data.value;
  if (!huset) return <Loading />;

  return (
    <>
      <h1>
        {huset.title}
        <span class="subtitle">{huset.subtitle}</span>
      </h1>
      <TranslationNotice file={huset} />
      <p class="lead">{huset.intro}</p>
      <House blocks={huset.blocks} onOpen={openBlock} />
      <ol class="blocks">
        {huset.blocks.map((block, index) => (
          <li class="card block" key={block.id} id={`byggesten-${block.id}`}>
            <h2 tabIndex={-1}>
              <span class="block__number">{index + 1}</span> {block.title}
            </h2>
            <ul class="block__description">
              {block.description.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {questionnaires.map((questionnaire) => {
              const questions = questionnaire.questions.filter((q) => q.block === block.id);
              return (
                <section key={questionnaire.id} class="block__questions" aria-label={`${block.title}: ${questionnaire.title}`}>
                  <h3>{t.huset.questionsIn(questionnaire.title)}</h3>
                  <QuestionList questions={questions} originals={originalOf(questionnaire)?.questions} />
                </section>
              );
            })}
          </li>
        ))}
      </ol>
      {questionnaires
        .filter((q) => q.starNote)
        .map((q) => (
          <p class="footnote" key={q.id}>
            * {q.starNote} ({q.shortTitle})
          </p>
        ))}
    </>
  );
}
