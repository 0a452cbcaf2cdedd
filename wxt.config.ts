import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { noRuntimeCode } from './scripts/vite-no-runtime-code';

// Every import is explicit: a reader can follow where each name comes from.
export default defineConfig({
  imports: false,
  // noRuntimeCode: no innerHTML writes and no Function constructor in any bundle (see the plugin's file).
  vite: () => ({ plugins: [preact(), noRuntimeCode()] }),
  manifest: ({ browser }) => ({
    name: 'ISO 27001 Readiness',
    description:
      'ISO/IEC 27001:2022 gap analysis, readiness score, cost and timeline estimate and roadmap — entirely in your browser.',
    // IndexedDB needs no permission; the side panel is Chrome's only extra.
    permissions: browser === 'firefox' ? [] : ['sidePanel'],
    action: { default_title: 'ISO 27001 Readiness' },
    // Alt+Shift+S opens the questionnaire beside a call without a click on the toolbar.
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+S' }, description: 'Open the readiness scan' } }
        : { 'open-side-panel': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Open the readiness scan' } },
    ...(browser === 'firefox'
      ? {
          // data_collection_permissions (required on new listings) is the newest key we use: Firefox 140 reads it
          // on desktop (140 is also an ESR), Firefox for Android only from 142 (Mozilla's add-on linter, web-ext 10.7).
          browser_specific_settings: {
            gecko: {
              id: 'iso27001-readiness@readiness.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
