/** A numbered list of questions with the booklet's * marker, for Huset and the workshop overview. */
import type { Question } from '../domain/content';
import { t } from '../i18n';

export function QuestionList({ questions }: { questions: Question[] }) {
  return (
    <ol class="questions">
      {questions.map((q) => (
        <li key={q.id} value={q.number}>
          <span class="questions__number" aria-hidden="true">
            {q.number}.
          </span>
          <span>
            {q.text}
            {q.star && (
              <>
                {' '}
                <span class="star" aria-hidden="true" title={t.huset.star}>
                  *
                </span>
                <span class="visually-hidden"> ({t.huset.star})</span>
              </>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
