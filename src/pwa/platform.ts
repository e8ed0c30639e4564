/** What kind of browser window the app runs in, for advice about keeping data. */

/** Safari (macOS or iOS) in an ordinary tab, not installed to the home screen or dock. */
export function isSafariTab(): boolean {
  const ua = navigator.userAgent;
  const safari = /Safari\//.test(ua) && !/Chrome\/|Chromium\/|CriOS\/|FxiOS\/|EdgiOS\/|Android/.test(ua);
  const standalone = matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;
  return safari && !standalone;
}
