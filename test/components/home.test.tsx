// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { parseRoute } from '../../src/app/routes';
import type { AppState } from '../../src/app/app-state';
import { bundledContent } from '../../src/content/bundled';
import { seedContent } from '../../src/db/content';
import { openDatabase, type KomIHusDatabase } from '../../src/db/database';
import { createWorkshop, getWorkshop } from '../../src/db/workshops';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const EMPTY = 'Der er ingen dialogmøder endnu. Opret det første herunder.';
const TITLE_REQUIRED = 'Skriv navnet på arbejdspladsen eller enheden.';
const STAR_TEXT = 'Egner sig også til højere eller centrale MED-udvalg';

let databases = 0;
let current: KomIHusDatabase | undefined;

/** An app state over a fresh database with the shipped content, a fixed clock and predictable ids. */
function testState(): AppState {
  databases += 1;
  const db = openDatabase(`kom-i-hus-home-test-${databases}`);
  current = db;
  let ids = 0;
  return {
    db,
    ready: seedContent(db, bundledContent(), NOW).then(() => undefined),
    now: () => new Date(NOW),
    newId: () => `test-${(ids += 1)}`,
  };
}

beforeEach(() => {
  location.hash = '';
});

afterEach(async () => {
  cleanup();
  location.hash = '';
  await current?.delete();
  current = undefined;
});

async function createButton() {
  return screen.findByRole('button', { name: 'Opret dialogmøde' });
}

