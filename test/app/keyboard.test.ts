// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepFocusedFieldInView } from '../../src/app/keyboard';

function fieldAt(tag: 'input' | 'textarea' | 'button', top: number): HTMLElement {
  const el = document.createElement(tag);
  document.body.append(el);
  vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({ top, bottom: top + 40, left: 0, right: 100, width: 100, height: 40, x: 0, y: top, toJSON: () => ({}) });
  el.scrollIntoView = vi.fn();
  el.focus();
  return el;
}

/** The keyboard comes up: the visible height shrinks to `height` and the viewport says so. */
function keyboardUp(height: number): void {
  Object.defineProperty(window, 'innerHeight', { value: height, configurable: true });
  (window.visualViewport ?? window).dispatchEvent(new Event('resize'));
}

describe('keepFocusedFieldInView', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });
  keepFocusedFieldInView(window);

  it('scrolls a focused field that the keyboard now covers into view', () => {
    const field = fieldAt('textarea', 600);
    keyboardUp(300);
    expect(field.scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
  });

  it('leaves a field that is still in view, and anything that is not a text field', () => {
    const visible = fieldAt('input', 100);
    keyboardUp(300);
    expect(visible.scrollIntoView).not.toHaveBeenCalled();
    const button = fieldAt('button', 600);
    keyboardUp(300);
    expect(button.scrollIntoView).not.toHaveBeenCalled();
  });
});
