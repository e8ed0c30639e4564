/**
 * The facilitator's side of answering on one's own phone (issue #10), in
 * step 1 of a group meeting: invite (a QR code and a link for the
 * participants' phones, by mail or on a printed sheet) and receive (answer
 * files, several at once). Each answer set received becomes a participant;
 * nothing that cannot be used changes the workshop, and each such file is
 * told why.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../app/app-state';
import { deadlineFromIso, expectedFromText, receiveAnswers, setDeadline, setExpected, type OwnDeviceProblem } from '../domain/own-device';
import { SavedInput } from '../components/saved-input';
import { useSession } from '../session/context';
import { useStep } from '../steps/step-context';
import { LIMITS } from '../domain/workshop';
import { t } from '../i18n';
import { w } from './words';
import { newInvitationId, newMeetingKeys, openAnswerCode } from './answer-code';
import { ANSWER_FILE_MAX_BYTES, codeInAnswerFile } from './answer-file';
import { invitationLink } from './invitation';
import { QrCode } from './qr-code';
import { Scanner } from './scanner';
import './own-devices.css';

/** What became of one file or code: received (with the participant's label), or why not. */
type Outcome = { source: string; ok: true; label: string } | { source: string; ok: false; problem: OwnDeviceProblem; label?: string };

/**
 * "Udskriv invitation": <html> wears .printing-invitation while it prints, so
 * own-devices.css prints the sheet alone; afterwards every other print is the
 * page as it looks.
 */
function printInvitation(): void {
  document.documentElement.classList.add('printing-invitation');
  window.addEventListener('afterprint', stopPrintingInvitation, { once: true });
  window.print();
}

function stopPrintingInvitation(): void {
  document.documentElement.classList.remove('printing-invitation');
}

