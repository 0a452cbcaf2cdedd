import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { noRuntimeCode } from './scripts/vite-no-runtime-code';

/**
 * What the extension's pages may load: their own files, and nothing from anywhere else. "No network" is then
 * enforced by the browser, not only by tests: connect-src 'self' refuses fetch, XHR and WebSocket to any other
 * origin. Inline styles stay allowed for the printable report (a Blob page with a <style>); data: and blob: cover
 * images and fonts made in the page.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "base-uri 'none'",
].join('; ');

// Every import is explicit: a reader can follow where each name comes from.
export default defineConfig({
  imports: false,
  // noRuntimeCode: no innerHTML writes and no Function constructor in any bundle (see the plugin's file).
  vite: () => ({
    plugins: [preact(), noRuntimeCode()],
    build: {
      // Chrome and Firefox (140+, our minimum) preload modules themselves: the polyfill would be one more file per page.
      modulePreload: { polyfill: false },
      // Each first screen's code in as few files as possible: an extension page pays more per file it loads than
      // per kilobyte (BENCHMARKS.md). A group takes its root components and, with them, everything they import
      // statically; what is imported dynamically stays in chunks of its own. The first group holds the popup's
      // code, the stylesheet and WXT's empty per-page module (each would otherwise be a file of its own, the last
      // an empty one), so the popup loads one script beside its entry; the side panel and the workspace share the
      // second.
      rolldownOptions: {
        output: {
          advancedChunks: {
            groups: [
              { name: 'first-screen', test: /components[\\/](popup[\\/]PopupApp|ui[\\/]theme\.css)|wxt-html-plugins/, priority: 30 },
              { name: 'first-screen-pages', test: /components[\\/](sidepanel[\\/]SidePanelApp|workspace[\\/]WorkspaceApp)/, priority: 20 },
            ],
          },
        },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'ISO 27001 Readiness',
    description:
      'ISO/IEC 27001:2022 gap analysis, readiness score, cost and timeline estimate and roadmap — entirely in your browser.',
    // IndexedDB needs no permission; the side panel is Chrome's only extra.
    permissions: browser === 'firefox' ? [] : ['sidePanel'],
    action: { default_title: 'ISO 27001 Readiness' },
    // Manifest V3 (Chrome) takes a policy per kind of page; Firefox's Manifest V2 takes the one string.
    content_security_policy: browser === 'firefox' ? contentSecurityPolicy : { extension_pages: contentSecurityPolicy },
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
