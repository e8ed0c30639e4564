/**
 * Which browser window gets the advice to add Kom i hus to the home screen
 * (Data og sikkerhed: Safari deletes a site's data after 7 days unused): a
 * Safari tab on an iPad or iPhone, also when iPadOS presents itself as a Mac;
 * on a Mac, the advice to add it to the Dock; not Chrome, Firefox or Edge (on
 * iOS they have their own names in the user agent), not Android, and not the
 * app already opened from the home screen.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { safariTab } from '../../src/pwa/platform';

const UA = {
  iPadSafari: 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  // Since iPadOS 13 Safari on an iPad asks for desktop pages, so it presents itself as a Mac (with a touch screen).
  iPadOSAsMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  iPhoneSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  desktopChrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  macChrome: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  debianChromium: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chromium/131.0.0.0 Chrome/131.0.0.0 Safari/537.36',
  androidChrome: 'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  androidWebView: 'Mozilla/5.0 (Linux; Android 14; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Safari/537.36',
  iPadChrome: 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  iPadFirefox: 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/132.0 Mobile/15E148 Safari/605.1.15',
  iPadEdge: 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/131.0.2903.68 Mobile/15E148 Safari/605.1.15',
  firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
};

/** The browser window as the function sees it: its user agent, touch points, and whether it was opened from the home screen. */
function openedIn(userAgent: string, { touchPoints = 0, displayModeStandalone = false, iosStandalone = undefined as boolean | undefined } = {}) {
  vi.stubGlobal('navigator', { userAgent, maxTouchPoints: touchPoints, ...(iosStandalone === undefined ? {} : { standalone: iosStandalone }) });
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(display-mode: standalone)' && displayModeStandalone, media: query }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the home-screen advice (safariTab)', () => {
  it.each([
    ['Safari on an iPad', UA.iPadSafari, 5],
    ['Safari on an iPad presenting itself as a Mac', UA.iPadOSAsMac, 5],
    ['Safari on an iPhone', UA.iPhoneSafari, 5],
  ])('is given in %s, in a tab', (_, userAgent, touchPoints) => {
    openedIn(userAgent, { touchPoints, iosStandalone: false });
    expect(safariTab()).toBe('home-screen');
  });

  it('is the Dock on a Mac: Safari on a Mac has the same user agent as an iPad asking for desktop pages, but no touch screen', () => {
    openedIn(UA.iPadOSAsMac, { touchPoints: 0 });
    expect(safariTab()).toBe('dock');
    openedIn(UA.iPadOSAsMac, { touchPoints: 0, displayModeStandalone: true });
    expect(safariTab()).toBeNull();
  });

  it.each([
    ['Chrome on a PC', UA.desktopChrome, 0],
    ['Chrome on a Mac', UA.macChrome, 0],
    ['Debian Chromium', UA.debianChromium, 0],
    ['Chrome on an Android tablet', UA.androidChrome, 5],
    ['an Android WebView', UA.androidWebView, 5],
    ['Chrome on an iPad', UA.iPadChrome, 5],
    ['Firefox on an iPad', UA.iPadFirefox, 5],
    ['Edge on an iPad', UA.iPadEdge, 5],
    ['Firefox on Linux', UA.firefoxLinux, 0],
  ])('is not given in %s', (_, userAgent, touchPoints) => {
    openedIn(userAgent, { touchPoints });
    expect(safariTab()).toBeNull();
  });

  it('is not given when the app was opened from the home screen (iOS: navigator.standalone)', () => {
    openedIn(UA.iPadSafari, { touchPoints: 5, iosStandalone: true });
    expect(safariTab()).toBeNull();
  });

  it('is not given when the app runs as an installed app (display-mode: standalone)', () => {
    openedIn(UA.iPadOSAsMac, { touchPoints: 5, displayModeStandalone: true });
    expect(safariTab()).toBeNull();
    openedIn(UA.iPhoneSafari, { touchPoints: 5, displayModeStandalone: true });
    expect(safariTab()).toBeNull();
  });
});
