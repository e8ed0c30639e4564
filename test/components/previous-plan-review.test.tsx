// @vitest-environment happy-dom
/**
 * "Sidste gang aftalte I …" (src/rounds/review.tsx) over a real session with
 * an in-memory store: a status set by mistake can be taken back ("Ingen
 * status"), and when the earlier rounds cannot be read, Trin 1 and Trin 3
 * say so instead of showing nothing.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppContext, type AppState } from '../../src/app/app-state';
import { bundledContent } from '../../src/content/bundled';
import { DraftScope } from '../../src/components/draft-journal';
import type { Workshop } from '../../src/domain/workshop';
import { PreviousPlanReview } from '../../src/rounds/review';
import { SessionContext } from '../../src/session/context';
import { createSession } from '../../src/session/workshop-session';
import { DialogueStep } from '../../src/steps/dialogue';
import { ResultsStep } from '../../src/steps/results';
import { StepContext } from '../../src/steps/step-context';
import { twoPersonWorkshop } from '../domain/builders';
import { openStepFor } from '../support/open-step';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const content = bundledContent();
const blockTitle = (id: string) => content.huset.blocks.find((b) => b.id === id)?.title ?? id;

const previous: Workshop = {
  ...twoPersonWorkshop({ id: 'w-0', date: '2025-01-05' }),
  plan: {
    items: [{ id: 'i-1', block: 'trivsel', kind: 'action', what: 'Trivselstavle', who: 'Lederen', when: '', whenDate: null, forum: '' }],
    effect: '',
    evidence: '',
    followUpDate: null,
  },
};

async function settle() {
  await act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });
}

describe('PreviousPlanReview', () => {
  it('takes a status back with "Ingen status", and the count says the item has none again', async () => {
    let stored: Workshop = twoPersonWorkshop({ id: 'w-1', series: 'w-0' });
    const session = createSession(stored, async (change) => (stored = change(stored)));
    function View() {
      return <PreviousPlanReview workshop={session.workshop.value} previous={previous} save={session.update} blockTitle={blockTitle} />;
    }
    render(
      <SessionContext.Provider value={session}>
        <DraftScope.Provider value={stored.id}>
          <View />
        </DraftScope.Provider>
      </SessionContext.Provider>,
    );
    const none = screen.getByRole('radio', { name: 'Ingen status' }) as HTMLInputElement;
    expect(none.checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Gennemført' }));
    await settle();
    expect(stored.review['i-1']?.status).toBe('done');
    expect((screen.getByRole('radio', { name: 'Gennemført' }) as HTMLInputElement).checked).toBe(true);
    expect(none.checked).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('1 gennemført · 0 i gang · 0 ikke gennemført · 0 droppet');

    fireEvent.click(none);
    await settle();
    expect(stored.review['i-1']?.status).toBeNull();
    expect(none.checked).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('0 gennemført · 0 i gang · 0 ikke gennemført · 0 droppet · 1 uden status endnu');
  });
});

describe('when the earlier rounds cannot be read', () => {
  const FAILED = 'De tidligere runder af mødet kunne ikke hentes fra enheden, så sammenligningen og sidste rundes handleplan mangler her. Genindlæs siden for at prøve igen.';

  function renderStep(step: preact.ComponentChild, workshop: Workshop) {
    const open = openStepFor(workshop);
    // A database that fails every read, as a broken or blocked IndexedDB does.
    const db = { transaction: () => Promise.reject(new Error('blocked')) };
    const app = { db, now: () => new Date(), newId: () => 'x' } as unknown as AppState;
    render(
      <AppContext.Provider value={app}>
        <StepContext.Provider value={open}>{step}</StepContext.Provider>
      </AppContext.Provider>,
    );
  }

  it('Trin 1 says so, in words', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const w = twoPersonWorkshop({ id: 'w-1', series: 'w-0' });
    renderStep(<ResultsStep />, { ...w, answers: { p1: { 'm1-01': 3 } } });
    expect(await screen.findByText(FAILED)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(FAILED);
    // The cause goes to the console for whoever looks into it.
    expect(logged).toHaveBeenCalled();
  });

  it('Trin 3 says so, in words', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderStep(<DialogueStep />, twoPersonWorkshop({ id: 'w-1', series: 'w-0' }));
    expect(await screen.findByText(FAILED)).toBeTruthy();
  });
});
