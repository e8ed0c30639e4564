/**
 * The end of Trin 4: "Start næste runde" – the booklet's advice is to repeat
 * steps 1–4 at a fixed interval. Starts a new round of this workshop's series
 * (rounds/start-next.ts) and opens its set-up.
 */
import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { navigate } from '../../app/use-route';
import { ErrorNotice } from '../../components/status';
import { t } from '../../i18n';
import { startNextRound } from '../../rounds/start-next';
import { useStep } from '../step-context';

export function NextRound() {
  const { workshop } = useStep();
  const app = useAppState();
  const [failed, setFailed] = useState(false);
  const start = async () => {
    try {
      const next = await startNextRound(app, workshop);
      navigate({ name: 'workshop', id: next.id, view: 'opsaetning' });
    } catch (error) {
      console.error(error);
      setFailed(true);
    }
  };
  return (
    <div class="actions">
      {failed && <ErrorNotice message={t.home.nextRoundFailed} />}
      <button class="button" type="button" onClick={() => void start()}>
        {t.home.nextRound}
      </button>
    </div>
  );
}
