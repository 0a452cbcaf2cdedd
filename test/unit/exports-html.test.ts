import { describe, expect, it } from 'vitest';
import { checkLogo } from '../../lib/brand';
import { escapeHtml, toReportHtml } from '../../lib/exports/html';
import { cssString } from '../../lib/exports/markup';
import { solidPng } from '../fixtures/images';
import { fixtureRecord, fixtureReport } from '../fixtures/report';

describe('cssString', () => {
  it.each<[string, string]>([
    ['Acme 2025', '"Acme 2025"'],
    ['a"b', '"a\\22 b"'],
    ['</style><script>', '"\\3c \\2f style\\3e \\3c script\\3e "'],
    ['back\\slash', '"back\\5c slash"'],
    ['line\nbreak', '"line\\a break"'],
    ['Müller', '"M\\fc ller"'],
    ['🙂', '"\\1f642 "'],
  ])('%j becomes %j', (text, expected) => {
    expect(cssString(text)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  it.each<[string, string]>([
    ['plain', 'plain'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['&amp; already', '&amp;amp; already'],
    ['" onmouseover="alert(1)', '&quot; onmouseover=&quot;alert(1)'],
    ["' onfocus='alert(1)", '&#39; onfocus=&#39;alert(1)'],
    ['`backtick`', '&#96;backtick&#96;'],
    ['</style><script>x</script>', '&lt;/style&gt;&lt;script&gt;x&lt;/script&gt;'],
    ['<!-- comment -->', '&lt;!-- comment --&gt;'],
    ['Müller — “quotes”', 'Müller — “quotes”'],
  ])('%j becomes %j', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });
});

describe('toReportHtml', () => {
  const report = fixtureReport();
  const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>" \'';
  const withHostileText = (() => {
    const summary = { ...report.summary, organization: hostile, sector: hostile };
    const roadmap = {
      ...report.roadmap,
      tasks: report.roadmap.tasks.map((task) => ({ ...task, owner: hostile })),
      workstreams: report.roadmap.workstreams.map((workstream) => ({ ...workstream, owner: hostile })),
    };
    const soa = report.soa.map((row) => ({ ...row, note: hostile, owner: hostile, justification: hostile }));
    return toReportHtml({ summary, roadmap, soa });
  })();

  it('is a complete standalone document with print styles, no script and no external resource', () => {
    const html = toReportHtml(report);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('@media print');
    expect(html).toContain("default-src 'none'");
    // Links only within the document (the table of contents); an image only when a brand has a logo.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href="(?!#)|url\(/i);
  });

  it('escapes every piece of user text, in content and in the title', () => {
    expect(withHostileText).not.toMatch(/<script|<img/i);
    expect(withHostileText).toContain('<title>ISO/IEC 27001 readiness: &lt;script&gt;alert(1)&lt;/script&gt;');
    const escaped = escapeHtml(hostile);
    expect(withHostileText.split(escaped).length - 1).toBeGreaterThan(report.roadmap.tasks.length + 3 * 93);
  });

  it('gives each control its reason, and marks a suggested justification as such', () => {
    const html = toReportHtml(report);
    const rowOf = (control: string) => html.slice(html.indexOf(`<tr><td>${control}</td>`)).split('</tr>')[0]!;
    expect(rowOf('A.8.13')).toContain('<td>Contractual</td>');
    expect(rowOf('A.8.13')).not.toContain('(suggested)');
    expect(rowOf('A.5.5')).toMatch(/<td>Legal or regulatory<\/td>\n<td>[^<]+ <span class="note">\(suggested\)<\/span><\/td>/);
    expect(rowOf('A.7.5')).toContain('<td>No</td><td></td>\n<td>Fully remote: no offices, &quot;cloud only&quot; &lt;datacentre&gt;</td>');
  });

  it('shows the fixture organization escaped', () => {
    expect(toReportHtml(report)).toContain(`<h1>ISO/IEC 27001 readiness: ${escapeHtml(fixtureRecord.organization)}</h1>`);
  });

  it('has a cover, a table of contents, a running header and page numbers', () => {
    const html = toReportHtml(report);
    expect(html).toMatch(/<section class="cover">[\s\S]*<h2 id="toc-title">Contents<\/h2>/);
    for (const id of ['summary', 'roadmap', 'soa']) {
      expect(html).toContain(`<a href="#${id}">`);
      expect(html).toContain(`<section id="${id}" class="page">`);
    }
    expect(html).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    expect(html).toContain(`@top-left { content: ${cssString(`ISO/IEC 27001 readiness: ${fixtureRecord.organization}`)};`);
  });

  describe('with a brand', () => {
    const logo = checkLogo(solidPng(60, 20));
    if (!logo.ok) throw new Error(logo.error);
    const hostileBrand = { firmName: hostile, contact: hostile, disclaimer: hostile, accent: '#8b0000', logo: logo.value };
    const branded = toReportHtml({ ...report, brand: hostileBrand });

    it('puts the firm, contact, disclaimer and logo on the cover, all escaped', () => {
      expect(branded).not.toMatch(/<script|<img src=x/i);
      expect(branded).toContain(`<p class="prepared">Prepared by <strong>${escapeHtml(hostile)}</strong></p>`);
      expect(branded).toContain(`<p class="note disclaimer">${escapeHtml(hostile)}</p>`);
      expect(branded).toMatch(/<img class="logo" src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="/);
      expect(branded).toContain("img-src data:");
      expect(branded).toContain(':root { --accent: #8b0000; }');
    });

    it('writes the firm into the running header only as a CSS string', () => {
      expect(branded).toContain(`@top-right { content: ${cssString(hostile)};`);
      const style = branded.slice(branded.indexOf('<style>') + '<style>'.length, branded.indexOf('</style>'));
      expect(style).not.toMatch(/<(?!\/style)/);
    });
  });

  it('matches the snapshot of the fixture', () => {
    expect(toReportHtml(report)).toMatchSnapshot();
  });
});
