/** What kind of browser window the app runs in, for advice about keeping data. */

/**
 * Safari in an ordinary tab, not installed: 'home-screen' on an iPhone or iPad (also an iPad that
 * presents itself as a Mac, as iPadOS does: it has a touch screen), 'dock' on a Mac, where Safari
 * installs a web app to the Dock instead. Null in any other browser, and in the installed app.
 */
export function safariTab(): 'home-screen' | 'dock' | null {
  const ua = navigator.userAgent;
  const safari = /Safari\//.test(ua) && !/Chrome\/|Chromium\/|CriOS\/|FxiOS\/|EdgiOS\/|Android/.test(ua);
  const standalone = matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;
  if (!safari || standalone) return null;
  const mac = /Macintosh/.test(ua) && !(navigator.maxTouchPoints > 1);
  return mac ? 'dock' : 'home-screen';
}
