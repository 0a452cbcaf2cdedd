/**
 * The roadmap as CSV (DESIGN §8): one row per task in priority order, with its workstream and its start and end
 * days, for Excel, LibreOffice or a project tool.
 * Dates are ISO calendar days ("2027-03-01"), which every spreadsheet and project tool reads as dates.
 * lib/exports/csv.ts does the quoting, the byte order mark and the formula neutralising.
 */
import { phaseTitles } from '../../data/cost-model';
import type { Catalog } from '../catalog';
import type { Roadmap } from '../roadmap';
import { toCsv, type CsvCell } from './csv';
import { levelWords } from './format';

export const roadmapCsvHeader = [
  'Priority',
  'Task id',
  'Kind',
  'Task',
  'Items',
  'Item titles',
  'Current level',
  'Target level',
  'Effort (person-days)',
  'Owner',
  'Workstream',
  'Step',
  'Phase',
  'Start date',
  'End date',
  'Depends on',
];

/** One row per task, in the header's order: the CSV and the workbook's roadmap sheet both lay these out. */
export function roadmapRows(roadmap: Roadmap, catalog: Catalog): CsvCell[][] {
  const titles = new Map(catalog.items.map((item) => [item.id, item.title]));
  const steps = new Map(roadmap.steps.map((step) => [step.id, step.title]));
  const workstreams = new Map(roadmap.workstreams.map((workstream) => [workstream.id, workstream.title]));
  return roadmap.tasks.map((task): CsvCell[] => [
    task.priority,
    task.id,
    task.kind,
    task.title,
    task.itemIds.join(' '),
    task.itemIds.map((id) => titles.get(id) ?? id).join('; '),
    task.level === null ? '' : levelWords(task.level),
    task.targetLevel ?? '',
    task.effortDays,
    task.owner ?? '',
    workstreams.get(task.workstream) ?? task.workstream,
    steps.get(task.step) ?? task.step,
    phaseTitles[task.phase],
    task.startDate,
    task.endDate,
    task.dependsOn.join(' '),
  ]);
}

export function toRoadmapCsv(roadmap: Roadmap, catalog: Catalog): string {
  return toCsv([roadmapCsvHeader, ...roadmapRows(roadmap, catalog)]);
}
