import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './grid/register-grid';

/** The UI: loaded after `main.tsx` has already asked the back end for the state. */
export function mountApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
