/**
 * A participant answering on their own phone (issue #10): the invitation's
 * link opens this screen. Everything stays on the phone until the
 * participant hands it in as a QR code for the facilitator to scan, or as a
 * file; only the facilitator's device can read either. Each answer is saved
 * as it is given, so a participant who leaves continues later, offline too.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { download } from '../../app/download';
import { href } from '../../app/routes';
import { AnswerForm } from '../../components/answer-form';
import { ErrorNotice, Loading } from '../../components/status';
import type { Dialog, Huset, Questionnaire } from '../../domain/content';
import { fileName } from '../../domain/file-name';
import { answerInResponse, answerSetOf, handIn, newResponse, type Response } from '../../domain/own-device';
import { ROLES, type AnswerValue, type Role } from '../../domain/workshop';
import { createResponse, deleteResponse, listResponses, responseTo, updateResponse } from '../../db/responses';
import { useLiveQuery } from '../../db/use-live-query';
import { loadWorkshopContent, type WorkshopContent } from '../../session/content';
import { t } from '../../i18n';
import { w } from '../words';
import { newResponseId, sealAnswers } from '../answer-code';
import { answerFileText } from '../answer-file';
import { decodeInvitation, encodeInvitation, type Invitation } from '../invitation';
import { QrCode } from '../qr-code';
import './participant.css';

export { loadOwnDeviceWords } from '../words';

/** How long the answer code stays on screen after "Vis min kode". */
export const CODE_SHOWN_MS = 60_000;

export function ParticipantScreen({ code }: { code: string }) {
  const decoded = useMemo(() => decodeInvitation(code), [code]);
  if (!decoded.ok) {
    return (
      <section class="participant">
        <h1>{w.answer.badLinkTitle}</h1>
        <ErrorNotice message={decoded.problem === 'newer-version' ? w.answer.newerLink : w.answer.badLink} />
      </section>
    );
  }
  return <Answering invitation={decoded.invitation} />;
}

function Answering({ invitation }: { invitation: Invitation }) {
  const { db, ready } = useAppState();
  const [content, setContent] = useState<WorkshopContent | 'error' | null>(null);
  useEffect(() => {
    // A link is often the phone's very first visit: the shipped content is being put in the database.
    ready.then(() => loadWorkshopContent(db, invitation.questionnaire)).then(setContent, () => setContent('error'));
  }, [db, invitation.questionnaire.id, invitation.questionnaire.version]);
  const stored = useLiveQuery(() => responseTo(db, invitation.id), [db, invitation.id]);

  if (content === 'error' || stored.status === 'error') return <ErrorNotice message={t.storageError} />;
  if (content === null || stored.status !== 'ready') return <Loading />;
  const { questionnaire, huset, dialog } = content;
  if (!questionnaire || !huset || !dialog) {
    return (
      <section class="participant">
        <h1>{w.answer.title(invitation.title)}</h1>
        <ErrorNotice message={w.answer.questionnaireMissing} />
      </section>
    );
  }
  const response = stored.value;
  return (
    <section class="participant">
      <h1>{w.answer.title(invitation.title)}</h1>
      <p class="eyebrow">{t.formatDate(invitation.date)}</p>
      {invitation.deadline && <p>{w.answer.deadline(t.formatDate(invitation.deadline))}</p>}
      {!response ? (
        <Start invitation={invitation} />
      ) : response.handedInAt === null ? (
        <Answer response={response} content={{ questionnaire, huset, dialog }} />
      ) : (
        <HandedIn response={response} content={{ questionnaire, dialog }} />
      )}
      {response && <DeleteAnswers response={response} />}
      <p class="participant__others">
        <a href={href({ name: 'my-answers' })}>{w.myAnswers.title}</a>
      </p>
    </section>
  );
}

/** Who can read what: said before the first answer, and again where the code is shown. */
function Privacy({ handedIn = false }: { handedIn?: boolean }) {
  return <p class="notice participant__privacy">{handedIn ? w.answer.privacyHandedIn : w.answer.privacy}</p>;
}

