/**
 * Step 1's result ("Jeres besvarelser"): first, right under a short header,
 * the six building blocks' means (in the first screenful on a laptop or a
 * projector); then the dialogue openers – the lowest blocks and the
 * questions the group disagrees on most; then per question the distribution.
 * Drawn in HTML with the numbers as text, so it reads on a projector and
 * in a screen reader alike.
 */
import { useMemo } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { href } from '../../app/routes';
import { navigate } from '../../app/use-route';
import { furthestStep } from '../../domain/setup';
import { dialogueOpeners, hasAnyAnswer, isComplete, summarise, type QuestionResult } from '../../domain/scoring';
import { t } from '../../i18n';
import { RoundComparison } from '../../rounds/comparison';
import { useEarlierRounds } from '../../rounds/use-earlier-rounds';
import { r } from '../../rounds/words';
import { AnonymousToggle } from '../anonymous-toggle';
import { useStep } from '../step-context';
import { BlockBars } from './block-bars';
import { meanText } from './mean-text';
import { QuestionResults } from './question-results';
import './results.css';

export { loadRoundWords } from '../../rounds/words';

export function ResultsStep() {
  const { workshop, questionnaire, huset, dialog, labels, save } = useStep();
  const { db } = useAppState();
  const earlier = useEarlierRounds(db, workshop);
  const current = useMemo(() => ({ workshop, questionnaire }), [workshop, questionnaire]);
  const ids = workshop.participants.map((p) => p.id);
  const summary = useMemo(() => summarise(questionnaire, workshop.answers, ids), [questionnaire, workshop.answers, ids.join()]);
  const solo = workshop.mode === 'solo';
  const blockTitle = (id: string) => huset.blocks.find((b) => b.id === id)?.title ?? id;
  const questionText = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const missing = workshop.participants.filter((p) => !isComplete(questionnaire, workshop.answers, p.id));
  const anyAnswer = hasAnyAnswer(summary);
  const openers = dialogueOpeners(summary);
  const formatMean = meanText;
  const toolbar = !solo && (
    <div class="toolbar">
      <AnonymousToggle />
      <p class="participation">
        {t.results.participation(workshop.participants.length - missing.length, workshop.participants.length)}{' '}
        {missing.length > 0 &&
          (workshop.anonymous ? t.results.missingCount(missing.length) : t.results.missing(missing.map((p) => labels.get(p.id) ?? '')))}
      </p>
    </div>
  );
  // Under the bars it explains them, and keeps them in the first screenful on a projector (issue #12).
  const scaleEnds = [dialog.scale[0]?.label ?? '', dialog.scale[dialog.scale.length - 1]?.label ?? '', dialog.skipLabel] as const;
  const intro = solo ? t.results.soloIntro(...scaleEnds) : t.results.intro(...scaleEnds);


  return (
    <>
      <h1>{solo ? t.results.soloTitle : t.results.title}</h1>
      {!anyAnswer ? (
        <>
          <p class="lead">{intro}</p>
          {toolbar}
          <p class="empty">{t.results.noAnswers}</p>
          <a class="button" href={href({ name: 'workshop', id: workshop.id, view: 'besvar' })}>
            {t.results.toScore}
          </a>
        </>
      ) : (
        <>
          <BlockBars summary={summary} blockTitle={blockTitle} formatMean={formatMean} intro={intro} alone={solo} />
          {earlier.status === 'error' && (
            <p class="notice notice--error" role="alert">
              {r.earlierFailed}
            </p>
          )}
          {earlier.status === 'ready' && earlier.rounds.length > 0 && (
            <RoundComparison current={current} earlier={earlier.rounds} dialog={dialog} blockTitle={blockTitle} formatMean={formatMean} />
          )}
          {toolbar}
          <section class="card highlights" aria-labelledby="highlights-title">
            <h2 id="highlights-title">{t.results.highlights}</h2>
            <div class="highlights__grid">
              <div>
                <h3>{solo ? t.results.lowestSolo : t.results.lowest}</h3>
                <p class="hint">{solo ? t.results.lowestWhySolo : t.results.lowestWhy}</p>
                <ul class="plain-list highlight-list">
                  {openers.lowest.map((b) => (
                    <li key={b.block}>
                      <strong>{blockTitle(b.block)}</strong> – {t.results.mean(formatMean(b.mean))}
                    </li>
                  ))}
                </ul>
              </div>
              {!solo && (
                <div>
                  <h3>{t.results.disagree}</h3>
                  <p class="hint">{t.results.disagreeWhy}</p>
                  {openers.disagreements.length === 0 ? (
                    <p>{t.results.noDisagreement}</p>
                  ) : (
                    <ul class="plain-list highlight-list">
                      {openers.disagreements.map((q: QuestionResult) => (
                        <li key={q.questionId}>
                          <strong>
                            {q.number}. {questionText.get(q.questionId)?.text}
                          </strong>{' '}
                          – {t.results.spreadSteps(q.spread ?? 0)}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
            </div>
          </section>
          <QuestionResults summary={summary} questionnaire={questionnaire} dialog={dialog} blockTitle={blockTitle} formatMean={formatMean} alone={solo} />
          <div class="actions">
            <button
              class="button button--primary button--large"
              type="button"
              onClick={() =>
                void save((w) => ({ ...w, step: furthestStep(w.step, 'prioritise') })).then(
                  (ok) => ok && navigate({ name: 'workshop', id: workshop.id, view: 'prioriter' }),
                )
              }
            >
              {t.prioritise.toPrioritise}
            </button>
          </div>
        </>
      )}
    </>
  );
}
