// @vitest-environment happy-dom
/**
 * A step screen takes no props: it reads the open workshop, its content, the
 * participants' labels and save from StepContext, which the workshop frame
 * provides (src/steps/step-context.ts).
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { da } from '../support/catalogues';
import { StepContext, useStep, type OpenStep } from '../../src/steps/step-context';
import { PrintView } from '../../src/steps/plan/print-view';
import { twoPersonWorkshop } from '../domain/builders';
import { openStepFor } from '../support/open-step';

afterEach(cleanup);

function openStep(): OpenStep {
  return openStepFor(twoPersonWorkshop());
}

describe('StepContext', () => {
  it('gives a step screen everything it shows', () => {
    const step = openStep();
    render(
      <StepContext.Provider value={step}>
        <PrintView />
      </StepContext.Provider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(`${da.print.title} – Børnehuset Solsikken`);
    expect(screen.getByText('Maria (leder) og Ole (TR)')).toBeTruthy();
    expect(screen.getByText(`${step.guidance.hotline.name} ${step.guidance.hotline.number}`)).toBeTruthy();
  });

  it('says so in English when a step is used outside the workshop frame', () => {
    function Probe() {
      useStep();
      return null;
    }
    expect(() => render(<Probe />)).toThrow('useStep() outside <StepContext.Provider>');
  });
});
