import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './scripts/content-plugin.ts';
import { pdfFontPlugin } from './scripts/pdf-font-plugin.ts';
import { prerenderPlugin } from './scripts/prerender-plugin.ts';
import { trimJsPdfPlugin } from './scripts/trim-jspdf.ts';

const questionnaires = fileURLToPath(new URL('./questionnaires', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: {
    // Written into backup files, so a later version knows what made them.
    'import.meta.env.PACKAGE_VERSION': JSON.stringify(process.env.KOM_I_HUS_BUILD_ID ? `${version}+${process.env.KOM_I_HUS_BUILD_ID}` : version),
  },
  plugins: [
    contentPlugin(questionnaires),
    // jsPDF without the plugins we never use (forms, images, HTML, SVG…): see the file.
    trimJsPdfPlugin(),
    // The PDF's font, subset to the letters it prints (Latin, Vietnamese): see the file.
    pdfFontPlugin(),
    preact(),
    // The start page is in index.html as HTML: see the file.
    prerenderPlugin({ plugins: () => [contentPlugin(questionnaires)] }),
    VitePWA({
      // The app asks before it updates (src/pwa/); it never reloads by itself.
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      includeAssets: ['favicon.svg'],
      // The manifest's icons are not added to the precache wholesale: see globIgnores.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Kom i hus – dialogværktøj om sygefraværsopgaven',
        short_name: 'Kom i hus',
        description:
          'Dialogværktøjet Kom i hus med sygefraværsopgaven: besvar, prioritér, gå i dialog og lav en handleplan – også uden net. Data bliver på enheden.',
        lang: 'da',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f7f5f0',
        theme_color: '#14505c',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Precache the whole app shell and every lazy screen, so every step works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,ttf}'],
        // The icons are read by the browser or the iPad when the app is installed or put on the home
        // screen (online), never by a page: leaving them out keeps 19 KiB of precache for the app itself
        // (budget 800 KiB, plus the PDF font's 85). (Until includeManifestIcons was turned off, the plugin
        // put them back in.) The favicon is the page's own, so it stays.
        globIgnores: ['icons/**'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // On the very first install, take charge of the open page at once, so screens not yet
        // loaded still work if the network goes away before a reload. Later versions wait for the user.
        clientsClaim: true,
        // Nothing is fetched from other origins, so there is no runtime caching.
        runtimeCaching: [],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // dist/.vite/manifest.json: scripts/measure-size.mjs follows the chunks a start loads.
    manifest: true,
    // No polyfill for <link rel="modulepreload"> (Safari before 17): there a lazy screen's chunks load
    // one after another instead of together; they come from the service worker's cache anyway.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Apart from it, what the entry needs before the page is painted: Vite's preload helper and the start page's stylesheets.
            { name: 'preload-helper', test: /preload-helper/, priority: 2 },
            { name: 'index', test: /src[\\/](app[\\/]app|screens[\\/]home[\\/]home)\.css$/, priority: 2 },
            {
              // What every start runs after the first paint (src/app/start.tsx and what it imports) as one chunk,
              // not several small ones split off because the lazy screens share them: each split costs bytes
              // (the precache budget) and a request.
              name: 'start',
              priority: 1,
              test: /src[\\/](app[\\/](start|App|app-state|routes|use-route|keyboard|lazy-screen)|db[\\/](database|workshops)|content[\\/]index)\.tsx?$|node_modules[\\/]dexie[\\/]/,
            },
          ],
        },
      },
    },
    sourcemap: false,
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/support/vitest-setup.ts'],
    // A few tests parse 200,000-entry files or lay out 60 PDFs: seconds alone, more beside the e2e suite.
    testTimeout: 20_000,
    environment: 'node',
    restoreMocks: true,
    // Vitest leaves one core free by default: on a two-core machine the files then ran one at a time
    // (85 s). Threads on every core: 57 s.
    pool: 'threads',
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
