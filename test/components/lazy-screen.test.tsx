// @vitest-environment happy-dom
/**
 * A screen whose code cannot be fetched (offline, or gone after another
 * window updated the app) is never a dead end: it says why and offers the
 * reload right there (issue #17, point 6). A load that fails is first tried
 * again (issue #12, point 9).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyScreen } from '../../src/app/lazy-screen';
import { da } from '../support/catalogues';

afterEach(cleanup);

describe('lazyScreen', () => {
  it('shows the screen once its code has loaded', async () => {
    const Screen = lazyScreen(() => Promise.resolve(() => <h1>Huset</h1>));
    render(<Screen />);
    expect(screen.getByRole('status').textContent).toBe(da.loading);
    expect((await screen.findByRole('heading')).textContent).toBe('Huset');
  });

  it('tries a failed load again, and shows the screen when a later try works', async () => {
    let tries = 0;
    const Screen = lazyScreen(() => (++tries < 3 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve(() => <h1>Huset</h1>)));
    render(<Screen />);
    expect((await screen.findByRole('heading', {}, { timeout: 5000 })).textContent).toBe('Huset');
    expect(tries).toBe(3);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the part could not be fetched and reloads the page from a button', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    const Screen = lazyScreen(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    render(<Screen />);
    // Only after the two further tries (0.5 s and 1.5 s later).
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain(da.screenLoadFailed);
    fireEvent.click(screen.getByRole('button', { name: da.reloadPage }));
    expect(reload).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