function Start({ invitation }: { invitation: Invitation }) {
  const app = useAppState();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [failed, setFailed] = useState(false);
  const start = async (event: Event) => {
    event.preventDefault();
    const response = { ...newResponse(newResponseId(), invitation, app.now()), name: name.trim(), role: role === '' ? null : role };
    try {
      await createResponse(app.db, response);
    } catch (error) {
      console.error(error);
      setFailed(true);
    }
  };
  return (
    <form class="card participant__start" onSubmit={(e) => void start(e)}>
      <p class="lead">{w.answer.intro}</p>
      <Privacy />
      <div class="field">
        <label for="answer-name">{w.answer.name}</label>
        <input id="answer-name" type="text" maxLength={80} autocomplete="name" value={name} onInput={(e) => setName(e.currentTarget.value)} aria-describedby="answer-name-hint" />
        <p class="hint" id="answer-name-hint">
          {w.answer.nameHint}
        </p>
      </div>
      <div class="field">
        <label for="answer-role">{w.answer.role}</label>
        <select id="answer-role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role | '')}>
          <option value="">{w.answer.noRole}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t.roles[r]}
            </option>
          ))}
        </select>
      </div>
      {failed && <ErrorNotice message={t.storageError} />}
      <button class="button button--primary" type="submit">
        {w.answer.start}
      </button>
    </form>
  );
}

function Answer({ response, content }: { response: Response; content: { questionnaire: Questionnaire; huset: Huset; dialog: Dialog } }) {
  const app = useAppState();
  const { questionnaire, huset, dialog } = content;
  // A tap shows at once; the stored response follows a few ms later.
  const [taps, setTaps] = useState<Record<string, AnswerValue>>({});
  const [review, setReview] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = { ...response.answers, ...taps };
  const answered = questionnaire.questions.filter((q) => q.id in response.answers).length;

  const answer = (questionId: string, value: AnswerValue) => {
    setTaps((now) => ({ ...now, [questionId]: value }));
    updateResponse(app.db, response.id, (r) => answerInResponse(r, questionId, value), app.now()).then(
      () => setProblem(null),
      (error: unknown) => {
        console.error(error);
        setProblem(t.workshop.saveFailed);
      },
    );
  };

  const handInNow = async () => {
    try {
      const code = await sealAnswers(answerSetOf(response, questionnaire), response.invitation);
      await updateResponse(app.db, response.id, (r) => handIn(r, code, app.now()), app.now());
    } catch (error) {
      console.error(error);
      setProblem(w.answer.handInFailed);
    }
  };

  if (!review) {
    return (
      <>
        {problem && <ErrorNotice message={problem} />}
        <AnswerForm
          questionnaire={questionnaire}
          huset={huset}
          dialog={dialog}
          answers={shown}
          stored={response.answers}
          onAnswer={(q, v) => answer(q.id, v)}
          onDone={() => setReview(true)}
        />
      </>
    );
  }
  const total = questionnaire.questions.length;
  return (
    <div class="card participant__review">
      <h2>{w.answer.reviewTitle}</h2>
      <p>{t.score.progress(answered, total)}</p>
      {answered < total && <p class="hint">{t.score.doneMissing(total - answered)}</p>}
      <p>{w.answer.handInHint}</p>
      {problem && <ErrorNotice message={problem} />}
      <div class="actions">
        <button class="button" type="button" onClick={() => setReview(false)}>
          {w.answer.change}
        </button>
        <button class="button button--primary" type="button" onClick={() => void handInNow()}>
          {w.answer.handIn}
        </button>
      </div>
    </div>
  );
}

