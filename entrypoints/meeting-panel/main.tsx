import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { listenForBridge } from '@/lib/meeting/use-meeting-bridge';
import { App } from './App';
import './page.css';

// zod's JIT probe uses `new Function`, which the extension CSP forbids.
z.config({ jitless: true });
// Before rendering: the port may arrive before React's first effects run.
const port = listenForBridge();
const root = document.getElementById('root');
if (root) createRoot(root).render(<App port={port} />);
