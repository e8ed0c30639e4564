/**
 * One participant answering the questionnaire, one building block at a
 * time. Every tap is saved at once and moves the resume point, so a reload
 * comes back to the same block with every answer in place.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { setAnswer, setCursor } from '../../domain/answers';
import { questionsByBlock, type Question } from '../../domain/content';
import { answeredCount } from '../../domain/scoring';
import type { AnswerValue } from '../../domain/workshop';
import { t } from '../../i18n';
import { useSession } from '../../session/context';
import { StarMark } from '../../components/question-list';
import { OriginalText, originalQuestion } from '../../components/original-text';
import { useStep } from '../step-context';

interface Props {
  participantId: string;
  onDone: () => void;
}

export function QuestionnaireForm({ participantId, onDone }: Props) {
  const { workshop, questionnaire, huset, dialog, labels, save } = useStep();
  const session = useSession();
  const groups = questionsByBlock(questionnaire);
  // A tap shows at once: the session applies it before it is written.
  const answers: Record<string, AnswerValue> = workshop.answers[participantId] ?? {};
  // Someone who has answered everything and comes back to change an answer starts from the top.
  const [fromTop] = useState(() => questionnaire.questions.every((q) => q.id in answers));
  const [blockIndex, setBlockIndex] = useState(() => {
    if (fromTop) return 0;
    const cursor = workshop.cursor?.participantId === participantId ? workshop.cursor.questionId : undefined;
    const at = groups.findIndex((g) => g.questions.some((q) => (cursor ? q.id === cursor : !(q.id in answers))));
    return Math.max(0, at);
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const group = groups[blockIndex] ?? groups[0];

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      if (fromTop) return;
      const cursor = workshop.cursor?.participantId === participantId ? workshop.cursor.questionId : undefined;
      if (cursor) document.getElementById(`question-${cursor}`)?.scrollIntoView({ block: 'center' });
      return;
    }
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, [blockIndex]);

  if (!group) return null;
  // Counters show what IndexedDB has, so "12 af 24" also means "12 saved" (a tap shows at once; its count follows the write).
  const stored = session.saved.value.answers;
  const done = answeredCount(questionnaire, stored, participantId);
  const total = questionnaire.questions.length;
  const blockTitle = (id: string) => huset.blocks.find((b) => b.id === id)?.title ?? id;

  const goTo = (index: number) => {
    const first = groups[index]?.questions[0];
    setBlockIndex(index);
    if (first) void save((w) => setCursor(w, participantId, first.id));
  };

  const answer = (question: Question, value: AnswerValue) => {
    void save((w) => setAnswer(w, participantId, question.id, value));
  };

  return (
    <div class="questionnaire">
      <div class="questionnaire__top">
        <p class="answering-as">{t.score.answeringAs(labels.get(participantId) ?? '')}</p>
        <p class="progress-text" id="score-progress">
          {t.score.progress(done, total)}
        </p>
        <progress max={total} value={done} aria-labelledby="score-progress" />
      </div>
      <nav aria-label={t.score.blocksNav}>
        <ol class="block-tabs">
          {groups.map((g, i) => {
            const blockDone = g.questions.filter((q) => q.id in (stored[participantId] ?? {})).length;
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
                  <input type="radio" name={`answer-${q.id}`} checked={answers[q.id] === value} onChange={() => answer(q, value as AnswerValue)} />
                  <span class="scale__value" aria-hidden="true">
                    {value}
                  </span>
                  <span class="scale__label">{label}</span>
                </label>
              ))}
              <label class="scale__option scale__option--skip">
                <input type="radio" name={`answer-${q.id}`} checked={answers[q.id] === 'skip'} onChange={() => answer(q, 'skip')} />
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