describe('Forside', () => {
  it('says there are no workshops yet on a fresh device', async () => {
    render(<App state={testState()} />);
    expect(await screen.findByText(EMPTY)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dialogmøder');
    expect(screen.queryAllByRole('button', { name: /^Slet / })).toHaveLength(0);
  });

  it('shows a message and stores nothing when the workplace is left empty', async () => {
    const state = testState();
    render(<App state={state} />);
    const workplace = (await screen.findByLabelText('Arbejdsplads eller enhed')) as HTMLInputElement;
    fireEvent.input(workplace, { target: { value: '   ' } });
    fireEvent.click(await createButton());

    expect(await screen.findByText(TITLE_REQUIRED)).toBeTruthy();
    expect(workplace.getAttribute('aria-invalid')).toBe('true');
    expect(workplace.getAttribute('aria-describedby')).toContain('create-workplace-error');
    expect(document.activeElement).toBe(workplace);
    await state.ready;
    expect(await state.db.workshops.count()).toBe(0);
    expect(location.hash).toBe('');
  });

  it('creates a workshop for the chosen målgruppe and opens it', async () => {
    const state = testState();
    render(<App state={state} />);
    fireEvent.input(await screen.findByLabelText('Arbejdsplads eller enhed'), { target: { value: 'Børnehuset Ærtebjerg' } });
    const m2 = screen.getByRole('radio', { name: /Målgruppe 2/ }) as HTMLInputElement;
    fireEvent.click(m2);
    expect(m2.checked).toBe(true);
    fireEvent.click(await createButton());

    await waitFor(() => expect(parseRoute(location.hash)).toMatchObject({ name: 'workshop', id: 'test-1' }));
    expect(location.hash.startsWith('#/moede/test-1')).toBe(true);
    const stored = await getWorkshop(state.db, 'test-1');
    expect(stored).toMatchObject({
      title: 'Børnehuset Ærtebjerg',
      date: '2026-03-02',
      questionnaire: { id: 'maalgruppe-2', version: 1 },
      createdAt: NOW.toISOString(),
    });
    expect(await state.db.workshops.count()).toBe(1);
  });

  it('uses Målgruppe 1 when no other is chosen', async () => {
    const state = testState();
    render(<App state={state} />);
    fireEvent.input(await screen.findByLabelText('Arbejdsplads eller enhed'), { target: { value: 'Ledergruppen Øst' } });
    fireEvent.click(await createButton());
    await waitFor(() => expect(parseRoute(location.hash)).toMatchObject({ name: 'workshop', id: 'test-1' }));
    expect((await getWorkshop(state.db, 'test-1'))?.questionnaire).toEqual({ id: 'maalgruppe-1', version: 1 });
  });

  it('lists a stored workshop with its title', async () => {
    const state = testState();
    await state.ready;
    await createWorkshop(state.db, { id: 'w-1', title: 'Ledergruppen Øst', date: '2026-12-03', questionnaire: { id: 'maalgruppe-1', version: 1 } }, NOW);
    render(<App state={state} />);

    const link = await screen.findByRole('link', { name: 'Ledergruppen Øst' });
    expect(link.getAttribute('href')).toBe('#/moede/w-1');
    expect(screen.queryByText(EMPTY)).toBeNull();
    const item = link.closest('li');
    expect(item?.textContent).toContain('Ledelsesgruppe / leder');
  });

  it('asks before deleting; "Annuller" keeps the workshop and "Ja, slet" removes it', async () => {
    const state = testState();
    await state.ready;
    await createWorkshop(state.db, { id: 'w-1', title: 'Ledergruppen Øst', date: '2026-12-03', questionnaire: { id: 'maalgruppe-1', version: 1 } }, NOW);
    await createWorkshop(state.db, { id: 'w-2', title: 'MED Vest', date: '2026-12-04', questionnaire: { id: 'maalgruppe-2', version: 1 } }, NOW);
    render(<App state={state} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Slet Ledergruppen Øst' }));
    expect(screen.getByText(/Vil I slette »Ledergruppen Øst«\?/)).toBeTruthy();
    const cancel = screen.getByRole('button', { name: 'Annuller' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    expect(screen.getAllByRole('button', { name: 'Ja, slet' })).toHaveLength(1);

    fireEvent.click(cancel);
    expect(screen.queryByRole('button', { name: 'Ja, slet' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Ledergruppen Øst' })).toBeTruthy();
    expect(await getWorkshop(state.db, 'w-1')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Slet Ledergruppen Øst' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, slet' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Ledergruppen Øst' })).toBeNull());
    expect(await getWorkshop(state.db, 'w-1')).toBeUndefined();
    expect(await getWorkshop(state.db, 'w-2')).toBeDefined();
    expect(screen.getByRole('link', { name: 'MED Vest' })).toBeTruthy();
    expect(screen.getByText('»Ledergruppen Øst« er slettet.')).toBeTruthy();
  });
});

describe('Huset', () => {
  it('shows the six building blocks with the questions of both questionnaires, starred where the booklet stars them', async () => {
    location.hash = '#/huset';
    render(<App state={testState()} />);

    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent?.replace(/^\d+\s*/, ''))).toEqual([
      'Trivsel, arbejdsmiljø, social kapital og arbejdsfællesskaber',
      'Ordentlig statistik',
      'Systematiske samtaler',
      'Tidlige indsatser',
      'Fælles ejerskab',
      'Tydelig ledelse',
    ]);

    const questionsIn = (questionnaire: RegExp) => {
      const sections = screen.getAllByRole('region', { name: questionnaire });
      expect(sections).toHaveLength(6);
      return sections.flatMap((section) => within(within(section).getByRole('list')).getAllByRole('listitem'));
    };
    const number = (item: HTMLElement) => Number(/^(\d+)\./.exec(item.textContent ?? '')?.[1]);
    const starred = (items: HTMLElement[]) => items.filter((item) => item.textContent?.includes(STAR_TEXT)).map(number);

    const m1 = questionsIn(/Målgruppe 1/);
    const m2 = questionsIn(/Målgruppe 2/);
    expect(m1.map(number).sort((a, b) => a - b)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(m2.map(number).sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(starred(m1)).toEqual([]);
    expect(starred(m2).sort((a, b) => a - b)).toEqual([1, 4, 5, 8, 10, 13, 14, 15, 16, 17, 21, 22]);
    expect(document.querySelectorAll('ol.questions .star')).toHaveLength(12);
    expect(screen.getByText(/Indberettes sygefravær korrekt og rettidigt\?/)).toBeTruthy();
  });

  it('marks Huset as the current page in the navigation', async () => {
    location.hash = '#/huset';
    render(<App state={testState()} />);
    await screen.findAllByRole('heading', { level: 2 });
    expect(screen.getByRole('link', { name: 'Huset' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Forside' }).getAttribute('aria-current')).toBeNull();
  });
});
