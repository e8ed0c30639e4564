/** Seeding and reading the booklet's content in IndexedDB. */
import type { ContentSet, Dialog, Guidance, Huset, Inspiration, Questionnaire } from '../domain/content';
import type { InstalledContent } from '../domain/workshop-links';
import type { ContentRecord, KomIHusDatabase } from './database';

/**
 * Adds every shipped content file whose id+version the database does not
 * have yet. Existing versions are never touched, so a workshop keeps the
 * exact text it was created with. Returns the number of files added.
 */
export async function seedContent(db: KomIHusDatabase, content: ContentSet, now: Date = new Date()): Promise<number> {
  const files = [content.huset, content.dialog, content.guidance, ...content.questionnaires, content.inspiration];
  return db.transaction('rw', db.content, async () => {
    let added = 0;
    for (const file of files) {
      const existing = await db.content.get([file.id, file.version]);
      if (existing) continue;
      await db.content.add({ ...structuredClone(file), installedAt: now.toISOString() } as ContentRecord);
      added += 1;
    }
    return added;
  });
}

/** The shipped id+versions that the database does not have yet. */
export async function missingContent(
  db: KomIHusDatabase,
  shipped: ReadonlyArray<{ id: string; version: number }>,
): Promise<Array<{ id: string; version: number }>> {
  const keys = await db.content.toCollection().primaryKeys();
  const have = new Set(keys.map(([id, version]) => `${id}@${version}`));
  return shipped.filter(({ id, version }) => !have.has(`${id}@${version}`));
}

function strip<T extends ContentRecord>(record: T): Omit<T, 'installedAt'> {
  const { installedAt: _installedAt, ...file } = record;
  return file;
}

async function latest(db: KomIHusDatabase, id: string): Promise<ContentRecord | undefined> {
  const versions = await db.content.where('id').equals(id).toArray();
  return versions.sort((a, b) => b.version - a.version)[0];
}

/** The questionnaire exactly as a workshop used it. */
export async function getQuestionnaire(db: KomIHusDatabase, id: string, version: number): Promise<Questionnaire | undefined> {
  const record = await db.content.get([id, version]);
  return record?.kind === 'questionnaire' ? (strip(record) as Questionnaire) : undefined;
}

/** The newest version of every questionnaire, for new workshops and the Huset screen. */
export async function latestQuestionnaires(db: KomIHusDatabase): Promise<Questionnaire[]> {
  const all = (await db.content.where('kind').equals('questionnaire').toArray()) as Array<Questionnaire & ContentRecord>;
  const newest = new Map<string, Questionnaire>();
  for (const record of all) {
    const current = newest.get(record.id);
    if (!current || current.version < record.version) newest.set(record.id, strip(record) as Questionnaire);
  }
  return [...newest.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export async function latestHuset(db: KomIHusDatabase): Promise<Huset | undefined> {
  const record = await latest(db, 'huset');
  return record?.kind === 'huset' ? (strip(record) as Huset) : undefined;
}

/** The newest inspiration (offers, courses, initiatives and 2011 examples per building block) for steps 3 and 4. */
export async function latestInspiration(db: KomIHusDatabase): Promise<Inspiration | undefined> {
  const record = await latest(db, 'inspiration');
  return record?.kind === 'inspiration' ? (strip(record) as Inspiration) : undefined;
}

export async function latestDialog(db: KomIHusDatabase): Promise<Dialog | undefined> {
  const record = await latest(db, 'dialog');
  return record?.kind === 'dialog' ? (strip(record) as Dialog) : undefined;
}

/** The newest booklet guidance: "Om værktøjet" and each step's "Sådan gør I". */
export async function latestGuidance(db: KomIHusDatabase): Promise<Guidance | undefined> {
  const record = await latest(db, 'guidance');
  return record?.kind === 'guidance' ? (strip(record) as Guidance) : undefined;
}

/**
 * What an imported workshop is checked against: every questionnaire version
 * on the device (a workshop keeps the version it used) and the answer scale
 * the screens show. Without the dialogue texts no workshop can be shown, so
 * the scale is then empty and nothing with answers is taken in.
 */
export async function installedContent(db: KomIHusDatabase): Promise<InstalledContent> {
  const questionnaires = (await db.content.where('kind').equals('questionnaire').toArray()) as Array<Questionnaire & ContentRecord>;
  const dialog = await latestDialog(db);
  return {
    questionnaires: questionnaires.map((record) => ({ id: record.id, version: record.version, questions: record.questions.map((q) => ({ id: q.id })) })),
    scale: dialog?.scale.map((step) => step.value) ?? [],
  };
}
