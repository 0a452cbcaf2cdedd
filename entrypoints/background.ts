import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storeBundledCatalog } from '../lib/db/seed';

export default defineBackground(() => {
  // Install and update are the two moments the bundled catalog can differ from the stored one.
  browser.runtime.onInstalled.addListener(() => {
    void storeBundledCatalog();
  });
  // Chrome: the toolbar action keeps its popup; the side panel opens from the popup's button
  // (a user gesture), so nothing else needs wiring here.
});
