/**
 * Focus the app moves a moment after a tap, once what the tap asked for is on
 * the screen (a new plan item's first field after its render, a heading after
 * a write): only if the person has not put the focus somewhere else meanwhile.
 * A field tapped during that moment keeps the focus, and on a tablet its
 * on-screen keyboard; it was taken back before (issue #15, seen in WebKit).
 *
 * Take `focusMark()` at the tap and call `focusUnlessMoved(target, mark)` when
 * the target is there: the focus moves if it is still where it was at the tap,
 * or nowhere (the page itself: the tapped button was re-rendered away, or the
 * browser does not focus a tapped button, as Safari does not).
 */
export type FocusMark = Element | null;

export function focusMark(): FocusMark {
  return document.activeElement;
}

/** True if the focus was moved to `target`. */
export function focusUnlessMoved(target: HTMLElement | null | undefined, mark: FocusMark): boolean {
  if (!target) return false;
  const now = document.activeElement;
  if (now !== mark && now !== null && now !== document.body) return false;
  target.focus();
  return true;
}
