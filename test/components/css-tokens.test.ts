/**
 * The stylesheets name each colour once, as a design token in :root of
 * src/app/app.css (and its high-contrast value); every other rule, in every
 * .css file under src/, uses only the tokens. A raw colour in a rule would
 * escape the prefers-contrast and forced-colors modes (issue #14).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..', 'src');
const APP_CSS = join('app', 'app.css');
const COLOUR = /#[0-9a-fA-F]{3,8}\b|\b(?:rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch|color)\(/g;
/** CSS's named colours (not transparent or currentColor, which name no colour of their own). */
const NAMED = new Set(
  `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue
  chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey
  darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray
  darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen
  fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki
  lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen
  lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime
  limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue
  mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive
  olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum
  powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver
  skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white
  whitesmoke yellow yellowgreen`.split(/\s+/),
);

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

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

/** app.css's token blocks: the only place a raw colour may be written. */
function tokenBlocks(appCss: string): string[] {
  const css = withoutComments(appCss);
  return [block(css, ':root {'), block(css, '@media (prefers-contrast: more)')];
}

/** The raw colours in one stylesheet: hex, colour functions, and named colours in a declaration's value. */
function rawColours(css: string, allowedBlocks: string[] = []): string[] {
  let rest = withoutComments(css);
  for (const allowed of allowedBlocks) if (allowed) rest = rest.replace(allowed, '');
  const values = [...rest.matchAll(/:([^;{}]*)[;}]/g)].map((m) => m[1] ?? '');
  const named = values.flatMap((value) => (value.match(/(?<![\w-])[a-z]+(?![\w-])/gi) ?? []).filter((word) => NAMED.has(word.toLowerCase())));
  return [...[...rest.matchAll(COLOUR)].map((m) => m[0]), ...named];
}

describe('colours are design tokens', () => {
  const app = withoutComments(readFileSync(join(SRC, APP_CSS), 'utf8'));
  const [, contrast = ''] = tokenBlocks(app);

  it('every raw colour in every stylesheet under src/ is inside app.css’s token blocks', () => {
    const files = cssFiles(SRC);
    expect(files.length).toBeGreaterThan(1);
    const found = files.flatMap((file) => {
      const css = readFileSync(file, 'utf8');
      const allowed = relative(SRC, file) === APP_CSS ? tokenBlocks(css) : [];
      return rawColours(css, allowed).map((colour) => `${relative(SRC, file)}: ${colour}`);
    });
    expect(found).toEqual([]);
  });

  it('finds a raw colour outside the token blocks (self-test)', () => {
    const appLike = ':root {\n  --ink: #1b2428;\n}\n@media (prefers-contrast: more) {\n  :root {\n    --ink: #000;\n  }\n}\n';
    expect(rawColours(appLike, tokenBlocks(appLike))).toEqual([]);
    expect(rawColours(`${appLike}.a {\n  color: #1b2428;\n}\n`, tokenBlocks(appLike))).toEqual(['#1b2428']);
    expect(rawColours('.a { background: rgb(0 0 0 / 0.2); }')).toEqual(['rgb(']);
    expect(rawColours('.a { border: 1px solid White; color: var(--white-ish); }')).toEqual(['White']);
    expect(rawColours('.a {\n  box-shadow: 0 1px 2px hsl(0 0% 0%);\n  color: red\n}')).toEqual(['hsl(', 'red']);
    // Words that only look like colours: selectors, custom properties, keywords, comments.
    expect(rawColours('.red:hover { color: var(--red); background: transparent; border-color: currentColor; } /* #fff */')).toEqual([]);
    // A colour in another stylesheet is never allowed, even in a :root block there.
    expect(rawColours(':root {\n  --x: #fff;\n}\n')).toEqual(['#fff']);
  });

  it('has a high-contrast value for the text, lines and brand, and a forced-colours mode', () => {
    for (const token of ['--ink', '--ink-soft', '--line', '--brand', '--focus']) expect(contrast, token).toContain(`${token}:`);
    expect(block(app, '@media (forced-colors: active)')).toContain('CanvasText');
    // In forced-colours mode the strips' parts take the system's colours and keep a visible border (each is
    // labelled "2: 3", so no colour is needed to read them); the rule lives beside the strips.
    const strips = withoutComments(readFileSync(join(SRC, 'steps', 'results', 'question-results.css'), 'utf8'));
    const forced = block(strips, '@media (forced-colors: active)');
    expect(forced).toContain('.strip__part');
    expect(forced).toContain('border-color: CanvasText');
    expect(forced).toContain('color: CanvasText');
  });
});
