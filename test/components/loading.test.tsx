// @vitest-environment happy-dom
/**
 * "Henter …" never stays alone: after SLOW_AFTER_MS the screen says what to do
 * (issue #15: a browser holding the data locked left the Forside loading for ever).
 */
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';
import { Loading, SLOW_AFTER_MS } from '../../src/components/status';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

it('says what to do, with a way on, once loading has taken SLOW_AFTER_MS, and not before', () => {
  vi.useFakeTimers();
  render(<Loading />);
  expect(screen.getByRole('status').textContent).toBe('Henter …');
  act(() => {
    vi.advanceTimersByTime(SLOW_AFTER_MS - 1);
  });
  expect(screen.queryByRole('alert')).toBeNull();
  act(() => {
    vi.advanceTimersByTime(1);
  });
  const alert = screen.getByRole('alert');
  expect(alert.textContent).toContain('Det tager usædvanlig lang tid at hente appens data på denne enhed. Jeres data ligger stadig på enheden.');
  expect(alert.textContent).toContain('luk browseren helt (på iPad: stryg appen væk i appoversigten), og åbn appen igen.');
  expect(screen.getByRole('button', { name: 'Genindlæs siden' })).toBeTruthy();
});

it('says nothing when the data comes in time', () => {
  vi.useFakeTimers();
  const { rerender } = render(<Loading />);
  act(() => {
    vi.advanceTimersByTime(SLOW_AFTER_MS / 2);
  });
  rerender(<p>Dialogmøder</p>);
  act(() => {
    vi.advanceTimersByTime(SLOW_AFTER_MS);
  });
  expect(screen.queryByRole('alert')).toBeNull();
});
