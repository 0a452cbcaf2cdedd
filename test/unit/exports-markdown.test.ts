import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../lib/exports/markdown';
import { fixtureReport } from '../fixtures/report';

describe('escapeMarkdown', () => {
  it.each<[string, string]>([
    ['Acme Ltd', 'Acme Ltd'],
    ['A | B', 'A \\| B'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['`code` and ``more``', '\\`code\\` and \\`\\`more\\`\\`'],
    ['**bold** _it_ ~~gone~~', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~gone\\~\\~'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![x](http://tracker.example/p.png)', '!\\[x\\](http://tracker.example/p.png)'],
    ['&lt;b&gt; stays text', '\\&lt;b\\&gt; stays text'],
    ['back\\slash', 'back\\\\slash'],
    ['$x$ math', '\\$x\\$ math'],
    // An amount keeps its sign bare: a `$` after a space or at the start, before a digit, can close no math.
    ['$40,000 – $120,000', '$40,000 – $120,000'],
    ['From $5 to $10 a seat', 'From $5 to $10 a seat'],
    ['$5–$10', '$5–\\$10'],
    ['$5$ and $$x$$', '$5\\$ and \\$\\$x\\$\\$'],
    ['US$40 or 40$', 'US\\$40 or 40\\$'],
    ['line one\n# heading\r\n- item', 'line one # heading - item'],
    ['Müller & Søn — “quotes”', 'Müller \\& Søn — “quotes”'],
    // What would start a heading, a list, a quote, a rule or a code block when the text begins a line.
    ['# Heading', '\\# Heading'],
    ['###### six', '\\###### six'],
    ['1. First', '1\\. First'],
    ['2024) year', '2024\\) year'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['> quote', '\\> quote'],
    ['---', '\\---'],
    // After a blank line, as every line of ours that starts with user text is, === is only text.
    ['===', '==='],
    ['    indented code', 'indented code'],
    ['\t# tabbed heading', '\\# tabbed heading'],
    ['a # b - c 1. d', 'a # b - c 1. d'],
    ['ISO 27001-2022', 'ISO 27001-2022'],
  ])('%j becomes %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('toMarkdown', () => {
  const { summary, roadmap } = fixtureReport();
  const markdown = toMarkdown(summary, roadmap);

  it('keeps every table row to its columns, whatever the user typed', () => {
    const rows = markdown.split('\n').filter((line) => line.startsWith('| '));
    const cellCounts = new Set(rows.map((row) => row.replaceAll('\\|', '').split('|').length));
    // 3 + 2 for the readiness table, 7 + 2 for the workstream table, 6 + 2 for the task tables of the appendix.
    expect([...cellCounts].sort()).toEqual([5, 8, 9]);
  });

  it('never lets raw HTML or a line start through from user text', () => {
    expect(markdown).not.toMatch(/(?<!\\)<(?!-)/);
    expect(markdown).toContain('Müller \\& Søn \\<Holding\\> \\| "North" \\`ops\\`');
  });

  it.each(['# Heading', '1. First', '    code block', '- list', '> quote', '===', '\t\t1) x'])(
    'a sector of %j stays text on its line and changes no structure',
    (sector) => {
      const line = toMarkdown({ ...summary, sector }, roadmap)
        .split('\n')
        .find((candidate) => candidate.includes(' people · '))!;
      expect(line).not.toMatch(/^(?:[#>+\-]|\s|\d+[.)]\s)/);
      expect(line).toContain(sector.trim().slice(1));
    },
  );

  it('shows the roadmap as one table of at most 20 workstreams, the gap analysis first, then the tasks as an appendix', () => {
    const lines = markdown.split('\n');
    const header = lines.indexOf('| # | Workstream | Goal | Owner | Effort (days) | Start | End |');
    const rows = lines.slice(header + 2, lines.indexOf('', header));
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.length).toBeLessThanOrEqual(20);
    expect(rows[0]).toMatch(/^\| 1 \| Complete the gap analysis \| Find out where every open item stands/);
    expect(rows.at(-1)).toMatch(/^\| \d+ \| Stage 2 audit \|/);
    const appendix = lines.indexOf('## Appendix: tasks by workstream');
    expect(appendix).toBeGreaterThan(header);
    expect(lines.slice(appendix).filter((line) => /^\| \d+ \| /.test(line))).toHaveLength(roadmap.tasks.length - 2);
  });

  it('writes amounts without a needless backslash', () => {
    expect(markdown).toContain('$40,000 – $120,000');
    expect(markdown).not.toContain('\\$4');
  });

  it('matches the snapshot of the fixture', () => {
    expect(markdown).toMatchSnapshot();
  });
});

describe('toMarkdown with a brand', () => {
  const { summary, roadmap } = fixtureReport();
  const hostile = '# <img src=x onerror=alert(1)> | *bold* [link](javascript:alert(1))\n- list';
  const markdown = toMarkdown(summary, roadmap, { firmName: hostile, contact: 'hello@ledger.example', disclaimer: hostile });

  it('starts with the firm and contact line, and ends with the disclaimer, all escaped', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe(`Prepared by **${escapeMarkdown(hostile)}** · hello@ledger.example`);
    expect(lines[2]).toMatch(/^# ISO\/IEC 27001 readiness: /);
    expect(lines.at(-2)).toBe(`*${escapeMarkdown(hostile)}*`);
    // Every bracket stays escaped: no tag, no link, and the line break did not start a list.
    expect(markdown).not.toMatch(/(?<!\\)<img|(?<!\\)\]\(javascript|^- list/m);
  });

  it('is unchanged without a brand', () => {
    expect(toMarkdown(summary, roadmap, { firmName: '', contact: '', disclaimer: '' })).toBe(toMarkdown(summary, roadmap));
  });
});
