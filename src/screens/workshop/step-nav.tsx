/** The steps of one workshop as links; the current one is marked for screen readers. */
import { href, WORKSHOP_VIEWS, type WorkshopView } from '../../app/routes';
import type { Workshop } from '../../domain/workshop';
import { t } from '../../i18n';
import './step-nav.css';

export function StepNav({ workshop, active }: { workshop: Workshop; active: WorkshopView }) {
  return (
    <nav class="step-nav" aria-label={t.workshop.stepsNav}>
      <ol>
        {WORKSHOP_VIEWS.map((view) => (
          <li key={view}>
            <a href={href({ name: 'workshop', id: workshop.id, view })} aria-current={view === active || (view === 'handleplan' && active === 'udskriv') ? 'step' : undefined}>
              {view === 'resultater' && workshop.mode === 'solo' ? t.views.resultaterAlone : t.views[view]}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
