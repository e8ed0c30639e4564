#!/usr/bin/env node
// The end-to-end tests' server: `vite preview` of the production build, plus one
// file only the tests ask for, axe-core at /__e2e__/axe.js. The tests load it as
// a script of the page's own origin, which the app's Content-Security-Policy
// allows, so the browser parses it on a background thread and keeps it compiled
// for the next page: about half a second less per checked page than handing its
// 650 KB to the DevTools protocol (test/e2e/fixtures.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { preview } from 'vite';

const require = createRequire(import.meta.url);
const axe = readFileSync(require.resolve('axe-core/axe.min.js'));
const port = Number(process.argv[2] ?? 4173);

const server = await preview({
  preview: { port, strictPort: true, host: '127.0.0.1' },
  plugins: [
    {
      name: 'e2e-axe',
      configurePreviewServer(server) {
        server.middlewares.use('/__e2e__/axe.js', (_req, res) => {
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.setHeader('Cache-Control', 'max-age=3600');
          res.end(axe);
        });
      },
    },
  ],
});
server.printUrls();
