/**
 * Keeps keyboard focus on a row's ↑/↓ button after the row moved. Focus is
 * put back once the new order is on screen (not when the save resolves), and
 * on the row's other button when the pressed one became disabled at an end.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { focusMark, focusUnlessMoved, type FocusMark } from './focus-unless-moved';

export function useMoveFocus(container: RefObject<HTMLElement | null>, order: string): (rowSelector: string, direction: -1 | 1) => void {
  const pending = useRef<{ rowSelector: string; direction: -1 | 1; mark: FocusMark } | null>(null);
  useEffect(() => {
    const target = pending.current;
    const root = container.current;
    if (!target || !root) return;
    const row = root.querySelector(target.rowSelector);
    const pressed = row?.querySelector<HTMLButtonElement>(`[data-move="${target.direction}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-move="${-target.direction}"]`);
    const button = pressed && !pressed.disabled ? pressed : other;
    if (button) {
      focusUnlessMoved(button, target.mark);
      pending.current = null;
    }
  }, [order]);
  return (rowSelector, direction) => {
    pending.current = { rowSelector, direction, mark: focusMark() };
  };
}
