import 'fake-indexeddb/auto';
import { z } from 'zod';

// Same setting as every entrypoint, so tests run the code paths the extension runs.
z.config({ jitless: true });