/** `inviteOnly` (the set-up): the invitation without receiving, which belongs to Trin 1. */
export function OwnDevicesPanel({ inviteOnly = false }: { inviteOnly?: boolean }) {
  const { workshop, questionnaire, guidance, save, labels } = useStep();
  const app = useAppState();
  const session = useSession();
  const [creating, setCreating] = useState(false);
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [copied, setCopied] = useState(false);
  const [scanning, setScanning] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const invitation = workshop.invitation;
  const received = workshop.participants.filter((p) => p.responseId).length;
  // A browser that never says "afterprint" still prints other screens whole once this one is left.
  useEffect(() => stopPrintingInvitation, []);

  const invite = async () => {
    setCreating(true);
    try {
      const keys = await newMeetingKeys();
      const id = newInvitationId();
      await save((w) => (w.invitation ? w : { ...w, invitation: { id, ...keys } }));
    } finally {
      setCreating(false);
    }
  };

  const link = invitation
    ? invitationLink(location.href, {
        id: invitation.id,
        questionnaire: workshop.questionnaire,
        title: workshop.title,
        date: workshop.date,
        deadline: invitation.deadline,
        publicKey: invitation.publicKey,
      })
    : '';
  const deadline = invitation?.deadline ? t.formatDate(invitation.deadline) : null;

  /** Opens one code and adds its answers; says what happened. */
  const receiveCode = async (code: string, source: string): Promise<Outcome> => {
    const current = session.workshop.peek().invitation;
    if (!current) return { source, ok: false, problem: 'wrong-key' };
    const opened = await openAnswerCode(code, { invitationId: current.id, keys: current });
    if (!opened.ok) return { source, ok: false, problem: opened.problem };
    const participantId = app.newId();
    const check = receiveAnswers(session.workshop.peek(), questionnaire, opened.set, participantId);
    if (!check.ok) {
      const earlier = check.problem.code === 'already-received' ? check.problem.participantId : undefined;
      return { source, ok: false, problem: check.problem.code, label: earlier };
    }
    const saved = await save((w) => {
      const result = receiveAnswers(w, questionnaire, opened.set, participantId);
      return result.ok ? result.workshop : w;
    });
    return saved ? { source, ok: true, label: participantId } : { source, ok: false, problem: 'unreadable' };
  };

  const receiveFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const results: Outcome[] = [];
    // One at a time, so the same answers twice in one batch count once.
    for (const file of Array.from(files)) {
      if (file.size > ANSWER_FILE_MAX_BYTES) {
        results.push({ source: file.name, ok: false, problem: 'not-answer-file' });
        continue;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        results.push({ source: file.name, ok: false, problem: 'unreadable' });
        continue;
      }
      const code = codeInAnswerFile(text);
      results.push(code ? await receiveCode(code, file.name) : { source: file.name, ok: false, problem: 'not-answer-file' });
    }
    setOutcomes(results);
    if (fileInput.current) fileInput.current.value = '';
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const mail = `mailto:?subject=${encodeURIComponent(w.ownDevices.mailSubject(workshop.title))}&body=${encodeURIComponent(w.ownDevices.mailBody(workshop.title, t.formatDate(workshop.date), link, guidance.title, deadline))}`;
  // Labels are read after the save has brought the new participants in.
  const labelOf = (id: string | undefined) => (id ? (labels.get(id) ?? session.workshop.peek().participants.find((p) => p.id === id)?.name ?? '') : '');

  return (
    <section class="card own-devices" aria-labelledby="own-devices-title">
      <h2 id="own-devices-title">{w.ownDevices.title}</h2>
      <p class="hint">{w.ownDevices.intro}</p>
      {!invitation ? (
        <button class="button button--primary" type="button" disabled={creating} onClick={() => void invite()}>
          {w.ownDevices.invite}
        </button>
      ) : (
        <>
          <div class="own-devices__invitation">
            <QrCode text={link} label={w.ownDevices.qrLabel(workshop.title)} class="own-devices__qr" />
            <div class="own-devices__link">
              <label for="invitation-link">{w.ownDevices.link}</label>
              <input id="invitation-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
              <SavedInput
                id="invitation-deadline"
                type="date"
                class="own-devices__deadline"
                label={w.ownDevices.deadline}
                hint={w.ownDevices.deadlineHint}
                read={(ws) => ws.invitation?.deadline ?? ''}
                write={(ws, iso) => {
                  const deadline = deadlineFromIso(iso);
                  return deadline === 'invalid' ? ws : setDeadline(ws, deadline);
                }}
              />
              <div class="actions">
                <button class="button" type="button" onClick={() => void copy()}>
                  {w.ownDevices.copy}
                </button>
                <a class="button" href={mail}>
                  {w.ownDevices.mail}
                </a>
                <button class="button" type="button" onClick={printInvitation}>
                  {w.ownDevices.print}
                </button>
              </div>
              <p class="hint" role="status">
                {copied ? w.ownDevices.copied : ''}
              </p>
              <p class="hint">{w.ownDevices.privacy}</p>
              <SavedInput
                id="invitation-expected"
                type="number"
                min={1}
                max={LIMITS.participants}
                class="own-devices__expected"
                label={w.ownDevices.expected}
                hint={w.ownDevices.expectedHint}
                read={(ws) => (ws.invitation?.expected === undefined ? '' : String(ws.invitation.expected))}
                write={(ws, text) => {
                  const expected = expectedFromText(text);
                  return expected === 'invalid' ? ws : setExpected(ws, expected);
                }}
                check={(text) => (expectedFromText(text) === 'invalid' ? w.ownDevices.expectedInvalid : undefined)}
              />
            </div>
          </div>
          <div class="invitation-sheet" aria-hidden="true">
            <h2>{w.ownDevices.sheetTitle(workshop.title)}</h2>
            <p>{t.formatDate(workshop.date)}</p>
            <QrCode text={link} label={w.ownDevices.qrLabel(workshop.title)} class="invitation-sheet__qr" />
            <ol>
              <li>{w.ownDevices.sheetStep1}</li>
              <li>{w.ownDevices.sheetStep2}</li>
              <li>{w.ownDevices.sheetStep3}</li>
            </ol>
            <p>{deadline ? w.ownDevices.sheetDeadline(deadline) : w.ownDevices.sheetBeforeMeeting(t.formatDate(workshop.date))}</p>
          </div>
          {!inviteOnly && (
            <>
              <h3>{w.ownDevices.receiveTitle}</h3>
              <p class="own-devices__count" role="status">
                {w.ownDevices.receivedCount(received, invitation.expected)}
              </p>
              {scanning ? (
                <Scanner
                  onCode={async (text) => {
                    const outcome = await receiveCode(text, w.ownDevices.scanned);
                    setOutcomes((now) => [outcome, ...now]);
                  }}
                  onClose={() => setScanning(false)}
                />
              ) : (
                <button class="button" type="button" onClick={() => setScanning(true)}>
                  {w.ownDevices.scan}
                </button>
              )}
              <div class="field">
                <label for="answer-files">{w.ownDevices.files}</label>
                <input id="answer-files" ref={fileInput} type="file" multiple accept=".json,application/json" onChange={(e) => void receiveFiles(e.currentTarget.files)} />
              </div>
              {outcomes.length > 0 && (
                <ul class="own-devices__outcomes" aria-live="polite">
                  {outcomes.map((o, i) => (
                    <li key={`${o.source}-${i}`} class={o.ok ? 'own-devices__ok' : 'own-devices__refused'}>
                      {o.ok ? w.ownDevices.receivedFrom(o.source, t.participantAlone(labelOf(o.label))) : w.ownDevices.refused(o.source, o.problem, t.participantAlone(labelOf(o.label)))}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
