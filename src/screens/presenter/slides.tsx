/**
 * The presenter view's screens. Each shows what a normal screen shows, worked
 * out by the same code (summarise and dialogueOpeners from scoring.ts, the
 * plan document's ranking and plan, the time-box of timebox.ts), only larger
 * and one thing at a time. Numbers are text with words beside them, so no
 * colour is the only cue.
 */
import type { BlockId } from '../../domain/blocks';
import type { Dialog, Huset, Questionnaire } from '../../domain/content';
import { dialogueOpeners, hasAnyAnswer, isComplete, type ScoreSummary } from '../../domain/scoring';
import { clockFace, isOver, isRunning, newCountdown, remainingMs, splitTime, type Countdown } from '../../domain/timebox';
import { rankingShown } from '../../domain/voting';
import type { Workshop } from '../../domain/workshop';
import { t } from '../../i18n';
import { MeetingTime } from '../../steps/dialogue/meeting-time';
import { useNow } from '../../steps/dialogue/use-now';
import { planDocument } from '../../steps/plan/plan-document';
import { meanText } from '../../steps/results/mean-text';

export interface SlideContent {
  workshop: Workshop;
  questionnaire: Questionnaire;
  huset: Huset;
  dialog: Dialog;
  summary: ScoreSummary;
}

function Slide({ eyebrow, title, children }: { eyebrow?: string; title: string; children: preact.ComponentChildren }) {
  return (
    <section class="slide" aria-labelledby="slide-title">
      {eyebrow && <p class="slide__eyebrow">{eyebrow}</p>}
      <h1 id="slide-title">{title}</h1>
      {children}
    </section>
  );
}

const blockTitleIn = (huset: Huset) => (id: string) => huset.blocks.find((b) => b.id === id)?.title ?? id;

/** While a shared tablet goes round: that the results wait, and how many have answered. */
export function GateSlide({ workshop, questionnaire }: SlideContent) {
  const done = workshop.participants.filter((p) => isComplete(questionnaire, workshop.answers, p.id)).length;
  return (
    <Slide title={t.results.gateTitle}>
      <p>{t.results.gate}</p>
      <p>{t.results.participation(done, workshop.participants.length)}</p>
    </Slide>
  );
}

