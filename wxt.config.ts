import { defineConfig } from 'wxt';
import { asciiOnly } from './lib/build/ascii-only-plugin';
import { siteAdapters } from './lib/sites';
import { meetingAdapters } from './lib/sites/meetings';

// Extension pages need no eval; 'wasm-unsafe-eval' is kept for on-device vision (MediaPipe).
// connect-src allows what list subscriptions may fetch and nothing else: https, and plain http on
// this machine only (lib/settings/subscription-url.ts). The background fetches nothing unless
// someone configured a subscription; [::1] cannot be written in a CSP source, so it is not offered.
const EXTENSION_PAGES_CSP =
  "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self' https: http://localhost:* http://127.0.0.1:*";

// Hosts a subscription may be fetched from, asked for when someone adds one (optional, so nothing is
// granted at install). Without the grant a fetch still works when the list server allows it by CORS.
const SUBSCRIPTION_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

// Origins of the supported sites (paths are not allowed in these manifest keys). The scheme and host
// part of each match pattern is kept as written, so `https://*.myworkday.com/*` covers every tenant.
const originsOf = (patterns: readonly string[]) => [...new Set(patterns.map((m) => `${/^[a-z*]+:\/\/[^/]+/.exec(m)?.[0] ?? m}/*`))];
const PANEL_ORIGINS = originsOf(siteAdapters.flatMap((a) => a.matches));

// Hosts of the supported video calls, for the meeting panel's iframe. The scheme and host part of each
// match pattern is kept as written, so `https://*.zoom.us/wc/*` allows the panel on every Zoom subdomain.
const MEETING_ORIGINS = originsOf(meetingAdapters.flatMap((a) => a.matches));

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  // Workers are bundled separately (worker.plugins) and need the same escaping.
  vite: () => ({ plugins: [asciiOnly()], worker: { plugins: () => [asciiOnly()] } }),
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'HireProof',
    description: 'Checks job candidates\' identity details for signals worth a closer look, on your machine.',
    // alarms: scheduled list subscription refreshes and the daily retention run. unlimitedStorage: an administrator's face model
    // (base64 in storage.local, where the meeting panel's frame can read it) next to everything else.
    permissions: ['storage', 'unlimitedStorage', 'tabs', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: PANEL_ORIGINS,
    optional_host_permissions: SUBSCRIPTION_ORIGINS,
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: PANEL_ORIGINS,
      },
      {
        resources: ['meeting-panel.html'],
        matches: MEETING_ORIGINS,
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
      : {
          side_panel: { default_path: 'panel.html' },
          // Enterprise policy keys (lib/policy/POLICY.md). Chrome only: Firefox reads managed
          // storage without a schema (policies.json "3rdparty"), and the extension checks values itself.
          storage: { managed_schema: 'managed_schema.json' },
        }),
    action: { default_title: 'HireProof' },
  }),
});
