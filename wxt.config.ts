import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noInnerHtml } from './scripts/vite-no-inner-html';
import { ALL_SITES, API_ORIGINS } from './utils/page-safety/site-patterns';

// Gecko id is stable so Firefox keeps storage across reinstalls and tests can pin the moz-extension UUID.
export const GECKO_ID = 'trackpin@trackpin.app';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: easier to read, and unit tests see the same modules as the build.
  imports: false,
  manifestVersion: 3,
  // Lets parallel e2e runs build into their own folders.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // Store packages (`npm run zip`). The Firefox sources zip holds what rebuilds the package with the README's
  // commands, nothing more (no tests, sandbox or dev scripts); tests/e2e/store-package.e2e.test.ts checks it.
  zip: {
    includeSources: [
      'README.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'scripts/vite-no-inner-html.ts',
      'entrypoints/**',
      'components/**',
      'utils/**',
      'public/**',
    ],
  },
  hooks: {
    // WXT makes a run-time content script's matches required host permissions; site access stays as
    // declared below (optional in Chrome), or allow-only mode could not give it back.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') manifest.host_permissions = [...API_ORIGINS];
    },
    // The script injected into every page uses the browsers' own promise-based `browser`/`chrome` (both
    // MV3) instead of webextension-polyfill: 10 kB less on every page. Everything else keeps the polyfill.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((e) => e.name === 'content')) return;
      const alias = config.resolve?.alias;
      const native = { find: 'wxt/browser', replacement: '@wxt-dev/browser' };
      config.resolve = { ...config.resolve, alias: Array.isArray(alias) ? [native, ...alias] : { ...alias, 'wxt/browser': '@wxt-dev/browser' } };
    },
  },
  vite: () => ({
    plugins: [preact(), noInnerHtml()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting`: the content script is registered at run time (utils/background/site-access.ts); the engine
    // and the card are injected into a frame on first use (utils/background/page-scripts.ts).
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'activeTab', 'scripting'],
    // Site access is optional so that "only sites I allow" can give `<all_urls>` back and leave the browser
    // to withhold every other site. Firefox grants host_permissions at install and lets the extension remove
    // them, so it gets all sites at install; Chrome cannot remove a required permission, so there all sites
    // is an optional grant (kept by users upgrading from a build that had it; asked once by new installs).
    host_permissions: [...API_ORIGINS, ...(browser === 'firefox' ? [ALL_SITES] : [])],
    // Also covers a custom API endpoint's host, asked for only when the user sets one that needs it (host-access.ts).
    optional_host_permissions: [ALL_SITES],
    action: { default_title: '__MSG_extName__' },
    omnibox: { keyword: 'tp' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+T' }, description: '__MSG_cmdOpenPopup__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Android gained data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
