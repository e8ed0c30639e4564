/** The action plan as a print-friendly HTML page: the accessible alternative to the (untagged) PDF. */
import { useState } from 'preact/hooks';
import { href } from '../../app/routes';
import { t } from '../../i18n';
import { useStep } from '../step-context';
import { planDocument } from './plan-document';
import './print-view.css';

export function PrintView() {
  const { workshop, questionnaire, huset, dialog, guidance, labels } = useStep();
  const [includeNotes, setIncludeNotes] = useState(true);
  const doc = planDocument({ workshop, questionnaire, huset, dialog, labels }, includeNotes);
  const template = dialog.planTemplate;
  const { scale } = dialog;
  const { hotline } = guidance;
  const alone = doc.alone;
  return (
    <article class="print-view">
      <div class="print-view__tools no-print">
        <a class="button" href={href({ name: 'workshop', id: workshop.id, view: 'handleplan' })}>
          {t.plan.back}
        </a>
        <label class="check">
          <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes((e.currentTarget as HTMLInputElement).checked)} />
          {t.plan.includeNotes}
        </label>
        <button class="button button--primary" type="button" onClick={() => window.print()}>
          {t.plan.print}
        </button>
      </div>
      <h1>
        {alone ? t.print.titleSolo : t.print.title} – {doc.workplace}
      </h1>
      <dl class="facts">
        <dt>{t.print.date}</dt>
        <dd>{doc.date}</dd>
        <dt>{t.print.questionnaire}</dt>
        <dd>{doc.questionnaire}</dd>
        <dt>{alone ? t.print.participantsSolo : t.print.participants}</dt>
        <dd>{doc.participants || t.print.empty}</dd>
      </dl>

      <section aria-labelledby="print-scores">
        <h2 id="print-scores">{alone ? t.print.scoresSolo : t.print.scores}</h2>
        <p class="hint">{t.print.scoresHint(scale[0]?.label ?? '', scale[scale.length - 1]?.label ?? '')}</p>
        <table class="print-table">
          <tbody>
            {doc.scores.map((s) => (
              <tr key={s.block}>
                <th scope="row">{s.title}</th>
                <td>{s.mean === null ? t.print.noScore : t.results.formatMean(s.mean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {doc.priorities.length > 0 && (
        <section aria-labelledby="print-priorities">
          <h2 id="print-priorities">{t.print.priorities}</h2>
          <ol class="plain-list">
            {doc.priorities.map((p) => (
              <li key={p.label}>
                <strong>{t.prioritise.rank(p.rank, p.tied)}:</strong> {p.label} – {t.print.votes(p.votes)}
              </li>
            ))}
          </ol>
        </section>
      )}

      {doc.chosenAlone.length > 0 && (
        <section aria-labelledby="print-chosen">
          <h2 id="print-chosen">{t.print.chosenSolo}</h2>
          <ul>
            {doc.chosenAlone.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </section>
      )}

      {doc.notes.length > 0 && (
        <section aria-labelledby="print-notes">
          <h2 id="print-notes">{t.print.notes}</h2>
          {doc.notes.map((n) => (
            <section key={n.title}>
              <h3>{n.title}</h3>
              {n.entries.map((e) => (
                <div key={e.prompt}>
                  <h4>{e.prompt}</h4>
                  <p class="pre-line">{e.text}</p>
                </div>
              ))}
              {n.proposals.length > 0 && (
                <>
                  <h4>{t.print.proposals}</h4>
                  <ul>
                    {n.proposals.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          ))}
        </section>
      )}

      <section aria-labelledby="print-plan">
        <h2 id="print-plan">{t.print.plan(template.title)}</h2>
        {doc.itemCount === 0 ? (
          <p>{t.print.noItems}</p>
        ) : (
          doc.sections.map((s) => (
            <table class="print-table print-table--plan" key={s.block}>
              <caption>{s.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{template.what}</th>
                  <th scope="col">{template.who}</th>
                  <th scope="col">{template.when}</th>
                </tr>
              </thead>
              <tbody>
                {s.items.map((item, i) => (
                  <tr key={i}>
                    <td>
                      <span class="pre-line">{item.what || t.print.empty}</span>
                      {item.kind === 'discussion' && <span class="print-kind">{t.print.discussion(item.forum)}</span>}
                    </td>
                    <td class="pre-line">{item.who || t.print.empty}</td>
                    <td>{item.when || t.print.empty}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))
        )}
      </section>

      <section aria-labelledby="print-effect">
        <h2 id="print-effect">{template.effect}</h2>
        <h3>{alone ? t.plan.effectSolo : t.plan.effect}</h3>
        <p class="pre-line">{doc.effect || t.print.empty}</p>
        <h3>{alone ? t.plan.evidenceSolo : t.plan.evidence}</h3>
        <p class="pre-line">{doc.evidence || t.print.empty}</p>
        <h2>{template.followUp}</h2>
        <p>{doc.followUp ?? t.print.noFollowUp}</p>
        <p class="hint">{template.repeatAdvice}</p>
      </section>
      <p class="print-footer">
        {hotline.name} {hotline.number}
      </p>
    </article>
  );
}
