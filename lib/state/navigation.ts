/**
 * Opening the extension's other surfaces from a page. The side panel is Chrome's sidePanel API and
 * Firefox's sidebar; both must be opened from a user's click.
 */
import { browser } from 'wxt/browser';

export type PageName = 'app' | 'kiosk' | 'options';

export async function openPage(page: PageName): Promise<void> {
  if (page === 'options') return browser.runtime.openOptionsPage();
  await browser.tabs.create({ url: browser.runtime.getURL(`/${page}.html`) });
}

export async function openSidePanel(): Promise<void> {
  const chromeSidePanel = (browser as unknown as { sidePanel?: { open(options: { windowId: number }): Promise<void> } }).sidePanel;
  if (chromeSidePanel) {
    const window = await browser.windows.getCurrent();
    if (window.id !== undefined) await chromeSidePanel.open({ windowId: window.id });
    return;
  }
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  await firefoxSidebar?.open();
}
