/**
 * Shared set-up for every Vitest file. The component tests wait for IndexedDB
 * (fake-indexeddb) and lazy screens; Testing Library's default 1 s for
 * findBy…/waitFor was too short on a busy machine (two cores running the
 * end-to-end suite beside them), so they wait up to 5 s. A test that is right
 * passes as fast as before; one that is wrong still fails.
 */
import { configure } from '@testing-library/preact';
import { loadWorkshopWords } from '../../src/i18n';

configure({ asyncUtilTimeout: 5000 });

// `t` starts with the core words; the app adds the steps' words when a workshop screen loads
// (src/i18n/index.ts). Component tests render steps directly, so they get them up front.
await loadWorkshopWords();
