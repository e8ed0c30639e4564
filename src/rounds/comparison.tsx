/**
 * "Siden sidste runde" in Trin 1's results: per building block this round's
 * mean, the previous round's, and the change ("↑ +0,4", "uændret"), with how
 * many answered in each round and the rule for when no arrow is shown. A
 * block's button opens each question's distribution in both rounds, side by
 * side. With three or more rounds, each block has a small trend line (a
 * picture only) and one data table holds the same numbers for everyone.
 * An earlier round whose questionnaire version this device lacks is named:
 * its answers cannot be compared (with the previous round, no change is
 * shown at all; in the trend, its column has no means).
 * The numbers come from domain/rounds.ts.
 */
import { useMemo, useState } from 'preact/hooks';
import { comparable, compareRounds, seriesTrend, sideBySide, type BlockChange, type BlockTrend, type EarlierRound, type QuestionChange, type Round } from '../domain/rounds';
import type { Dialog } from '../domain/content';
import { t } from '../i18n';
import { r } from './words';
import './rounds.css';

interface Props {
  current: Round;
  /** The earlier rounds of the series, earliest first; the last is the previous round. */
  earlier: EarlierRound[];
  dialog: Dialog;
  blockTitle: (id: string) => string;
  formatMean: (mean: number | null) => string;
}

/** The change as text: the arrow and the signed number, "uændret", or why there is none. */
export function changeText(change: BlockChange): string {
  if (change.reason === 'no-compared-questions') return r.change.notCompared;
  if (change.reason === 'no-answers' || change.change === null) return r.change.noAnswers;
  if (change.direction === null) return r.change.tooFew;
  if (change.direction === 'same') return r.change.same;
  return change.direction === 'up' ? r.change.up(change.change) : r.change.down(change.change);
}

