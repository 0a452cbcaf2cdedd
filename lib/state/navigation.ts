/**
 * Opening the extension's other surfaces from a page. The side panel is Chrome's sidePanel API and Firefox's
 * sidebar; both open only in direct response to a click or a shortcut, so nothing may be awaited before them.
 */
import { browser } from 'wxt/browser';

export type PageName = 'app' | 'kiosk' | 'options';

/** The keyboard shortcut that opens the side panel in Chrome (see wxt.config.ts). */
export const openSidePanelCommand = 'open-side-panel';

let windowId: number | undefined;

/** Opens a page in a new tab; `view` names the tab inside it to show first (the workspace reads it). */
export async function openPage(page: PageName, view?: string): Promise<void> {
  if (page === 'options') return browser.runtime.openOptionsPage();
  await browser.tabs.create({ url: browser.runtime.getURL(`/${page}.html${view ? `#${view}` : ''}`) });
}

/** Looks up this page's window ahead of time, so that a later click can open the side panel at once. */
export function rememberWindow(): void {
  void browser.windows.getCurrent().then((window) => (windowId = window.id));
}

export function openSidePanel(inWindow = windowId): Promise<void> {
  const chromeSidePanel = (browser as unknown as { sidePanel?: { open(options: { windowId: number }): Promise<void> } })
    .sidePanel;
  if (chromeSidePanel) {
    if (inWindow === undefined) return Promise.reject(new Error('The browser window is not known yet.'));
    return chromeSidePanel.open({ windowId: inWindow });
  }
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  return firefoxSidebar ? firefoxSidebar.open() : Promise.resolve();
}
