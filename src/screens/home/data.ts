/** What the Forside shows: the workshops on this device, the answers given on it, and the questionnaires to start from. */
import { localise } from '../../content/language';
import { latestQuestionnaires } from '../../db/content';
import type { KomIHusDatabase } from '../../db/database';
import { countResponses } from '../../db/responses';
import { listWorkshops } from '../../db/workshops';
import type { Questionnaire } from '../../domain/content';
import type { Workshop } from '../../domain/workshop';

export interface HomeData {
  workshops: Workshop[];
  /** Own-device answers kept on this device ("Mine besvarelser"). */
  responses: number;
  /** The newest version of each questionnaire, in the chosen language. */
  questionnaires: Questionnaire[];
}

export async function loadHomeData(db: KomIHusDatabase): Promise<HomeData> {
  return {
    workshops: await listWorkshops(db),
    responses: await countResponses(db),
    questionnaires: (await latestQuestionnaires(db)).map((q) => localise(q)),
  };
}
