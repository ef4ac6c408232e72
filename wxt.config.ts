import { defineConfig } from 'wxt';
import { asciiOnly } from './lib/build/ascii-only-plugin';
import { siteAdapters } from './lib/sites';

// Extension pages need no eval; 'wasm-unsafe-eval' is kept for on-device vision (MediaPipe) and
// connect-src 'self' keeps every extension page from talking to anything off the machine.
const EXTENSION_PAGES_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'";

// Origins of the supported sites (paths are not allowed in these manifest keys).
const PANEL_ORIGINS = [...new Set(siteAdapters.flatMap((a) => a.matches.map((m) => `${new URL(m.replace('*.', '')).origin}/*`)))];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [asciiOnly()] }),
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'HireProof',
    description: 'Checks job candidates\' identity details for signals worth a closer look, on your machine.',
    permissions: ['storage', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: PANEL_ORIGINS,
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: PANEL_ORIGINS,
      },
    ],
    ...(browser === 'firefox'
      ? {
          sidebar_action: { default_panel: 'panel.html', default_title: 'HireProof' },
          browser_specific_settings: { gecko: {
              id: 'hireproof@hireproof.example',
              strict_min_version: '140.0',
              // Nothing is collected or transmitted: everything stays in the browser profile.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { side_panel: { default_path: 'panel.html' } }),
    action: { default_title: 'HireProof' },
  }),
});
