/** Forside: the workshops on this device and "Nyt dialogmøde". */
import { useAppState } from '../../app/app-state';
import { href } from '../../app/routes';
import { ErrorNotice, Loading } from '../../components/status';
import { localise } from '../../content/language';
import { latestQuestionnaires } from '../../db/content';
import { useLiveQuery } from '../../db/use-live-query';
import { countResponses } from '../../db/responses';
import { listWorkshops } from '../../db/workshops';
import { t } from '../../i18n';
import { CreateWorkshopForm } from './create-form';
import { WorkshopList } from './workshop-list';
import './home.css';

export function HomeScreen() {
  const { db } = useAppState();
  const data = useLiveQuery(async () => ({
    workshops: await listWorkshops(db),
    responses: await countResponses(db),
    questionnaires: (await latestQuestionnaires(db)).map((q) => localise(q)),
  }), [db]);

  return (
    <>
      <h1>{t.home.title}</h1>
      <p class="lead">
        {t.home.intro} <a href={href({ name: 'about' })}>{t.home.about}</a>
      </p>
      {data.status === 'loading' && <Loading />}
      {data.status === 'error' && <ErrorNotice message={t.storageError} />}
      {data.status === 'ready' && (
        <div class="home">
          <WorkshopList workshops={data.value.workshops} questionnaires={data.value.questionnaires} />
          {data.value.responses > 0 && (
            <p class="home__my-answers">
              <a href={href({ name: 'my-answers' })}>{t.home.myAnswers(data.value.responses)}</a>
            </p>
          )}
          {data.value.questionnaires.length > 0 ? (
            <CreateWorkshopForm questionnaires={data.value.questionnaires} />
          ) : (
            <Loading />
          )}
        </div>
      )}
    </>
  );
}
