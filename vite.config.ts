import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './scripts/content-plugin.ts';

const questionnaires = fileURLToPath(new URL('./questionnaires', import.meta.url));

export default defineConfig({
  plugins: [contentPlugin(questionnaires), preact()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
