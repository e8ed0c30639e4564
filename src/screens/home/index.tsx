/** Forside: the workshops on this device and "Nyt dialogmøde". */
import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { href } from '../../app/routes';
import { ErrorNotice, Loading } from '../../components/status';
import { useLiveQuery } from '../../db/use-live-query';
import { t } from '../../i18n';
import { CreateWorkshopForm } from './create-form';
import { loadHomeData } from './data';
import { WorkshopList } from './workshop-list';
import './home.css';

export function HomeScreen() {
  const app = useAppState();
  const { db } = app;
  // Read before the first render when the page came prerendered (app/start.tsx), so that render keeps the
  // page as it is. Taken once: a later visit to the Forside reads afresh.
  const [first] = useState(() => {
    const value = app.firstHome;
    app.firstHome = undefined;
    return value;
  });
  const data = useLiveQuery(() => loadHomeData(db), [db], first);

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
