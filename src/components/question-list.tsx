/** A numbered list of questions with the booklet's * marker (StarMark, also used in step 1), for Huset and the workshop overview. */
import type { Question } from '../domain/content';
import { OriginalText } from './original-text';
import { t } from '../i18n';
import './question-list.css';

/** The booklet's * after a question, with its meaning for screen readers and on hover. */
export function StarMark() {
  return (
    <>
      {' '}
      <span class="star" aria-hidden="true" title={t.star}>
        *
      </span>
      <span class="visually-hidden"> ({t.star})</span>
    </>
  );
}

/** `originals` are the Danish questions when `questions` are a translation. */
export function QuestionList({ questions, originals }: { questions: Question[]; originals?: Question[] }) {
  return (
    <ol class="questions">
      {questions.map((q) => (
        <li key={q.id} value={q.number}>
          <span class="questions__number" aria-hidden="true">
            {q.number}.
          </span>
          <div>
            {q.text}
            {q.star && <StarMark />}
            <OriginalText text={originals?.find((o) => o.id === q.id)?.text} />
          </div>
        </li>
      ))}
    </ol>
  );
}
