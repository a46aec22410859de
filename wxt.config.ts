import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See ../shared/guides/toolchain.md for why each setting is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The content script runs on every page, so it uses the browser's own promise-based API
    // (`browser` in Firefox, `chrome` in Chrome MV3) instead of webextension-polyfill: setting up
    // the polyfill cost each new tab ~2 ms of the page's main thread before our code ran
    // (measured per module, README "Benchmark"). Background, popup and options keep the polyfill.
    // For the same reason WXT's entry wrapper builds our lean context instead of WXT's
    // (entrypoints/content/script-context.ts says what it saves).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.resolve = {
        ...config.resolve,
        alias: {
          ...config.resolve?.alias,
          'wxt/browser': '@wxt-dev/browser',
          'wxt/utils/content-script-context': fileURLToPath(new URL('./entrypoints/content/script-context.ts', import.meta.url)),
        },
      };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description: 'Shows, on any news article, who said what: quotes, speakers and officials, with citations.',
    // Each permission is justified in the README's permissions table: storage (settings),
    // contextMenus ("Copy citation" entries), clipboardWrite (copying after a context-menu click).
    // activeTab + scripting are not needed: the content script is declared statically.
    permissions: ['storage', 'contextMenus', 'clipboardWrite'],
    // Rebindable at chrome://extensions/shortcuts and about:addons; handled in the background.
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn highlights on or off everywhere',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.dev',
              // Firefox 140 ESR (Debian's firefox-esr) is the oldest with data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['.output/**', 'node_modules/**', 'test/bench/results*'] },
});
