import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storeBundledCatalog } from '../lib/db/seed';
import { openSidePanel, openSidePanelCommand } from '../lib/state/navigation';

export default defineBackground(() => {
  // Install and update are the two moments the bundled catalog can differ from the stored one.
  browser.runtime.onInstalled.addListener(() => {
    void storeBundledCatalog();
  });
  // The toolbar button opens the popup, whose first button opens the side panel; the keyboard shortcut opens
  // the side panel directly (Firefox handles its own sidebar shortcut).
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === openSidePanelCommand) void openSidePanel(tab?.windowId);
  });
});
