/**
 * Vite plugin (build only): the start page is rendered into index.html, so
 * the first paint is the page and not an empty one (issue #16). A first
 * visit on a slow line used to wait for the main chunk, then for the
 * content chunks, before anything showed.
 *
 * - `src/app/prerender.tsx` renders the Forside as a first-time visitor
 *   meets it (no workshops yet, the shipped questionnaires), in Danish. It
 *   runs in Node through a small Vite server of its own (JSX and the content
 *   plugin's virtual modules), so it sees exactly the app's source.
 * - The entry (main.tsx) holds only the start page's stylesheets; it imports
 *   the app (app/start.tsx) once the page is painted, and on a first visit
 *   the content seed beside it.
 * - app/start.tsx renders over those elements once it has read this device's data.
 *   Until then the page is `inert`: it shows, but takes no clicks or keys.
 * - The entry script is fetched at low priority: the first paint needs only
 *   the HTML and the stylesheet.
 *
 * No inline script is added: the Content-Security-Policy stays `script-src 'self'`.
 */
import type { Plugin, PluginOption } from 'vite';
import { createServer } from 'vite';

interface Options {
  /** The plugins the prerender needs besides JSX (e.g. the content plugin for its virtual modules). */
  plugins: () => PluginOption[];
}

const ENTRY = '/src/app/prerender.tsx';
const TARGET = '<div id="app"></div>';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function renderStartPage(root: string, plugins: PluginOption[]): Promise<{ html: string; title: string }> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    plugins,
  });
  try {
    const module = (await server.ssrLoadModule(ENTRY)) as { prerenderStartPage: () => { html: string; title: string } };
    return module.prerenderStartPage();
  } finally {
    await server.close();
  }
}

export function prerenderPlugin(options: Options): Plugin {
  let root = process.cwd();
  return {
    name: 'kom-i-hus:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(TARGET)) throw new Error(`prerender: index.html has no ${TARGET}`);
        const page = await renderStartPage(root, options.plugins());
        return (
          html
            // `inert` until app/start.tsx has rendered over it: a click or a keystroke before then would meet
            // a form without its handlers (a native submit reloads the page with the fields in the address).
            .replace(TARGET, `<div id="app" inert>${page.html}</div>`)
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
            // The source's comments are for its readers; every byte of the page counts twice (first paint, precache).
            .replace(/\s*<!--[\s\S]*?-->/g, '')
            // The page paints without script now: the (small) entry need not go before the stylesheet.
            .replace(/<script type="module"(?![^>]*fetchpriority)/g, '<script type="module" fetchpriority="low"')
        );
      },
    },
  };
}
