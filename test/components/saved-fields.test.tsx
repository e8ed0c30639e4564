// @vitest-environment happy-dom
/**
 * The fields that save as they are typed into, over a real session and write
 * queue with an in-memory store in place of IndexedDB:
 *  - no keystroke waits more than 250 ms for its write, even during unbroken
 *    typing (issue #17: the last seconds of a note were lost when the browser
 *    was killed mid-typing);
 *  - a text changed by another tab while someone types here is never
 *    silently overwritten (issue #17, point 2);
 *  - a paste that does not fit says how much was cut (issue #17, point 8).
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftScope } from '../../src/components/draft-journal';
import { SAVE_EVERY_MS, SavedTextarea } from '../../src/components/saved-textarea';
import { SavedInput } from '../../src/components/saved-input';
import { SAVE_SOONEST_MS, saveDelay } from '../../src/components/use-saved-text';
import { setPlanFields } from '../../src/domain/plan';
import type { Workshop } from '../../src/domain/workshop';
import { SessionContext } from '../../src/session/context';
import { createSession } from '../../src/session/workshop-session';
import { twoPersonWorkshop } from '../domain/builders';
import { setStrings } from '../../src/i18n';
import { da, en } from '../support/catalogues';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
});

const LABEL = 'Hvad kunne I gøre bedre?';

/** A session whose "database" is a variable; every write is recorded with its time, and takes `writeMs`. */
function harness(effect = '', { writeMs = 0 } = {}) {
  const start = Date.now();
  const db = { stored: setPlanFields(twoPersonWorkshop(), { effect }), writes: [] as Array<{ at: number; text: string }> };
  const session = createSession(db.stored, async (change) => {
    if (writeMs > 0) await new Promise((resolve) => setTimeout(resolve, writeMs));
    const before = db.stored.plan.effect;
    db.stored = change(db.stored);
    // A write whose change came to nothing (it was made for a text that another tab had replaced) stores nothing.
    if (db.stored.plan.effect !== before) db.writes.push({ at: Date.now() - start, text: db.stored.plan.effect });
    return db.stored;
  });
  const ui = (field: preact.ComponentChild) => (
    <SessionContext.Provider value={session}>
      <DraftScope.Provider value={db.stored.id}>{field}</DraftScope.Provider>
    </SessionContext.Provider>
  );
  const bind = { read: (w: Workshop) => w.plan.effect, write: (w: Workshop, text: string) => setPlanFields(w, { effect: text }) };
  return {
    db,
    session,
    start,
    renderTextarea: () => render(ui(<SavedTextarea id="note" label={LABEL} maxLength={5000} {...bind} />)),
    renderInput: () => render(ui(<SavedInput id="note" label={LABEL} maxLength={200} {...bind} />)),
    /** Another tab writes the field; this tab's live query brings it in. */
    async otherTabWrites(text: string) {
      db.stored = { ...setPlanFields(db.stored, { effect: text }), updatedAt: new Date(Date.now() + 1000).toISOString() };
      await act(() => session.receive(db.stored));
    },
  };
}

function field(): HTMLTextAreaElement {
  return screen.getByLabelText(LABEL) as HTMLTextAreaElement;
}

async function type(text: string) {
  await act(() => {
    fireEvent.input(field(), { target: { value: text } });
  });
}