function HandedIn({ response, content }: { response: Response; content: { questionnaire: Questionnaire; dialog: Dialog } }) {
  const [showing, setShowing] = useState(false);
  const [shareFailed, setShareFailed] = useState(false);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(hideTimer.current), []);
  const code = response.code ?? '';
  // The whole code in view, above the app's notices at the window's foot (html's scroll-padding-bottom):
  // a code partly covered does not scan.
  const figure = useRef<HTMLElement>(null);
  const codeDrawn = () => figure.current?.scrollIntoView({ block: 'nearest' });

  const show = () => {
    setShowing(true);
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setShowing(false), CODE_SHOWN_MS);
  };

  const saveFile = async () => {
    setShareFailed(false);
    const name = fileName([w.answer.fileName, response.invitation.title, response.invitation.date], 'json');
    const file = new File([answerFileText(code, response.invitation.title)], name, { type: 'application/json' });
    // Web Share with a file where the phone has it (mail, messages, AirDrop), else an ordinary download.
    if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
      try {
        await navigator.share({ files: [file], title: w.answer.fileTitle(response.invitation.title) });
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setShareFailed(true);
      }
    }
    download(file, name);
  };

  return (
    <div class="card participant__done">
      <h2>{w.answer.readyTitle}</h2>
      <p>{w.answer.readyBody}</p>
      <Privacy handedIn />
      <div class="actions">
        {showing ? (
          <button class="button" type="button" onClick={() => setShowing(false)}>
            {w.answer.hideCode}
          </button>
        ) : (
          <button class="button button--primary" type="button" onClick={show}>
            {w.answer.showCode}
          </button>
        )}
        <button class="button" type="button" onClick={() => void saveFile()}>
          {w.answer.saveFile}
        </button>
      </div>
      {shareFailed && <p class="hint">{w.answer.shareFailed}</p>}
      {showing && (
        <figure class="participant__code" ref={figure}>
          <QrCode text={code} label={w.answer.codeLabel} class="participant__qr" onDrawn={codeDrawn} />
          <figcaption class="hint">{w.answer.codeHides}</figcaption>
        </figure>
      )}
      <YourAnswers response={response} {...content} />
    </div>
  );
}

/** "Se dine svar": each question with the answer given, to read (a handed-in answer no longer changes). */
function YourAnswers({ response, questionnaire, dialog }: { response: Response; questionnaire: Questionnaire; dialog: Dialog }) {
  const shown = (value: AnswerValue | undefined) => {
    if (value === undefined) return t.results.noAnswerSolo;
    if (value === 'skip') return dialog.skipLabel;
    return t.results.answerValue(value, dialog.scale.find((s) => s.value === value)?.label ?? '');
  };
  return (
    <details class="participant__answers">
      <summary>{w.answer.yourAnswers}</summary>
      <ol>
        {questionnaire.questions.map((q) => (
          <li key={q.id} value={q.number}>
            {q.text} <strong>{shown(response.answers[q.id])}</strong>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** "Slet mine svar fra telefonen", asked twice: while answering, once handed in, and in "Mine besvarelser". */
function DeleteAnswers({ response }: { response: Response }) {
  const app = useAppState();
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  return (
    <details class="participant__delete">
      <summary>{w.answer.deleteTitle}</summary>
      <p>{response.handedInAt === null ? w.answer.deleteBodyUnfinished : w.answer.deleteBody}</p>
      {asking ? (
        <button ref={confirm} class="button button--danger" type="button" onClick={() => void deleteResponse(app.db, response.id)}>
          {w.answer.deleteConfirm}
        </button>
      ) : (
        <button class="button" type="button" onClick={() => setAsking(true)}>
          {w.answer.delete}
        </button>
      )}
    </details>
  );
}

/** "Mine besvarelser": each invitation answered on this phone, with how far it got, and a way back to it. */
export function MyAnswersScreen() {
  const { db } = useAppState();
  const list = useLiveQuery(() => listResponses(db), [db]);
  return (
    <section class="participant">
      <h1>{w.myAnswers.title}</h1>
      <p class="lead">{w.myAnswers.intro}</p>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <ErrorNotice message={t.storageError} />}
      {list.status === 'ready' &&
        (list.value.length === 0 ? (
          <p>{w.myAnswers.empty}</p>
        ) : (
          <ul class="plain-list participant__list">
            {list.value.map((r) => (
              <li key={r.id} class="card">
                <a href={href({ name: 'answer', code: encodeInvitation(r.invitation) })}>
                  {r.invitation.title}
                </a>
                <p class="hint">
                  {t.formatDate(r.invitation.date)} · {r.handedInAt ? w.myAnswers.handedIn : w.myAnswers.answered(Object.keys(r.answers).length)}
                </p>
                <DeleteAnswers response={r} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
