/**
 * What importing a filled-in workbook would change, item by item, before anything is written: each row is
 * compared with the item's answer as the assessment has it now (its own, or inherited from a broader question).
 * Rows that the answer rules refuse (not applicable without a reason, a note without a level) are listed as
 * skipped, with the reason; the rest can be applied all together or one by one.
 */
import { checkAnswer, type Answer, type Answers } from '../answers';
import type { Catalog } from '../catalog';
import { levelLabel } from './layout';
import type { WorkbookAnswers, WorkbookRow } from './read';

export type AnswerField = 'level' | 'note' | 'evidence' | 'owner' | 'justification';

export interface ItemChange {
  itemId: string;
  title: string;
  row: number;
  before: Answer | undefined;
  after: Answer;
  fields: AnswerField[];
  /** Each changed field in words: "Level: 1 Ad hoc → 3 Implemented". */
  lines: string[];
}

export interface SkippedRow {
  itemId: string;
  title: string;
  row: number;
  reason: string;
}

export interface WorkbookPreview {
  /** The assessment the workbook was exported from. */
  source: { organization: string; assessmentId: string };
  changes: ItemChange[];
  skipped: SkippedRow[];
  /** Rows that say what the assessment already says. */
  unchanged: number;
}

const fields: AnswerField[] = ['level', 'note', 'evidence', 'owner', 'justification'];

/** The row's answer; what the workbook does not carry (an SoA inclusion reason, say) stays as it was. */
function answerFrom(row: WorkbookRow, level: Answer['level'], before: Answer | undefined): Answer {
  const { level: _level, note: _note, evidence: _evidence, owner: _owner, justification: _justification, ...kept } = before ?? { level };
  return {
    ...kept,
    level,
    ...(row.note ? { note: row.note } : {}),
    ...(row.evidence === undefined ? {} : { evidence: row.evidence }),
    ...(row.owner ? { owner: row.owner } : {}),
    ...(level === 'na' ? { justification: row.justification } : {}),
  };
}

const valueOf = (answer: Answer | undefined, field: AnswerField) => (field === 'level' ? answer?.level : (answer?.[field] ?? ''));

export function previewWorkbook(catalog: Catalog, current: Answers, workbook: WorkbookAnswers): WorkbookPreview {
  const titles = new Map(catalog.items.map((item) => [item.id, item.title]));
  const preview: WorkbookPreview = {
    source: { organization: workbook.organization, assessmentId: workbook.assessmentId },
    changes: [],
    skipped: [],
    unchanged: 0,
  };
  for (const row of workbook.rows) {
    const before = current[row.itemId];
    const title = titles.get(row.itemId) ?? row.itemId;
    const level = row.level ?? before?.level;
    if (level === undefined) {
      if (row.note || row.owner || row.justification || row.evidence !== undefined) {
        preview.skipped.push({ itemId: row.itemId, title, row: row.row, reason: 'It has details but no level: choose a level for them to be kept.' });
      }
      continue;
    }
    const after = answerFrom(row, level, before);
    const check = checkAnswer({ covers: [row.itemId] }, after);
    if (!check.ok) {
      preview.skipped.push({ itemId: row.itemId, title, row: row.row, reason: check.error });
      continue;
    }
    const changed = fields.filter((field) => valueOf(before, field) !== valueOf(after, field));
    if (changed.length === 0) preview.unchanged += 1;
    else preview.changes.push({ itemId: row.itemId, title, row: row.row, before, after, fields: changed, lines: describeChange(before, after, changed) });
  }
  return preview;
}

const fieldNames: Record<AnswerField, string> = {
  level: 'Level',
  note: 'Note',
  evidence: 'Evidence exists',
  owner: 'Owner',
  justification: 'Justification',
};

function shown(answer: Answer | undefined, field: AnswerField): string {
  if (field === 'level') return answer ? levelLabel(answer.level) : 'not answered';
  if (field === 'evidence') return answer?.evidence === undefined ? 'not said' : answer.evidence ? 'yes' : 'no';
  const text = answer?.[field] ?? '';
  return text === '' ? 'none' : `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
}

function describeChange(before: Answer | undefined, after: Answer, changed: AnswerField[]): string[] {
  return changed.map((field) => `${fieldNames[field]}: ${shown(before, field)} → ${shown(after, field)}`);
}

/** The answers to write for the chosen items: each becomes the item's own answer. */
export function chosenAnswers(preview: WorkbookPreview, itemIds: ReadonlySet<string>): Answers {
  return Object.fromEntries(preview.changes.filter((change) => itemIds.has(change.itemId)).map((change) => [change.itemId, change.after]));
}
