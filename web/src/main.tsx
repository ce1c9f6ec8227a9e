import { createRoot } from 'react-dom/client';
import { x } from './t/a.js';
createRoot(document.getElementById('root')!).render(<p>{x(1)}</p>);
