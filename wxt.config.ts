import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See ../shared/guides/toolchain.md for why each setting is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description: 'Shows, on any news article, who said what: quotes, speakers and officials, with citations.',
    // storage: settings (highlights on/off, citation style). activeTab + scripting are not needed:
    // the content script is declared statically and answers the popup over messaging.
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
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['.output/**', 'node_modules/**', 'test/bench/results*'] },
});
