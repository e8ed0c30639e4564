/**
 * "Tag handleplanen med": the PDF (jsPDF is loaded only now), the dates as a
 * calendar file, and the print-friendly HTML view. Available from step 1 on.
 */
import { useState } from 'preact/hooks';
import { download } from '../../app/download';
import { href } from '../../app/routes';
import { buildIcs } from '../../domain/ics';
import { plannedNextRound } from '../../domain/rounds';
import { useAppState } from '../../app/app-state';
import { useEarlierRounds } from '../../rounds/use-earlier-rounds';
import { fileName } from '../../domain/file-name';
import { planFileName } from '../../domain/pdf-text';
import { localIsoDate } from '../../domain/setup';
import { t } from '../../i18n';
import { pwaState } from '../../pwa/sw-bridge';
import { useStep } from '../step-context';
import { planDocument } from './plan-document';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; message: string; replaced?: string }
  /** `reload`: the PDF code is gone because another window updated the app; only a reload brings it back. */
  | { kind: 'error'; message: string; reload?: boolean };

export function ExportPanel() {
  const { workshop, questionnaire, huset, dialog, guidance, labels } = useStep();
  const [includeNotes, setIncludeNotes] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const { db } = useAppState();
  const earlier = useEarlierRounds(db, workshop);
  const previous = earlier.status === 'ready' ? earlier.rounds[earlier.rounds.length - 1] : undefined;

  const pdf = async () => {
    setStatus({ kind: 'busy' });
    try {
      const { renderPlanPdf, pdfLabels } = await import('../../pdf');
      const result = await renderPlanPdf(planDocument({ workshop, questionnaire, huset, dialog, labels, previous }, includeNotes), await pdfLabels(t.locale, dialog, guidance, workshop.mode === 'solo'));
      const name = planFileName(t.print.title, workshop.title, workshop.date);
      download(result.blob, name);
      setStatus({ kind: 'done', message: t.plan.pdfDone(name), replaced: result.replaced.length ? t.plan.replacedChars(result.replaced) : undefined });
    } catch (error) {
      console.error(error);
      const updated = pwaState().updatedElsewhere;
      setStatus({ kind: 'error', message: updated ? t.screenLoadFailedUpdated : t.plan.pdfFailed, reload: updated });
    }
  };

  const blockTitle = (id: string) => huset.blocks.find((b) => b.id === id)?.title ?? id;
  const ics = buildIcs({
    workshopId: workshop.id,
    workplace: workshop.title,
    followUpDate: workshop.plan.followUpDate,
    nextRoundDate: plannedNextRound(workshop),
    items: workshop.plan.items.map((item) => ({ ...item, blockTitle: blockTitle(item.block) })),
    now: new Date(),
    labels: t.ics,
  });

  const calendar = () => {
    if (!ics) return;
    const name = fileName([t.print.title, workshop.title, localIsoDate(new Date())], 'ics');
    download(new Blob([ics], { type: 'text/calendar;charset=utf-8' }), name);
    setStatus({ kind: 'done', message: t.plan.icsDone(name) });
  };

  return (
    <section class="card export" aria-labelledby="export-title">
      <h2 id="export-title">{t.plan.export}</h2>
      <p class="hint">{t.plan.exportHint}</p>
      <label class="check">
        <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes((e.currentTarget as HTMLInputElement).checked)} />
        {t.plan.includeNotes}
      </label>
      <div class="actions">
        <button class="button button--primary" type="button" disabled={status.kind === 'busy'} onClick={() => void pdf()}>
          {status.kind === 'busy' ? t.plan.making : t.plan.downloadPdf}
        </button>
        <button class="button" type="button" disabled={!ics} aria-describedby={ics ? undefined : 'ics-why'} onClick={calendar}>
          {t.plan.downloadIcs}
        </button>
        <a class="button" href={href({ name: 'workshop', id: workshop.id, view: 'udskriv' })}>
          {t.plan.printView}
        </a>
      </div>
      {!ics && (
        <p class="hint" id="ics-why">
          {t.plan.noDates}
        </p>
      )}
      <div role="status">
        {status.kind === 'done' && <p>{status.message}</p>}
        {status.kind === 'done' && status.replaced && <p class="notice notice--warning">{status.replaced}</p>}
      </div>
      {status.kind === 'error' && (
        <div class="notice notice--error" role="alert">
          <p>{status.message}</p>
          {status.reload && (
            <button class="button button--primary" type="button" onClick={() => location.reload()}>
              {t.reloadPage}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
