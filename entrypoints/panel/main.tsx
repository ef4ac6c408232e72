import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App';
import './page.css';

// zod's JIT probe uses `new Function`, which the extension CSP forbids.
z.config({ jitless: true });
const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
