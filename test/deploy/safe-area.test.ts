/**
 * index.html lets the page reach into an iPhone's or iPad's safe areas
 * (viewport-fit=cover), so the styles must keep every control out of them:
 * the page pads by all four insets and the sticky undo bar sits above the
 * home indicator. (WebKit on Linux has no safe areas; the WebKit suite checks
 * the meta tags in the served page, this checks the styles that answer them.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The declarations of the first rule whose selector is exactly `selector`. */
function rule(css: string, selector: string): string {
  const match = new RegExp(`(?:^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(css);
  if (!match?.[1]) throw new Error(`no rule for ${selector}`);
  return match[1];
}

describe('safe areas', () => {
  it('index.html asks for viewport-fit=cover', () => {
    expect(read('index.html')).toMatch(/<meta name="viewport" content="[^"]*viewport-fit=cover[^"]*"/);
  });

  it('the page pads by all four safe-area insets', () => {
    const body = rule(read('src/app/app.css'), 'body');
    expect(body).toMatch(/padding:\s*env\(safe-area-inset-top\)\s+env\(safe-area-inset-right\)\s+env\(safe-area-inset-bottom\)\s+env\(safe-area-inset-left\);/);
  });

  it('the sticky undo bar of the plan stays above the home indicator', () => {
    expect(rule(read('src/steps/plan/plan.css'), '.undo')).toMatch(/bottom:\s*calc\([^;]*env\(safe-area-inset-bottom\)\)/);
  });
});
