import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { openDatabase } from '@/lib/db/database';
import { createListJobs } from '@/lib/options/list-jobs';
import { spawnListWorker } from '@/lib/options/spawn-list-worker';
import { App } from './App';
import '@/components/risk-panel.css';
import '@/components/options/options.css';

// zod's JIT probe uses `new Function`, which the extension CSP forbids.
z.config({ jitless: true });
const root = document.getElementById('root');
// The options page is a top-level extension page, so it may open the extension's IndexedDB itself.
if (root) createRoot(root).render(<App db={openDatabase()} jobs={createListJobs(spawnListWorker)} />);
