import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { openDatabase } from '@/lib/db/database';
import { App } from './App';
import '@/components/risk-panel.css';
import '@/components/options/options.css';
import '@/components/review/review.css';

// zod's JIT probe uses `new Function`, which the extension CSP forbids.
z.config({ jitless: true });
const root = document.getElementById('root');
// A top-level extension page: it may open the extension's IndexedDB itself (only in-page iframes may not).
if (root) createRoot(root).render(<App db={openDatabase()} />);
