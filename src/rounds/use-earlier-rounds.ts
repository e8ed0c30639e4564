/**
 * The rounds of this workshop's series that came before it (by date), each
 * with the questionnaire in the version it was run with, in the chosen
 * language: what the comparison, the trend and "Sidste gang aftalte I …"
 * need. Every earlier round is there, also one whose questionnaire version
 * this device lacks (its questionnaire is null): it is still the previous
 * round, whose plan is reviewed, and the comparison says it cannot compare it. Read when the workshop's series or date changes, not with every
 * keystroke: earlier rounds do not change while this one is open.
 */
import { useEffect, useState } from 'preact/hooks';
import { localise } from '../content/language';
import type { KomIHusDatabase } from '../db/database';
import { getQuestionnaire } from '../db/content';
import { acrossFreezes } from '../db/freeze-guard';
import { seriesWorkshops } from '../db/workshops';
import { roundsUpTo, type EarlierRound } from '../domain/rounds';
import type { Workshop } from '../domain/workshop';

export type EarlierRounds = { status: 'loading' } | { status: 'error' } | { status: 'ready'; rounds: EarlierRound[] };

/** Read once more if the back-forward cache cuts the read off (db/freeze-guard.ts), rather than show an error. */
export function loadEarlier(db: KomIHusDatabase, workshop: Workshop): Promise<EarlierRound[]> {
  return acrossFreezes(async () => {
    const series = await seriesWorkshops(db, workshop.series);
    const earlier = roundsUpTo(workshop, series).slice(0, -1);
    return Promise.all(
      earlier.map(async (w) => ({ workshop: w, questionnaire: localise(await getQuestionnaire(db, w.questionnaire.id, w.questionnaire.version)) ?? null })),
    );
  });
}

export function useEarlierRounds(db: KomIHusDatabase, workshop: Workshop): EarlierRounds {
  const [state, setState] = useState<{ key: string; value: EarlierRounds }>({ key: '', value: { status: 'loading' } });
  const key = `${workshop.id}|${workshop.series}|${workshop.date}`;
  useEffect(() => {
    let live = true;
    loadEarlier(db, workshop).then(
      (rounds) => live && setState({ key, value: { status: 'ready', rounds } }),
      (error: unknown) => {
        console.error(error);
        if (live) setState({ key, value: { status: 'error' } });
      },
    );
    return () => {
      live = false;
    };
  }, [db, key]);
  return state.key === key ? state.value : { status: 'loading' };
}