export function RoundComparison({ current, earlier, dialog, blockTitle, formatMean }: Props) {
  const previous = earlier[earlier.length - 1];
  const comparison = useMemo(() => (previous && comparable(previous) ? compareRounds(current, previous) : null), [current, previous]);
  const trend = useMemo(() => seriesTrend([...earlier, current]), [current, earlier]);
  const [open, setOpen] = useState<string | null>(null);
  if (!previous) return null;
  const solo = current.workshop.mode === 'solo';
  const missing = earlier.filter((round) => !comparable(round)).map((round) => t.formatDate(round.workshop.date));
  const missingNotice = missing.length > 0 && <p class="notice notice--warning">{r.change.missing(t.formatList(missing), missing.length)}</p>;
  if (!comparison) {
    return (
      <section class="card rounds-change" aria-labelledby="rounds-change-title">
        <h2 id="rounds-change-title">{r.change.title}</h2>
        {missingNotice}
        {trend.length > 0 && <TrendTable trend={trend} rounds={[...earlier, current]} blockTitle={blockTitle} formatMean={formatMean} />}
      </section>
    );
  }
  const side = (s: BlockChange['current']) => (s.mean === null ? formatMean(null) : solo ? r.change.meanSolo(formatMean(s.mean), s.answered) : r.change.mean(formatMean(s.mean), s.respondents));
  const questionText = new Map(current.questionnaire.questions.map((q) => [q.id, q.text]));

  return (
    <section class="card rounds-change" aria-labelledby="rounds-change-title">
      <h2 id="rounds-change-title">{r.change.title}</h2>
      <p>{solo ? r.change.introSolo(t.formatDate(previous.workshop.date)) : r.change.intro(t.formatDate(previous.workshop.date))}</p>
      {missingNotice}
      <ul class="plain-list rounds-change__list">
        {comparison.blocks.map((change) => {
          const title = blockTitle(change.block);
          const expanded = open === change.block;
          const panel = `rounds-questions-${change.block}`;
          const line = trend.find((b) => b.block === change.block);
          return (
            <li key={change.block} class="rounds-change__block" data-block={change.block}>
              <div class="rounds-change__row">
                <span class="rounds-change__title">{title}</span>
                <span class="rounds-change__side">
                  <span class="rounds-change__label">{r.change.now}</span> {side(change.current)}
                </span>
                <span class="rounds-change__side">
                  <span class="rounds-change__label">{r.change.before}</span> {side(change.previous)}
                </span>
                <span class="rounds-change__value" data-direction={change.direction ?? 'none'}>
                  <span class="rounds-change__label">{r.change.difference}</span>
                  <span class="rounds-change__text" aria-hidden={change.direction === 'up' || change.direction === 'down' ? 'true' : undefined}>
                    {changeText(change)}
                  </span>
                  {change.direction === 'up' && change.change !== null && <span class="visually-hidden">{r.change.upSpoken(change.change)}</span>}
                  {change.direction === 'down' && change.change !== null && <span class="visually-hidden">{r.change.downSpoken(change.change)}</span>}
                </span>
                {line && <TrendLine trend={line} />}
              </div>
              {change.questionIds.length > 0 && (
                <button
                  class="button button--quiet rounds-change__toggle"
                  type="button"
                  aria-expanded={expanded ? 'true' : 'false'}
                  aria-controls={panel}
                  onClick={() => setOpen(expanded ? null : change.block)}
                >
                  {expanded ? r.change.hideQuestions(title) : r.change.showQuestions(title)}
                </button>
              )}
              <div id={panel} hidden={!expanded}>
                {expanded && (
                  <QuestionsSideBySide
                    title={r.change.questionsTitle(title)}
                    questions={comparison.questions.filter((q) => q.block === change.block)}
                    questionText={questionText}
                    dialog={dialog}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <p class="hint">{solo ? r.change.ruleSolo : r.change.rule}</p>
      {(comparison.added.length > 0 || comparison.removed.length > 0) && (
        <div class="rounds-change__not-compared">
          <h3>{r.change.notComparedTitle}</h3>
          <p>{r.change.notComparedIntro}</p>
          {comparison.added.length > 0 && (
            <>
              <h4>{r.change.added}</h4>
              <ul>
                {comparison.added.map((q) => (
                  <li key={q.id}>
                    {q.number}. {q.text}
                  </li>
                ))}
              </ul>
            </>
          )}
          {comparison.removed.length > 0 && (
            <>
              <h4>{r.change.removed}</h4>
              <ul>
                {comparison.removed.map((q) => (
                  <li key={q.id}>
                    {q.number}. {q.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {trend.length > 0 && <TrendTable trend={trend} rounds={[...earlier, current]} blockTitle={blockTitle} formatMean={formatMean} />}
    </section>
  );
}

function QuestionsSideBySide({ title, questions, questionText, dialog }: { title: string; questions: QuestionChange[]; questionText: Map<string, string>; dialog: Dialog }) {
  const label = (value: number) => dialog.scale.find((s) => s.value === value)?.label ?? String(value);
  return (
    <div class="rounds-questions">
      <h3>{title}</h3>
      {questions.map((q) => {
        const most = Math.max(1, ...q.current.distribution, ...q.previous.distribution, q.current.skipped, q.previous.skipped);
        const bar = (n: number, kind: string) => <span class={`rounds-bar rounds-bar--${kind}`} style={{ width: `${(n / most) * 100}%` }} aria-hidden="true" />;
        return (
          <table class="rounds-table" key={q.questionId}>
            <caption>
              {q.number}. {questionText.get(q.questionId)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{r.change.answer}</th>
                <th scope="col">{r.change.now}</th>
                <th scope="col">{r.change.before}</th>
              </tr>
            </thead>
            <tbody>
              {sideBySide(q).map((row) => (
                <tr key={row.value}>
                  <th scope="row">{label(row.value)}</th>
                  <td>
                    {row.current} {bar(row.current, 'now')}
                  </td>
                  <td>
                    {row.previous} {bar(row.previous, 'before')}
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row">{dialog.skipLabel}</th>
                <td>{q.current.skipped}</td>
                <td>{q.previous.skipped}</td>
              </tr>
            </tbody>
          </table>
        );
      })}
    </div>
  );
}

/** A small line of a block's means over the rounds, 1–5 bottom to top. A picture only: the table below has the numbers. */
function TrendLine({ trend }: { trend: BlockTrend }) {
  const width = 96;
  const height = 28;
  const n = trend.points.length;
  const x = (i: number) => (n === 1 ? width / 2 : 4 + (i * (width - 8)) / (n - 1));
  const y = (mean: number) => height - 4 - ((mean - 1) / 4) * (height - 8);
  const points = trend.points.flatMap((p, i) => (p.mean === null ? [] : [`${x(i).toFixed(1)},${y(p.mean).toFixed(1)}`]));
  return (
    <svg class="rounds-trend" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <polyline points={points.join(' ')} fill="none" stroke="currentColor" stroke-width="2" />
      {points.map((p) => {
        const [cx, cy] = p.split(',');
        return <circle key={p} cx={cx} cy={cy} r="2.5" fill="currentColor" />;
      })}
    </svg>
  );
}

function TrendTable({ trend, rounds, blockTitle, formatMean }: { trend: BlockTrend[]; rounds: EarlierRound[]; blockTitle: (id: string) => string; formatMean: (mean: number | null) => string }) {
  return (
    <div class="rounds-trend-table">
      <h3 id="rounds-trend-title">{r.trend.title}</h3>
      <p>{r.trend.intro(rounds.length)}</p>
      <div class="rounds-scroll">
        <table class="rounds-table" aria-labelledby="rounds-trend-title">
          <thead>
            <tr>
              <th scope="col">{r.change.block}</th>
              {rounds.map((round) => (
                <th scope="col" key={round.workshop.id}>
                  {t.formatDate(round.workshop.date)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.map((block) => (
              <tr key={block.block}>
                <th scope="row">{blockTitle(block.block)}</th>
                {block.points.map((p) => (
                  <td key={p.workshopId}>{formatMean(p.mean)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