async function settle(ms = SAVE_EVERY_MS) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('SavedTextarea while someone types', () => {
  it('on a slow store (100 ms a write), saves at least every 250 ms during unbroken typing, not per key, and the last text on blur', async () => {
    const h = harness('', { writeMs: 100 });
    h.renderTextarea();
    const sentence = 'Vi kunne tale mere åbent om fravær på personalemøderne, også når det går godt.';
    const typed: Array<{ at: number; text: string }> = [];
    // One key every 60 ms for about five seconds: a steady typist who never pauses for 400 ms.
    for (let i = 1; i <= sentence.length; i++) {
      const text = sentence.slice(0, i);
      await type(text);
      typed.push({ at: Date.now() - h.start, text });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(60);
      });
    }
    await settle();
    // Every keystroke is in a write no later than 250 ms after it (a write of that text or a longer one).
    for (const key of typed) {
      const covered = h.db.writes.find((s) => s.at >= key.at && s.text.startsWith(key.text));
      expect(covered, `"${key.text}" typed at ${key.at} ms`).toBeDefined();
      expect((covered?.at ?? Infinity) - key.at, `"${key.text}" typed at ${key.at} ms`).toBeLessThanOrEqual(SAVE_EVERY_MS);
    }
    // Not a write per keystroke either.
    expect(h.db.writes.length).toBeLessThan(typed.length / 2);
    expect(h.db.stored.plan.effect).toBe(sentence);
    await type(`${sentence} Og`);
    await act(async () => {
      fireEvent.blur(field());
      await Promise.resolve();
    });
    // The write itself takes 100 ms on this store.
    await settle(500);
    await act(() => h.session.flushed());
    expect(h.db.stored.plan.effect).toBe(`${sentence} Og`);
  });

  it('on a quick store, writes each key at once, so a browser killed just after the last key loses nothing', async () => {
    const h = harness();
    h.renderTextarea();
    const sentence = 'Vi aftaler en fast tid.';
    for (let i = 1; i <= sentence.length; i++) {
      const typedAt = Date.now() - h.start;
      await type(sentence.slice(0, i));
      await act(async () => {
        await vi.advanceTimersByTimeAsync(40);
      });
      const covering = h.db.writes.find((w) => w.at >= typedAt && w.text === sentence.slice(0, i));
      expect(covering, `"${sentence.slice(0, i)}" written within 40 ms`).toBeDefined();
      expect((covering?.at ?? Infinity) - typedAt).toBeLessThanOrEqual(1);
    }
  });

  it('waits twice as long as the last write took, so that wait and write stay within 250 ms', () => {
    expect(saveDelay(0)).toBe(SAVE_SOONEST_MS);
    expect(saveDelay(5)).toBe(10);
    expect(saveDelay(40)).toBe(80);
    expect(saveDelay(100)).toBe(150);
    expect(saveDelay(240)).toBe(10);
  });

  it('lets go of the draft once the database has the text, also when the field left the screen before the write was done', async () => {
    const h = harness('', { writeMs: 100 });
    const view = h.renderInput();
    const drafts = () => Object.keys(localStorage).filter((key) => key.startsWith('kom-i-hus:draft:'));
    await type('Łukasz Wójcik');
    expect(drafts()).toHaveLength(1);
    // The step changes while the write is still running (a slow store, a loaded machine).
    view.unmount();
    expect(drafts()).toHaveLength(1);
    await settle(500);
    await act(() => h.session.flushed());
    expect(h.db.stored.plan.effect).toBe('Łukasz Wójcik');
    expect(drafts()).toEqual([]);
  });

  it('writes nothing when nothing was typed', async () => {
    const h = harness('Gemt tekst');
    h.renderTextarea();
    await settle(2000);
    await act(() => {
      fireEvent.blur(field());
    });
    expect(h.db.writes).toHaveLength(0);
    expect(field().value).toBe('Gemt tekst');
  });
});

describe('a text changed in another tab', () => {
  it('is followed silently when nothing was typed here', async () => {
    const h = harness('Første udkast');
    h.renderTextarea();
    await h.otherTabWrites('Første udkast. Tilføjet i den anden fane.');
    expect(field().value).toBe('Første udkast. Tilføjet i den anden fane.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is never overwritten by what is typed here: both versions are shown, and "Behold begge" keeps both', async () => {
    const h = harness('Noten', { writeMs: 100 });
    h.renderTextarea();
    // Tab A types "!"; before its write lands (a write takes 100 ms here), tab B's sentence arrives.
    await type('Noten!');
    await h.otherTabWrites('Noten. En sætning fra fane B.');
    await settle();
    expect(h.db.stored.plan.effect).toBe('Noten. En sætning fra fane B.');
    expect(screen.getByRole('alert').textContent).toContain('Noten. En sætning fra fane B.');
    expect(field().value).toBe('Noten!');
    await act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Behold begge' }));
    });
    await settle();
    expect(h.db.stored.plan.effect).toBe('Noten. En sætning fra fane B.\nNoten!');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a write that was queued before the other tab wrote is skipped, not applied over it', async () => {
    const h = harness('Hvem: Anna', { writeMs: 100 });
    h.renderInput();
    await type('Hvem: Anna og Bo');
    // The other tab's write lands in the database while this tab's write is on its way.
    h.db.stored = { ...setPlanFields(h.db.stored, { effect: 'Hvem: Carl' }), updatedAt: new Date(Date.now() + 1000).toISOString() };
    await settle();
    expect(h.db.stored.plan.effect).toBe('Hvem: Carl');
    await act(() => h.session.receive(h.db.stored));
    expect(screen.getByRole('alert').textContent).toContain('Hvem: Carl');
    await act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Behold teksten her' }));
    });
    await settle();
    expect(h.db.stored.plan.effect).toBe('Hvem: Anna og Bo');
  });

  it('"Brug den anden version" takes the other text and writes nothing', async () => {
    const h = harness('A', { writeMs: 100 });
    h.renderTextarea();
    await type('A mit');
    await h.otherTabWrites('A deres');
    const writes = h.db.writes.length;
    await act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Brug den anden version' }));
    });
    await settle();
    expect(field().value).toBe('A deres');
    expect(h.db.stored.plan.effect).toBe('A deres');
    expect(h.db.writes.length).toBe(writes);
  });
});

