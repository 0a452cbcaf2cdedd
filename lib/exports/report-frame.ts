/**
 * What turns the report's sections into a document worth sending (issue 14): a cover with the consultant's
 * brand, a table of contents, and the printed page's frame: a running header with the organization and the
 * firm, and "page n of m" at the foot. The frame uses CSS page margin boxes, which Chromium prints from
 * version 131; A4 and US Letter both fit, as the print dialog chooses.
 */
import { logoDataUrl, type Brand } from '../brand';
import { cssString, html, Markup } from './markup';
import { formatsFor } from '../locale/formats';
import { number } from './format';
import type { Summary } from './summary';

export interface ReportSection {
  id: string;
  title: string;
}

export function coverSection(summary: Summary, brand: Brand | undefined, sections: ReportSection[]): Markup {
  const logo = brand?.logo ? html`<img class="logo" src="${logoDataUrl(brand.logo)}" alt="${brand.firmName ? `${brand.firmName} logo` : 'Logo'}">` : html``;
  const preparedBy = brand?.firmName ? html`<p class="prepared">Prepared by <strong>${brand.firmName}</strong></p>` : html``;
  const contact = brand?.contact ? html`<p class="note">${brand.contact}</p>` : html``;
  const disclaimer = brand?.disclaimer ? html`<p class="note disclaimer">${brand.disclaimer}</p>` : html``;
  return html`<section class="cover">
${logo}
<h1>ISO/IEC 27001 readiness: ${summary.organization}</h1>
<p class="meta">${summary.sector} · ${number(summary.employees, formatsFor(summary.formats))} people · ${summary.depth} assessment · ${summary.assessedOn}</p>
${preparedBy}${contact}
<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">Contents</h2>
<ol>${sections.map((section) => html`<li><a href="#${section.id}">${section.title}</a></li>`)}</ol></nav>
<p class="note print-hint">To print or save as PDF: Ctrl+P (⌘P on a Mac), and choose A4 or Letter.</p>
${disclaimer}
</section>`;
}

/** The accent on white paper, the running header and the page numbers. Only CSS escapes reach the strings. */
export function pageStyle(summary: Summary, brand: Brand | undefined): Markup {
  const accent = brand?.accent || '#0b5cad';
  const header = cssString(`ISO/IEC 27001 readiness: ${summary.organization}`);
  const firm = cssString(brand?.firmName ?? '');
  const margin = 'font: 8.5pt system-ui, sans-serif; color: #57606a;';
  return new Markup(`
:root { --accent: ${/^#[0-9a-f]{6}$/i.test(accent) ? accent : '#0b5cad'}; }
h1, h2 { color: var(--accent); } h2 { border-bottom: 2px solid var(--accent); padding-bottom: .15rem; }
.cover { min-height: 60vh; } .cover .logo { max-height: 28mm; max-width: 80mm; display: block; margin-bottom: 8mm; }
.cover h1 { font-size: 2rem; margin-top: 4mm; } .prepared { font-size: 1.1rem; margin: 6mm 0 0; }
.toc ol { padding-left: 1.2rem; } .toc a { color: inherit; }
.disclaimer { margin-top: 12mm; white-space: pre-wrap; }
@media print {
  .print-hint { display: none; }
  @page {
    size: auto;
    margin: 18mm 14mm 16mm;
    @top-left { content: ${header}; ${margin} }
    @top-right { content: ${firm}; ${margin} }
    @bottom-right { content: "Page " counter(page) " of " counter(pages); ${margin} }
  }
  @page :first { @top-left { content: none; } @top-right { content: none; } }
}`);
}
