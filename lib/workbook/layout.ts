/**
 * How the workbook is laid out, shared by the writer and the reader so that what one writes the other reads:
 * the sheet names, the answer columns, the words for each level, and the marker that says the workbook is ours.
 */
import { dontKnow, maturityLevels, notApplicable } from '../../data/answer-scale';
import type { Level } from '../answers';
import { isControl, type ItemId } from '../item-ids';

export const workbookFormat = { id: 'iso27001-readiness/workbook', version: 1 } as const;

export const sheetNames = {
  summary: 'Summary',
  answers: 'Answers',
  soa: 'SoA',
  roadmap: 'Roadmap',
  about: 'About',
} as const;

/** The answers sheet, left to right. `editable` columns are unlocked for the client; the rest stay locked. */
export const answerColumns = [
  { key: 'item', header: 'Item', width: 9, editable: false },
  { key: 'part', header: 'Clause or theme', width: 16, editable: false },
  { key: 'title', header: 'Title', width: 32, editable: false },
  { key: 'question', header: 'Question', width: 60, editable: false },
  { key: 'level', header: 'Level', width: 18, editable: true },
  { key: 'note', header: 'Note', width: 40, editable: true },
  { key: 'evidence', header: 'Evidence exists', width: 10, editable: true },
  { key: 'owner', header: 'Owner', width: 18, editable: true },
  { key: 'justification', header: 'Justification if not applicable', width: 36, editable: true },
] as const;

export type AnswerColumn = (typeof answerColumns)[number]['key'];

/** The About sheet's rows: a label in column A, its value in column B. */
export const aboutLabels = {
  format: 'Format',
  formatVersion: 'Format version',
  catalogVersion: 'Catalog version',
  organization: 'Organization',
  assessmentId: 'Assessment id',
  exportedAt: 'Exported at',
} as const;

export const evidenceWords = { yes: 'Yes', no: 'No' } as const;

/** A level as the drop-down offers it: "3 Implemented", "Don't know", "Not applicable". */
export function levelLabel(level: Level): string {
  if (level === 'na') return notApplicable.label;
  if (level === 'dont-know') return dontKnow.label;
  return `${level} ${maturityLevels[level].label}`;
}

/** The drop-down's choices for an item: "not applicable" only for Annex A controls. */
export function levelChoices(itemId: ItemId): string[] {
  const levels: Level[] = [0, 1, 2, 3, 4, 'dont-know', ...(isControl(itemId) ? (['na'] as const) : [])];
  return levels.map(levelLabel);
}

const folded = (text: string) => text.trim().toLowerCase().replace(/[\u2018\u2019`]/g, "'").replace(/\s+/g, ' ');

const levelsByWord = new Map<string, Level>([
  ...maturityLevels.flatMap(({ level, label }): Array<[string, Level]> => [
    [String(level), level],
    [folded(label), level],
    [folded(`${level} ${label}`), level],
  ]),
  [folded(dontKnow.label), 'dont-know'],
  ['dont know', 'dont-know'],
  ['dont-know', 'dont-know'],
  ['?', 'dont-know'],
  [folded(notApplicable.label), 'na'],
  ['n/a', 'na'],
  ['na', 'na'],
]);

/**
 * What a level cell means: a level, nothing (blank), or a value we cannot read. Accepts the drop-down's words,
 * a bare digit as a client may type it, and the level words alone, in any case.
 */
export function parseLevel(text: string): { ok: true; level: Level | undefined } | { ok: false } {
  const key = folded(text);
  if (key === '') return { ok: true, level: undefined };
  const level = levelsByWord.get(key);
  return level === undefined ? { ok: false } : { ok: true, level };
}
