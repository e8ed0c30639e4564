/**
 * Per question: how many chose each step of the scale, and how many said
 * "Ved ikke / ikke relevant", as a strip whose parts are labelled "2: 3"
 * (answer: how many), so the colours are never the only cue. Alone (solo
 * mode) there is no distribution or spread to show: each question says the
 * person's own answer.
 */
import type { Dialog, Questionnaire } from '../../domain/content';
import type { QuestionResult, ScoreSummary } from '../../domain/scoring';
import { t } from '../../i18n';
import { OriginalText, originalQuestion } from '../../components/original-text';
import './question-results.css';

interface Props {
  summary: ScoreSummary;
  /** Show only this building block (the dialogue's view of one block). */
  only?: string;
  /** Heading level of the section title; the blocks' titles go one level below. */
  level?: 2 | 3;
  questionnaire: Questionnaire;
  dialog: Dialog;
  blockTitle: (id: string) => string;
  formatMean: (mean: number | null) => string;
  /** One person alone: their answer per question, no distribution, spread or "Uenighed". */
  alone?: boolean;
}

export function QuestionResults({ summary, questionnaire, dialog, blockTitle, formatMean, only, level = 2, alone = false }: Props) {
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const disagreeing = new Set(summary.disagreements.map((q) => q.questionId));
  const results = new Map(summary.questions.map((q) => [q.questionId, q]));
  return (
    <section aria-labelledby="questions-title">
      {level === 2 ? <h2 id="questions-title">{t.results.questions}</h2> : <h3 id="questions-title">{t.results.questions}</h3>}
      {!alone && <Legend dialog={dialog} />}
      {summary.blocks
        .filter((b) => !only || b.block === only)
        .map((b) => (
        <section class={only ? '' : 'card'} key={b.block} aria-labelledby={only ? undefined : `results-${b.block}`} aria-label={only ? blockTitle(b.block) : undefined}>
          {!only && <h3 id={`results-${b.block}`}>{blockTitle(b.block)}</h3>}
          <ol class="plain-list question-results">
            {b.questionIds.map((id) => {
              const q = results.get(id);
              const question = byId.get(id);
              if (!q || !question) return null;
              return (
                <li key={id} class="question-result" data-question={question.number}>
                  <p class="question-result__text">
                    <strong>{question.number}.</strong> {question.text}
                    {!alone && disagreeing.has(id) && <span class="badge">{t.results.disagreeBadge}</span>}
                  </p>
                  <OriginalText text={originalQuestion(questionnaire, id)} />
                  {alone ? (
                    <p class="question-result__numbers">{ownAnswer(q.distribution, q.skipped, dialog)}</p>
                  ) : (
                    <Distribution result={q} dialog={dialog} formatMean={formatMean} />
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </section>
  );
}

/** The one person's answer: "Dit svar: 3 – I middel grad", "Dit svar: Ved ikke / ikke relevant" or "Ikke besvaret". */
function ownAnswer(distribution: readonly number[], skipped: number, dialog: Dialog): string {
  const index = distribution.findIndex((n) => n > 0);
  const step = dialog.scale[index];
  if (step) return t.results.answerSolo(t.results.answerValue(step.value, step.label));
  return skipped > 0 ? t.results.answerSolo(dialog.skipLabel) : t.results.noAnswerSolo;
}

/** What the colours of the strips mean. */
function Legend({ dialog }: { dialog: Dialog }) {
  return (
    <>
      <ol class="plain-list legend" aria-label={t.results.distribution}>
        {dialog.scale.map((s) => (
          <li key={s.value}>
            <span class={`swatch swatch--${s.value}`} aria-hidden="true" /> {s.value} = {s.label}
          </li>
        ))}
        <li>
          <span class="swatch swatch--skip" aria-hidden="true" /> {t.results.skipShort} = {dialog.skipLabel}
        </li>
      </ol>
      <p class="hint legend__hint">{t.results.stripHint}</p>
    </>
  );
}

/** A question's answers as a strip of "answer: how many" parts, and its mean, spread and counts. */
function Distribution({ result: q, dialog, formatMean }: { result: QuestionResult; dialog: Dialog; formatMean: (mean: number | null) => string }) {
  return (
    <>
      <div
        class="strip"
        role="img"
        aria-label={`${t.results.distribution}: ${dialog.scale.map((s, i) => `${s.label} ${q.distribution[i]}`).join(', ')}${q.skipped ? `, ${dialog.skipLabel} ${q.skipped}` : ''}`}
      >
        {q.distribution.map((count, i) =>
          count > 0 ? (
            <span key={i} class={`strip__part swatch--${i + 1}`} style={{ flexGrow: count }}>
              {t.results.segment(String(i + 1), count)}
            </span>
          ) : null,
        )}
        {q.skipped > 0 && (
          <span class="strip__part swatch--skip" style={{ flexGrow: q.skipped }}>
            {t.results.segment(t.results.skipShort, q.skipped)}
          </span>
        )}
      </div>
      <p class="question-result__numbers">
        {q.mean === null ? t.results.questionEmpty(q.skipped) : t.results.questionLine(formatMean(q.mean), q.spread ?? 0, q.answered, q.skipped)}
      </p>
    </>
  );
}
