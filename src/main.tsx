/** Start-up: open the database, seed the content, render the app, then start the service worker. */
import { render } from 'preact';
import { App } from './app/App';
import { createAppState } from './app/app-state';
import './app/app.css';

const root = document.getElementById('app');
if (root) render(<App state={createAppState()} />, root);

// After the first render, so registering never delays the app.
void import('./pwa/sw-bridge').then(({ startServiceWorker }) => startServiceWorker()).catch((error: unknown) => console.error(error));
