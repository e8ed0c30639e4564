// @vitest-environment happy-dom
/**
 * "Siden sidste runde" with three rounds: each block's trend line is a
 * picture only (hidden from screen readers), and one data table holds every
 * round's mean per block; with two rounds there is no trend. A self-evaluation
 * is counted in answers and speaks to "du".
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledContent } from '../../src/content/bundled';
import type { Questionnaire } from '../../src/domain/content';
import type { EarlierRound, Round } from '../../src/domain/rounds';
import { newWorkshop, type AnswerValue } from '../../src/domain/workshop';
import { RoundComparison } from '../../src/rounds/comparison';
import { meanText } from '../../src/steps/results/mean-text';

const content = bundledContent();
const questionnaire = content.questionnaires.find((q) => q.id === 'maalgruppe-2')!;
const blockTitle = (id: string) => content.huset.blocks.find((b) => b.id === id)?.title ?? id;

/** A round in which every participant gives every question the same answer. */
function round(id: string, date: string, values: AnswerValue[], mode: 'group' | 'solo' = 'group', asked: Questionnaire = questionnaire): Round {
  const participants = values.map((_, i) => ({ id: `p${i + 1}`, name: `P${i + 1}`, role: 'med' as const }));
  const base = newWorkshop({ id, series: 'r-1', title: 'MED', date, mode, questionnaire: { id: questionnaire.id, version: questionnaire.version }, participants }, new Date(`${date}T10:00:00Z`));
  const answers = Object.fromEntries(participants.map((p, i) => [p.id, Object.fromEntries(asked.questions.map((q) => [q.id, values[i]!]))]));
  return { workshop: { ...base, answers }, questionnaire: asked };
}

afterEach(cleanup);

