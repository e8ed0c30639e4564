/**
 * Restore from a backup file: the file is read and checked in full first,
 * against the questionnaires installed on this device too; a bad file gets
 * one clear message and changes nothing. Workshops that
 * already exist are replaced or kept beside the imported ones, as the user
 * chooses, and everything is written in one transaction.
 */
import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { planImport, keepAllBoth } from '../../data/import-plan';
import { MAX_FILE_BYTES } from '../../data/envelope';
import type { ParseFailure, ParseResult } from '../../data/parse-backup';
import type { Workshop } from '../../domain/workshop';
import { readBackupFile, restoreWorkshops } from '../../db/backup';
import { t } from '../../i18n';
import { danishRefusalWords } from '../../i18n/backup.da';
import { describeRefusalWith, type RefusalWords } from '../../i18n/refusal';

/** The words for a refused file in the chosen language; the English ones are loaded only when English is chosen. */
async function refusalWords(): Promise<RefusalWords> {
  if (t.locale !== 'en') return danishRefusalWords;
  return import('../../i18n/backup.en').then(
    (m) => m.englishRefusalWords,
    () => danishRefusalWords,
  );
}

type State =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'refused'; refusal: ParseFailure; words: RefusalWords }
  | { kind: 'confirm'; fresh: Workshop[]; conflicts: Array<{ incoming: Workshop; existing: Workshop }> }
  | { kind: 'done'; count: number }
  | { kind: 'failed' };

export function RestoreForm({ existing }: { existing: Workshop[] }) {
  const app = useAppState();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [conflictChoice, setConflictChoice] = useState<'replace' | 'keep-both'>('keep-both');

  const read = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState({ kind: 'reading' });
    // Refuse an oversized file before reading it into memory.
    const text = file.size > MAX_FILE_BYTES ? '' : await file.text().catch(() => '');
    let result: ParseResult;
    try {
      // On a first visit the shipped questionnaires may still be on their way into the database; a file
      // checked before they are there would be refused as using a questionnaire this app does not know.
      await app.ready;
      result = await readBackupFile(app.db, text, file.size);
    } catch (error) {
      // Only the database can fail here (seeding or reading the installed questionnaires); parseBackup never throws.
      console.error(error);
      return setState({ kind: 'failed' });
    }
    if (!result.ok) return setState({ kind: 'refused', refusal: result, words: await refusalWords() });
    const { fresh, conflicts } = planImport(result.workshops, new Set(existing.map((w) => w.id)), new Map(existing.map((w) => [w.id, w])));
    setState({ kind: 'confirm', fresh, conflicts });
  };

  const restore = async () => {
    if (state.kind !== 'confirm') return;
    const now = app.now();
    const incoming = state.conflicts.map((conflict) => conflict.incoming);
    const resolved = conflictChoice === 'replace' ? incoming : keepAllBoth(incoming, app.newId, now, t.data.copySuffix);
    const all = [...state.fresh, ...resolved];
    try {
      await restoreWorkshops(app.db, all);
      setState({ kind: 'done', count: all.length });
    } catch (error) {
      console.error(error);
      setState({ kind: 'failed' });
    }
  };

  return (
    <section class="card" aria-labelledby="data-restore">
      <h2 id="data-restore">{t.data.restore}</h2>
      <p class="hint" id="restore-hint">
        {t.data.restoreHint}
      </p>
      <div class="field">
        <label for="restore-file" class="button">
          {t.data.chooseFile}
        </label>
        <input id="restore-file" class="file-input" type="file" accept=".json,application/json" aria-describedby="restore-hint" onChange={(e) => void read(e)} />
      </div>
      <div role="status">
        {state.kind === 'reading' && <p>{t.data.reading}</p>}
        {state.kind === 'done' && <p class="notice">{t.data.restored(state.count)}</p>}
      </div>
      {state.kind === 'refused' && <Refusal refusal={state.refusal} words={state.words} />}
      {state.kind === 'failed' && (
        <p class="notice notice--error" role="alert">
          {t.data.restoreFailed}
        </p>
      )}
      {state.kind === 'confirm' && (
        <div class="confirm" role="group" aria-label={t.data.restore}>
          <p>{t.data.restoreFound(state.fresh.length + state.conflicts.length)}</p>
          {state.conflicts.length > 0 && (
            <>
              <p>{t.data.conflicts(state.conflicts.length, state.fresh.length + state.conflicts.length)}</p>
              <ul>
                {state.conflicts.map(({ existing: w }) => (
                  <li key={w.id}>
                    {w.title} · {t.formatDate(w.date)}
                  </li>
                ))}
              </ul>
              <fieldset class="field choices">
                <legend>{t.data.conflictChoice}</legend>
                {(['keep-both', 'replace'] as const).map((choice) => (
                  <label class="choice" key={choice}>
                    <input type="radio" name="conflict" checked={conflictChoice === choice} onChange={() => setConflictChoice(choice)} />
                    <span>{choice === 'replace' ? t.data.replace : t.data.keepBoth}</span>
                  </label>
                ))}
              </fieldset>
            </>
          )}
          <div class="actions">
            <button class="button button--primary" type="button" onClick={() => void restore()}>
              {t.data.confirmRestore}
            </button>
            <button class="button" type="button" onClick={() => setState({ kind: 'idle' })}>
              {t.data.cancel}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** Why the file was refused, in words: the message, and every problem under "Vis detaljer". */
function Refusal({ refusal, words }: { refusal: ParseFailure; words: RefusalWords }) {
  const { message, details } = describeRefusalWith(words, refusal);
  return (
    <div class="notice notice--error" role="alert">
      <p>
        <strong>{t.data.restoreRefused}</strong>
      </p>
      <p>{message}</p>
      {details.length > 0 && (
        <details>
          <summary>{t.data.details}</summary>
          <ul>
            {details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
