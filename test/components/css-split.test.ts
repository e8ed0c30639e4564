/**
 * CSS that follows the code (issue #14): src/app/app.css is the base (tokens,
 * the shell, pieces several screens share) and loads first; every other
 * stylesheet sits beside the .tsx that renders its classes and is imported
 * there, so it arrives with that screen's chunk. These tests keep it so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..', 'src');
const APP_CSS = join(SRC, 'app', 'app.css');
/** The base after the split was 730 lines; a screen's rules belong beside the screen. */
const BASE_MAX_LINES = 760;

function files(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, ending);
    return entry.name.endsWith(ending) ? [path] : [];
  });
}

/** The class names a stylesheet's selectors mention (not @-rule preludes, not declarations). */
function selectorClasses(css: string): string[] {
  const preludes = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{};]+)\{/g)].map((m) => (m[1] ?? '').trim()).filter((p) => !p.startsWith('@'));
  return [...new Set(preludes.flatMap((p) => [...p.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? '')))];
}

/** The text of each `class={…}` expression, braces matched. */
function classExpressions(tsx: string): string[] {
  const found: string[] = [];
  for (let at = tsx.indexOf('class={'); at >= 0; at = tsx.indexOf('class={', at + 1)) {
    let depth = 0;
    for (let i = at + 'class='.length; i < tsx.length; i++) {
      if (tsx[i] === '{') depth++;
      if (tsx[i] === '}' && --depth === 0) {
        found.push(tsx.slice(at + 'class={'.length, i));
        break;
      }
    }
  }
  return found;
}

/** The classes a .tsx file writes in class="…", class={…} (string and template literals) and classList.add('…'), and the prefixes it builds on (`swatch--${n}`). */
function usedClasses(tsx: string): { names: Set<string>; prefixes: string[] } {
  const names = new Set<string>();
  const prefixes: string[] = [];
  const words = (text: string) => text.split(/[^\w-]+/).filter(Boolean).forEach((w) => names.add(w));
  for (const m of tsx.matchAll(/\bclass="([^"]*)"/g)) words(m[1] ?? '');
  for (const m of tsx.matchAll(/\bclassList\.(?:add|toggle)\('([\w-]+)'/g)) words(m[1] ?? '');
  for (const expression of classExpressions(tsx)) {
    for (const m of expression.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)) words(m[1] ?? m[2] ?? '');
    for (const m of expression.matchAll(/`([^`]*)`/g)) {
      const template = m[1] ?? '';
      for (const p of template.matchAll(/([\w-]+)\$\{/g)) prefixes.push(p[1] ?? '');
      words(template.replace(/\$\{[^}]*\}/g, ' '));
    }
  }
  return { names, prefixes };
}

/** The classes in `css` that none of `tsxSources` writes. */
function unusedClasses(css: string, tsxSources: string[]): string[] {
  const uses = tsxSources.map(usedClasses);
  return selectorClasses(css).filter((name) => !uses.some(({ names, prefixes }) => names.has(name) || prefixes.some((p) => name.startsWith(p) && name.length > p.length)));
}

const read = (file: string) => readFileSync(file, 'utf8');
const allTsx = files(SRC, '.tsx');
const stylesheets = files(SRC, '.css').filter((file) => file !== APP_CSS);

describe('CSS follows the code', () => {
  it(`app.css stays a base: at most ${BASE_MAX_LINES} lines`, () => {
    expect(read(APP_CSS).split('\n').length).toBeLessThanOrEqual(BASE_MAX_LINES);
  });

  it('main.tsx imports app.css before anything else, so the base comes first in the start-up CSS', () => {
    const firstImport = read(join(SRC, 'main.tsx')).match(/^import .*$/m)?.[0];
    expect(firstImport).toBe("import './app/app.css';");
  });

  it('there are stylesheets beside the screens, steps and components', () => {
    expect(stylesheets.length).toBeGreaterThanOrEqual(10);
  });

  it.each(stylesheets.map((file) => [relative(SRC, file), file]))('%s is imported by a .tsx beside it', (_name, file) => {
    const importers = allTsx.filter((tsx) => dirname(tsx) === dirname(file) && read(tsx).includes(`import './${file.split(/[\\/]/).pop()}';`));
    expect(importers).not.toEqual([]);
  });

  it.each(stylesheets.map((file) => [relative(SRC, file), file]))('every class in %s is used by a .tsx in its folder', (_name, file) => {
    const beside = allTsx.filter((tsx) => dirname(tsx) === dirname(file)).map(read);
    expect(unusedClasses(read(file), beside)).toEqual([]);
  });

  it('every class in app.css is used by some .tsx under src/', () => {
    expect(unusedClasses(read(APP_CSS), allTsx.map(read))).toEqual([]);
  });

  it('finds classes nobody uses (self-test)', () => {
    const css = `/* .commented-out */
.used, .built--3 { margin: 0.5rem; }
@media (min-width: 40rem) { .conditional > li { padding: 0; } }
.orphan:has(.used) { color: var(--ink); }
.built { width: 1.5rem; }`;
    const tsx = `<ul class="used conditional"><li class={\`built built--\${n}\${on ? ' on' : ''}\`} /></ul>`;
    expect(selectorClasses(css)).toEqual(['used', 'built--3', 'conditional', 'orphan', 'built']);
    expect(unusedClasses(css, [tsx])).toEqual(['orphan']);
    expect(unusedClasses(css, [])).toEqual(['used', 'built--3', 'conditional', 'orphan', 'built']);
    expect(usedClasses("<p class={only ? '' : 'card'} />").names).toEqual(new Set(['card']));
  });
});