describe('RoundComparison', () => {
  it('with three rounds: a trend line per block hidden from screen readers, and a data table of every round', () => {
    const rounds = [round('r-1', '2024-11-01', [2, 2, 2]), round('r-2', '2025-11-01', [3, 3, 3]), round('r-3', '2026-11-01', [4, 4, 'skip'])];
    const { container } = render(
      <RoundComparison current={rounds[2]!} earlier={rounds.slice(0, 2)} dialog={content.dialog} blockTitle={blockTitle} formatMean={meanText} />,
    );
    const lines = container.querySelectorAll('svg.rounds-trend');
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(line.getAttribute('aria-hidden')).toBe('true');
    const table = screen.getByRole('table', { name: 'Udviklingen over runderne' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]!).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Byggesten', '1. november 2024', '1. november 2025', '1. november 2026']);
    expect(rows.slice(1).map((r) => r.textContent)).toEqual(
      [...new Set(questionnaire.questions.map((q) => q.block))].map((block) => `${blockTitle(block)}2,03,04,0`),
    );
    // Only two answered this round: the means are there, the arrow is not.
    expect(container.querySelector('li[data-block="trivsel"] .rounds-change__text')?.textContent).toBe('for få svar til at sammenligne');
  });

  it('with two rounds: the change and no trend', () => {
    const rounds = [round('r-1', '2025-11-01', [2, 2, 3]), round('r-2', '2026-11-01', [3, 3, 3])];
    const { container } = render(<RoundComparison current={rounds[1]!} earlier={[rounds[0]!]} dialog={content.dialog} blockTitle={blockTitle} formatMean={meanText} />);
    expect(container.querySelectorAll('svg.rounds-trend')).toHaveLength(0);
    expect(screen.queryByRole('table', { name: 'Udviklingen over runderne' })).toBeNull();
    expect(container.querySelector('li[data-block="trivsel"] .rounds-change__text')?.textContent).toBe('↑ +0,7');
    expect(container.querySelector('li[data-block="trivsel"] .rounds-change__value')?.textContent).toContain('steget 0,7');
  });

  it('alone: counted in answers, and the rule speaks to "du"', () => {
    const rounds = [round('r-1', '2025-11-01', [4], 'solo'), round('r-2', '2026-11-01', [2], 'solo')];
    const { container } = render(<RoundComparison current={rounds[1]!} earlier={[rounds[0]!]} dialog={content.dialog} blockTitle={blockTitle} formatMean={meanText} />);
    expect(container.querySelector('li[data-block="statistik"] .rounds-change__text')?.textContent).toBe('↓ −2,0');
    expect(container.querySelector('li[data-block="statistik"] .rounds-change__side')?.textContent).toBe('Denne runde 2,0 (3 svar)');
    expect(screen.getByText('Pilen vises kun, når du har svaret på mindst 2 af byggestenens spørgsmål i begge runder.')).toBeTruthy();
  });

  it('names the questions that could not be compared: new in this round, and asked only in the last one', () => {
    const [first, ...rest] = questionnaire.questions;
    const dropped = { id: 'gammelt-spoergsmaal', number: 99, block: 'trivsel' as const, text: 'Et spørgsmål, der er taget ud' };
    const older: Questionnaire = { ...questionnaire, questions: [...rest, dropped] };
    const rounds = [round('r-1', '2025-11-01', [2, 2, 3], 'group', older), round('r-2', '2026-11-01', [3, 3, 3])];
    render(<RoundComparison current={rounds[1]!} earlier={[rounds[0]!]} dialog={content.dialog} blockTitle={blockTitle} formatMean={meanText} />);
    const heading = screen.getByRole('heading', { name: 'Spørgsmål, der ikke kan sammenlignes' });
    const notice = heading.parentElement!;
    expect(within(notice).getByText(/Kun spørgsmål, der er stillet i begge runder, indgår i sammenligningen/)).toBeTruthy();
    const lists = within(notice).getAllByRole('list');
    expect(within(notice).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Nye i denne runde', 'Kun stillet i sidste runde']);
    expect(within(lists[0]!).getAllByRole('listitem').map((li) => li.textContent)).toEqual([`${first!.number}. ${first!.text}`]);
    expect(within(lists[1]!).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['99. Et spørgsmål, der er taget ud']);
  });

  it("says so when the last round's questionnaire version is not on this device, and shows no change", () => {
    const current = round('r-2', '2026-11-01', [3, 3, 3]);
    const missing: EarlierRound = { workshop: round('r-1', '2025-11-01', [2, 2, 2]).workshop, questionnaire: null };
    const { container } = render(<RoundComparison current={current} earlier={[missing]} dialog={content.dialog} blockTitle={blockTitle} formatMean={meanText} />);
    expect(screen.getByRole('heading', { name: 'Siden sidste runde' })).toBeTruthy();
    expect(
      screen.getByText(
        'Svarene fra runden 1. november 2025 kan ikke sammenlignes med denne runde, fordi den udgave af spørgeskemaet, som runden brugte, ikke findes på denne enhed.',
      ),
    ).toBeTruthy();
    expect(container.querySelectorAll('.rounds-change__block')).toHaveLength(0);
    // Not an older round compared as if it were the last one.
    expect(screen.queryByText(/sammenlignet med runden/)).toBeNull();
  });

  it('with three rounds of which the middle one cannot be compared: the trend has no means for it and the screen names it', () => {
    const rounds = [round('r-1', '2024-11-01', [2, 2, 2]), round('r-2', '2025-11-01', [3, 3, 3]), round('r-3', '2026-11-01', [4, 4, 4])];
    const earlier: EarlierRound[] = [rounds[0]!, { workshop: rounds[1]!.workshop, questionnaire: null }];
    const { container } = render(<RoundComparison current={rounds[2]!} earlier={earlier} dialog={content.dialog} blockTitle={blockTitle} formatMean={meanText} />);
    expect(screen.getByText(/^Svarene fra runden 1\. november 2025 kan ikke sammenlignes/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Udviklingen over runderne' });
    const rows = within(table).getAllByRole('row');
    expect(rows.slice(1).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual(
      [...new Set(questionnaire.questions.map((q) => q.block))].map(() => ['2,0', '–', '4,0']),
    );
    // With no previous round to compare, no change is shown.
    expect(container.querySelectorAll('.rounds-change__block')).toHaveLength(0);
  });
});
