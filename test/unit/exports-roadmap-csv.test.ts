import { describe, expect, it } from 'vitest';
import { roadmapCsvHeader, roadmapRows, toRoadmapCsv } from '../../lib/exports/roadmap-csv';
import { fixtureReport } from '../fixtures/report';

describe('toRoadmapCsv', () => {
  const { roadmap, catalog } = fixtureReport();
  const csv = toRoadmapCsv(roadmap, catalog);
  const lines = csv.slice(1).split('\r\n');

  it('is UTF-8 with a byte order mark and CRLF lines: a header and one row per task', () => {
    expect(csv.startsWith(`\uFEFF${roadmapCsvHeader.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines.filter(Boolean)).toHaveLength(roadmap.tasks.length + 1);
  });

  it.each<[string, string]>([
    ['find-out:A.8.34', "'+cmd"],
    ['close:A.5.5', "'-2+3"],
    ['close:4.3', '"<b>Dana</b> & ""Ops"""'],
  ])('writes the owner of %s as %s', (taskId, expected) => {
    const line = lines.find((candidate) => candidate.split(',')[1] === taskId)!;
    expect(line).toContain(`,${expected},`);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])('neutralises an owner starting a formula: %j', (owner) => {
    const tasks = roadmap.tasks.map((task) => ({ ...task, owner }));
    const actual = toRoadmapCsv({ ...roadmap, tasks }, catalog).slice(1).split('\r\n')[1]!;
    // The single quote goes right before the formula's first character, after any leading TAB or CR.
    const neutralised = owner.replace(/[=+\-@]/, "'$&");
    expect(actual).toContain(owner === '\r=1' ? `,"${neutralised}",` : `,${neutralised},`);
  });

  it("gives every task its workstream and its start and end days", () => {
    const rows = roadmapRows(roadmap, catalog);
    const column = (name: string) => roadmapCsvHeader.indexOf(name);
    const titles = new Map(roadmap.workstreams.map((workstream) => [workstream.id, workstream.title]));
    expect(rows.map((row) => row[column('Workstream')])).toEqual(roadmap.tasks.map((task) => titles.get(task.workstream)));
    expect(rows.find((row) => String(row[1]).startsWith('find-out:'))![column('Workstream')]).toBe('Complete the gap analysis');
    for (const row of rows) {
      expect(String(row[column('Start date')])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(String(row[column('End date')]) >= String(row[column('Start date')])).toBe(true);
    }
  });

  it('matches the snapshot of the fixture', () => {
    expect(lines).toMatchSnapshot();
  });
});
