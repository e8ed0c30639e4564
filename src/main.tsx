/** Start-up: open the database, seed the content and render the app. */
import { render } from 'preact';
import { App } from './app/App';
import { createAppState } from './app/app-state';
import './app/app.css';

const root = document.getElementById('app');
if (root) render(<App state={createAppState()} />, root);
