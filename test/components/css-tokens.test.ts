/**
 * The stylesheets name each colour once, as a design token in :root (and its
 * high-contrast value); rules use only the tokens. A raw colour in a rule
 * would escape the prefers-contrast and forced-colors modes (issue #14).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..', 'src');
const COLOUR = /#[0-9a-fA-F]{3,8}\b|\b(?:rgb|rgba|hsl|hsla)\(/g;

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** The text of a block that opens with `opening` ("{" matched to its "}"), or '' if there is none. */
function block(css: string, opening: string): string {
  const start = css.indexOf(opening);
  if (start < 0) return '';
  let depth = 0;
  for (let i = css.indexOf('{', start); i < css.length; i++) {
    if (css[i] === '{') depth++;
    if (css[i] === '}' && --depth === 0) return css.slice(start, i + 1);
  }
  return css.slice(start);
}

describe('colours are design tokens', () => {
  const app = readFileSync(join(SRC, 'app', 'app.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const tokens = block(app, ':root {');
  const contrast = block(app, '@media (prefers-contrast: more)');

  it('every raw colour in the stylesheets is inside the token blocks', () => {
    const found = cssFiles(SRC).flatMap((file) => {
      let css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      if (file.endsWith(join('app', 'app.css'))) css = css.replace(tokens, '').replace(contrast, '');
      return [...css.matchAll(COLOUR)].map((m) => `${relative(SRC, file)}: ${m[0]}`);
    });
    expect(found).toEqual([]);
  });

  it('has a high-contrast value for the text, lines and brand, and a forced-colours mode', () => {
    for (const token of ['--ink', '--ink-soft', '--line', '--brand', '--focus']) expect(contrast, token).toContain(`${token}:`);
    expect(app).toContain('@media (forced-colors: active)');
    expect(block(app, '@media (forced-colors: active)')).toContain('forced-color-adjust: none');
  });
});
