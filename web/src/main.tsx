import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { loadCatalogue, preferredLocale } from './i18n/index.js';
import { SessionProvider } from './session/index.js';
import './styles/console.css';

// Fetch the likely interface language before the first paint, so nobody sees English flash into Japanese.
await loadCatalogue(preferredLocale(null, null)).catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider>
      <App />
    </SessionProvider>
  </StrictMode>,
);
