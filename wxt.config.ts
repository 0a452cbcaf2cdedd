import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Every import is explicit: a reader can follow where each name comes from.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
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
          browser_specific_settings: {
            gecko: {
              id: 'iso27001-readiness@readiness.local',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
