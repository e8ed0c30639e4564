/**
 * The on-screen keyboard of an iPad or a phone shrinks the visible part of
 * the page (the visual viewport) after a field has been tapped. Safari does
 * not always scroll the field back into view, so a field low on the screen
 * ends up behind the keyboard: when the viewport shrinks while a text field
 * has focus, the field is scrolled into the part that is left.
 */
const TEXT_FIELD = 'input:not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit]), textarea, select';

export function keepFocusedFieldInView(win: Window = window): void {
  const viewport = win.visualViewport ?? win;
  viewport.addEventListener('resize', () => {
    const field = win.document.activeElement;
    if (!field?.matches(TEXT_FIELD)) return;
    const box = field.getBoundingClientRect();
    // The app's notices are held at the window's foot (app.css): the field must be above them too.
    const covered = parseFloat(win.getComputedStyle(win.document.documentElement).scrollPaddingBottom) || 0;
    const height = (win.visualViewport?.height ?? win.innerHeight) - covered;
    if (box.top < 0 || box.bottom > height) field.scrollIntoView({ block: 'center' });
  });
}
