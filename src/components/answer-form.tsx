/**
 * Answering the questionnaire, one building block at a time: the block tabs
 * with their counts, the block's statements with the booklet's scale, and
 * the way on. It only shows and tells: the step's QuestionnaireForm saves to
 * the workshop, and a participant's own phone saves to its response
 * (src/own-devices/participant/).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { questionsByBlock, type Dialog, type Huset, type Question, type Questionnaire } from '../domain/content';
import type { AnswerValue } from '../domain/workshop';
import { t } from '../i18n';
import { focusMark, focusUnlessMoved, type FocusMark } from './focus-unless-moved';
import { OriginalText, originalQuestion } from './original-text';
import { StarMark } from './question-list';
import './answer-form.css';

export interface AnswerFormProps {
  questionnaire: Questionnaire;
  huset: Huset;
  dialog: Dialog;
  /** What the screen shows (a tap shows at once). */
  answers: Readonly<Record<string, AnswerValue>>;
  /** What is stored: the counts show these, so "12 af 24" also means "12 saved". */
  stored: Readonly<Record<string, AnswerValue>>;
  /** "Du svarer som Maria (TR)"; none on one's own phone. */
  answeringAs?: string;
  /** The question to resume at, if any. */
  cursor?: string;
  onAnswer: (question: Question, value: AnswerValue) => void;
  /** Called with the first question of the block moved to. */
  onBlock?: (first: Question) => void;
  onDone: () => void;
}

export function AnswerForm({ questionnaire, huset, dialog, answers, stored, answeringAs, cursor, onAnswer, onBlock, onDone }: AnswerFormProps) {
  const groups = questionsByBlock(questionnaire);
  // Someone who has answered everything and comes back to change an answer starts from the top.
  const [fromTop] = useState(() => questionnaire.questions.every((q) => q.id in answers));
  const [blockIndex, setBlockIndex] = useState(() => {
    if (fromTop) return 0;
    const at = groups.findIndex((g) => g.questions.some((q) => (cursor ? q.id === cursor : !(q.id in answers))));
    return Math.max(0, at);
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  /** Where the focus was at the tap that changed the block (see focus-unless-moved.ts). */
  const tapMark = useRef<FocusMark>(null);
  const group = groups[blockIndex] ?? groups[0];

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      if (fromTop) return;
      if (cursor) document.getElementById(`question-${cursor}`)?.scrollIntoView({ block: 'center' });
      return;
    }
    focusUnlessMoved(headingRef.current, tapMark.current);
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, [blockIndex]);

  if (!group) return null;
  const done = questionnaire.questions.filter((q) => q.id in stored).length;
  const total = questionnaire.questions.length;
  const blockTitle = (id: string) => huset.blocks.find((b) => b.id === id)?.title ?? id;

  const goTo = (index: number) => {
    const first = groups[index]?.questions[0];
    tapMark.current = focusMark();
    setBlockIndex(index);
    if (first) onBlock?.(first);
  };

  return (
    <div class="questionnaire">
      <div class="questionnaire__top">
        {answeringAs !== undefined && <p class="answering-as">{t.score.answeringAs(answeringAs)}</p>}
        <p class="progress-text" id="score-progress">
          {t.score.progress(done, total)}
        </p>
        <progress max={total} value={done} aria-labelledby="score-progress" />
      </div>
      <nav aria-label={t.score.blocksNav}>
        <ol class="block-tabs">
          {groups.map((g, i) => {
            const blockDone = g.questions.filter((q) => q.id in stored).length;
            return (
              <li key={g.block}>
                <button
                  type="button"
                  class="block-tab"
                  aria-current={i === blockIndex ? 'step' : undefined}
                  onClick={() => goTo(i)}
                >
                  <span>{huset.blocks.find((b) => b.id === g.block)?.shortTitle ?? g.block}</span>
                  <span class="block-tab__count">{t.score.blockProgress(blockDone, g.questions.length)}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <section class="card" aria-labelledby="block-heading">
        <h2 id="block-heading" tabIndex={-1} ref={headingRef}>
          {blockTitle(group.block)}
        </h2>
        <p class="lead-in">{dialog.leadIn}</p>
        {group.questions.map((q) => (
          <fieldset class="question" key={q.id} id={`question-${q.id}`}>
            <legend>
              <span class="question__number">{q.number}.</span> {q.text}
              {q.star && <StarMark />}
            </legend>
            <OriginalText text={originalQuestion(questionnaire, q.id)} />
            <div class="scale">
              {dialog.scale.map(({ value, label }) => (
                <label class="scale__option" key={value}>
                  <input type="radio" name={`answer-${q.id}`} checked={answers[q.id] === value} onChange={() => onAnswer(q, value as AnswerValue)} />
                  <span class="scale__value" aria-hidden="true">
                    {value}
                  </span>
                  <span class="scale__label">{label}</span>
                </label>
              ))}
              <label class="scale__option scale__option--skip">
                <input type="radio" name={`answer-${q.id}`} checked={answers[q.id] === 'skip'} onChange={() => onAnswer(q, 'skip')} />
                <span class="scale__label">{dialog.skipLabel}</span>
              </label>
            </div>
          </fieldset>
        ))}
      </section>
      <div class="actions actions--spread">
        {blockIndex > 0 ? (
          <button class="button" type="button" onClick={() => goTo(blockIndex - 1)}>
            {t.score.previousBlock}
          </button>
        ) : (
          <span />
        )}
        {blockIndex < groups.length - 1 ? (
          <button class="button button--primary" type="button" onClick={() => goTo(blockIndex + 1)}>
            {t.score.nextBlock}
          </button>
        ) : (
          <div class="done">
            {done < total && <p class="hint">{t.score.doneMissing(total - done)}</p>}
            <button class="button button--primary" type="button" onClick={onDone}>
              {t.score.done}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