describe('a paste that does not fit', () => {
  it('says how much was cut', async () => {
    const h = harness();
    h.renderTextarea();
    const text = 'x'.repeat(6000);
    await act(() => {
      fireEvent.paste(field(), { clipboardData: { getData: () => text } });
    });
    expect(screen.getByRole('status').textContent).toBe('Teksten var for lang. De første 5.000 tegn er gemt; de sidste 1.000 tegn kom ikke med.');
  });
});

describe('a date field in the chosen language', () => {
  const DATE_LABEL = 'Dato for opfølgning';

  function dateHarness(followUpDate: string | null = null) {
    const db = { stored: setPlanFields(twoPersonWorkshop(), { followUpDate }) };
    const session = createSession(db.stored, async (change) => {
      db.stored = change(db.stored);
      return db.stored;
    });
    render(
      <SessionContext.Provider value={session}>
        <DraftScope.Provider value={db.stored.id}>
          <SavedInput
            id="follow-up"
            type="date"
            label={DATE_LABEL}
            read={(w) => w.plan.followUpDate ?? ''}
            write={(w, value) => setPlanFields(w, { followUpDate: value === '' ? null : value })}
          />
        </DraftScope.Provider>
      </SessionContext.Provider>,
    );
    const input = screen.getByLabelText(DATE_LABEL) as HTMLInputElement;
    return { db, session, input };
  }

  afterEach(() => setStrings(da));

  it('shows the stored ISO date as dd.mm.åååå, saves a typed day as ISO and tidies it on blur', async () => {
    const h = dateHarness('2027-01-15');
    expect(h.input.type).toBe('text');
    expect(h.input.value).toBe('15.01.2027');
    expect(h.input.getAttribute('aria-describedby')).toBe('follow-up-hint');
    expect(document.getElementById('follow-up-hint')?.textContent).toContain('dag.måned.år');
    await act(() => {
      fireEvent.input(h.input, { target: { value: '1.3.2027' } });
    });
    await settle();
    await act(() => h.session.flushed());
    expect(h.db.stored.plan.followUpDate).toBe('2027-03-01');
    await act(async () => {
      fireEvent.blur(h.input);
      await Promise.resolve();
    });
    await act(() => h.session.flushed());
    expect(h.input.value).toBe('01.03.2027');
    expect(h.db.stored.plan.followUpDate).toBe('2027-03-01');
  });

  it('keeps a day that does not exist on screen, unsaved, and says so once the field is left', async () => {
    const h = dateHarness('2027-01-15');
    await act(() => {
      fireEvent.input(h.input, { target: { value: '31.02.2027' } });
    });
    await settle();
    // Still typing: no message yet.
    expect(screen.queryByText('Skriv en gyldig dato.')).toBeNull();
    await act(async () => {
      fireEvent.blur(h.input);
      await Promise.resolve();
    });
    await act(() => h.session.flushed());
    expect(screen.getByText('Skriv en gyldig dato.')).toBeTruthy();
    expect(h.input.getAttribute('aria-invalid')).toBe('true');
    expect(h.input.value).toBe('31.02.2027');
    expect(h.db.stored.plan.followUpDate).toBe('2027-01-15');
    // Emptying the field is a valid choice: no date.
    await act(() => {
      fireEvent.input(h.input, { target: { value: '' } });
    });
    await settle();
    await act(() => h.session.flushed());
    expect(h.db.stored.plan.followUpDate).toBeNull();
    expect(screen.queryByText('Skriv en gyldig dato.')).toBeNull();
  });

  it('speaks English when English is chosen: dd/mm/yyyy, whatever the browser’s language', async () => {
    setStrings(en);
    const h = dateHarness('2027-01-15');
    expect(h.input.value).toBe('15/01/2027');
    expect(document.getElementById('follow-up-hint')?.textContent).toContain('day/month/year');
    await act(() => {
      fireEvent.input(h.input, { target: { value: '28/2/2027' } });
      fireEvent.blur(h.input);
    });
    await act(() => h.session.flushed());
    expect(h.db.stored.plan.followUpDate).toBe('2027-02-28');
    expect(h.input.value).toBe('28/02/2027');
  });
});