/** The six building blocks: mean, lowest and highest answer, how many answered. */
export function BlocksSlide({ workshop, huset, summary }: SlideContent) {
  const blockTitle = blockTitleIn(huset);
  return (
    <Slide title={workshop.mode === 'solo' ? t.results.soloTitle : t.results.title}>
      {!hasAnyAnswer(summary) ? (
        <p>{t.results.noAnswers}</p>
      ) : (
        <ul class="plain-list slide-blocks">
          {summary.blocks.map((b) => (
            <li key={b.block} class="slide-block" data-block={b.block}>
              <span class="slide-block__title">{blockTitle(b.block)}</span>
              <span class="slide-block__mean slide-number" aria-hidden="true">
                {meanText(b.mean)}
              </span>
              <span class="slide-block__track" aria-hidden="true">
                <span class="slide-block__fill" style={{ width: `${b.mean === null ? 0 : (b.mean / 5) * 100}%` }} />
              </span>
              <span class="slide-block__range">
                {b.mean === null || b.min === null || b.max === null ? (
                  t.results.blockEmpty
                ) : (
                  <>
                    <span class="visually-hidden">{t.results.blockMean(meanText(b.mean))}</span>
                    {t.results.blockRange(b.min, b.max, b.respondents)}
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Slide>
  );
}

/** "Gode steder at starte": the lowest blocks, and the questions the group disagrees on most. */
export function OpenersSlide({ workshop, questionnaire, huset, summary }: SlideContent) {
  const solo = workshop.mode === 'solo';
  // Three questions fit a projector's screen in large type; the results screen lists five.
  const openers = dialogueOpeners(summary, 3);
  const blockTitle = blockTitleIn(huset);
  const questionText = new Map(questionnaire.questions.map((q) => [q.id, q.text]));
  return (
    <Slide title={t.results.highlights}>
      {!hasAnyAnswer(summary) ? (
        <p>{t.results.noAnswers}</p>
      ) : (
        <div class="slide-columns slide-columns--wide-last">
          <section aria-labelledby="slide-lowest">
            <h2 id="slide-lowest">{solo ? t.results.lowestSolo : t.results.lowest}</h2>
            <ul class="plain-list slide-list">
              {openers.lowest.map((b) => (
                <li key={b.block} class="slide-list__row">
                  <span>{blockTitle(b.block)}</span>
                  <span class="visually-hidden">{t.results.mean(meanText(b.mean))}</span>
                  <span class="slide-number" aria-hidden="true">
                    {meanText(b.mean)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          {!solo && (
            <section aria-labelledby="slide-disagree">
              <h2 id="slide-disagree">{t.results.disagree}</h2>
              {openers.disagreements.length === 0 ? (
                <p>{t.results.noDisagreement}</p>
              ) : (
                <ol class="plain-list slide-list">
                  {openers.disagreements.map((q) => (
                    <li key={q.questionId} class="slide-list__question">
                      <strong>{q.number}.</strong> {questionText.get(q.questionId)}{' '}
                      <span class="slide-list__meta">– {t.results.spreadSteps(q.spread ?? 0)}</span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          )}
        </div>
      )}
    </Slide>
  );
}

/** Step 2's ranking with its votes, once it is revealed; what goes into the dialogue is marked in words. */
export function RankingSlide(content: SlideContent) {
  const { workshop } = content;
  const priorities = planDocument({ ...content, labels: new Map() }, false).priorities;
  return (
    <Slide eyebrow={t.views.prioriter} title={t.presenter.ranking}>
      {!rankingShown(workshop) ? (
        <p>{t.presenter.rankingHidden}</p>
      ) : priorities.length === 0 ? (
        <p>{t.presenter.noVotes}</p>
      ) : (
        <ol class="plain-list slide-ranking">
          {priorities.map((p) => (
            <li key={p.label} class="slide-ranking__row">
              <span class="slide-ranking__rank">{t.prioritise.rank(p.rank, p.tied)}</span>
              <span class="slide-ranking__label">
                {p.label}
                {p.chosen && <span class="slide-badge">{t.prioritise.chooseShort}</span>}
              </span>
              <span class="slide-ranking__votes">
                <span class="slide-number">{p.votes}</span> {t.presenter.votesWord(p.votes)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Slide>
  );
}

/** One chosen block in step 3: how the group scored it, the six prompts, its time-box and the meeting's time. */
export function DialogueSlide({ workshop, huset, dialog, summary, block }: SlideContent & { block?: BlockId }) {
  const chosen = workshop.voting.chosen;
  const title = block ? (huset.blocks.find((b) => b.id === block)?.title ?? block) : undefined;
  if (!block || !title) {
    return (
      <Slide eyebrow={t.views.dialog} title={t.dialogue.prompts}>
        <p>{t.dialogue.noneChosen}</p>
      </Slide>
    );
  }
  const time = splitTime(workshop.timeBudgetMinutes, chosen.length);
  const result = summary.blocks.find((b) => b.block === block);
  return (
    <Slide eyebrow={`${t.views.dialog} · ${t.presenter.blockOf(chosen.indexOf(block) + 1, chosen.length)}`} title={title}>
      <p class="slide__lead">
        {result && result.mean !== null && result.min !== null && result.max !== null
          ? t.results.blockLine(meanText(result.mean), result.min, result.max, result.respondents)
          : t.results.blockEmpty}
      </p>
      <div class="slide-columns slide-columns--wide-first">
        <section aria-labelledby="slide-prompts">
          <h2 id="slide-prompts">{t.dialogue.prompts}</h2>
          <ol class="slide-prompts">
            {dialog.dialoguePrompts.map((prompt) => (
              <li key={prompt.id}>{prompt.text}</li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="slide-time" class="slide-time">
          <h2 id="slide-time">{t.dialogue.timer}</h2>
          <Clock countdown={workshop.dialogue[block]?.timer ?? newCountdown(time.dialoguePerBlock * 60_000)} />
          <MeetingTime plan={time} countdowns={chosen.map((id) => workshop.dialogue[id]?.timer)} />
        </section>
      </div>
    </Slide>
  );
}

/** The block's time-box as a big clock, with its state in words (not in colour alone). */
function Clock({ countdown }: { countdown: Countdown }) {
  const running = isRunning(countdown);
  const now = useNow(running);
  const left = remainingMs(countdown, now);
  const over = isOver(countdown, now);
  const state = running ? t.presenter.timerRunning : countdown.elapsedBeforeMs > 0 ? t.presenter.timerPaused : t.presenter.timerNotStarted;
  return (
    <div class={`slide-clock${over ? ' slide-clock--over' : ''}`}>
      <p class="slide-clock__face">
        <span class="slide-number">{over ? `+${clockFace(left)}` : clockFace(left)}</span> {over ? t.presenter.over : t.presenter.left}
      </p>
      <p>{over ? t.dialogue.timeUp : state}</p>
    </div>
  );
}

/** The plan so far: per block what, who and when, then its effect and follow-up. */
export function PlanSlide(content: SlideContent) {
  const template = content.dialog.planTemplate;
  const doc = planDocument({ ...content, labels: new Map() }, false);
  return (
    <Slide eyebrow={t.views.handleplan} title={template.title}>
      {doc.itemCount === 0 ? (
        <p>{t.plan.noItems}</p>
      ) : (
        doc.sections.map((section) => (
          <section key={section.block} aria-labelledby={`slide-plan-${section.block}`} class="slide-plan">
            <h2 id={`slide-plan-${section.block}`}>{section.title}</h2>
            <ol class="plain-list slide-plan__items">
              {section.items.map((item, i) => (
                <li key={i} class="slide-plan__item">
                  <p class="slide-plan__what">
                    {item.what || t.print.empty}
                    {item.kind === 'discussion' && <span class="slide-badge">{t.print.discussion(item.forum)}</span>}
                  </p>
                  <p class="slide-plan__meta">
                    {template.who} {item.who || t.print.empty} · {template.when} {item.when || t.print.empty}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
      {(doc.effect || doc.evidence || doc.followUp) && (
        <section aria-labelledby="slide-plan-whole" class="slide-plan">
          <h2 id="slide-plan-whole">{t.plan.whole}</h2>
          {doc.effect && <p class="pre-line">{doc.effect}</p>}
          {doc.evidence && <p class="pre-line">{doc.evidence}</p>}
          <p>
            {template.followUp} {doc.followUp ?? t.print.noFollowUp}
          </p>
        </section>
      )}
    </Slide>
  );
}
