/**
 * Files made in the page and handed to the browser: saved to downloads, or opened in a new tab. Nothing leaves
 * the machine.
 */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8', doc: Document = document): void {
  downloadBytes(fileName, text, type, doc);
}

/** Saves text or bytes (a workbook) to downloads. */
export function downloadBytes(fileName: string, content: string | Uint8Array<ArrayBuffer>, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  clickLink(doc, url, (link) => (link.download = fileName));
  // The click has started the download; the URL is no longer needed once this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Opens an HTML document in a new tab from the page's own origin; returns its URL, to revoke later. */
export function openHtmlInNewTab(html: string, doc: Document = document): string {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  clickLink(doc, url, (link) => {
    link.target = '_blank';
    link.rel = 'noopener';
  });
  return url;
}

/**
 * Prints an HTML document without leaving the page: it loads in an invisible frame from the page's own origin,
 * whose print dialog then opens (the document itself runs no script). The frame stays until the next print.
 */
export function printHtml(html: string, doc: Document = document): void {
  doc.querySelector('iframe[data-print-frame]')?.remove();
  const frame = doc.createElement('iframe');
  frame.dataset.printFrame = '';
  frame.title = 'Report to print';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position: fixed; width: 0; height: 0; border: 0; right: 0; bottom: 0;';
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  frame.addEventListener('load', () => {
    URL.revokeObjectURL(url);
    frame.contentWindow?.print();
  });
  frame.src = url;
  doc.body.append(frame);
}

function clickLink(doc: Document, url: string, configure: (link: HTMLAnchorElement) => void): void {
  const link = doc.createElement('a');
  link.href = url;
  link.hidden = true;
  configure(link);
  doc.body.append(link);
  link.click();
  link.remove();
}
