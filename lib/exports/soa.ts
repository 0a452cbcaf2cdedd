/**
 * Statement of Applicability draft (DESIGN §8): all 93 Annex A controls, applicable or not, the justification
 * for leaving one out, the implementation status from the answers, and what was noted. Applicable controls get
 * no invented justification for inclusion: that is the consultant's to write from the risk treatment plan.
 */
import type { Answers } from '../answers';
import type { Catalog } from '../catalog';
import type { ThemeGroupId } from '../item-ids';
import { effectiveLevel, type ItemLevel } from '../verdict';
import { toCsv, type CsvCell } from './csv';
import { levelWords } from './format';

export interface SoaRow {
  id: string;
  title: string;
  theme: ThemeGroupId;
  applicable: boolean;
  /** Why the control is excluded; empty for an applicable control. */
  justification: string;
  level: ItemLevel;
  /** The level in words ("3 Implemented"), "Not applicable", "Don't know" or "Not assessed". */
  status: string;
  note: string;
  owner: string;
  /** Whether evidence exists; null when nobody said. */
  evidence: boolean | null;
}

/** Shown instead of a justification that an older or hand-made record lacks: the auditor will ask for one. */
export const missingJustification = 'Missing: say why this control does not apply before the audit';

export function buildSoa(catalog: Catalog, answers: Answers): SoaRow[] {
  return catalog.items.flatMap((item) => {
    if (item.kind !== 'control') return [];
    const answer = answers[item.id];
    const level = effectiveLevel(item, answer);
    const applicable = level !== 'na';
    return [
      {
        id: item.id,
        title: item.title,
        theme: item.group as ThemeGroupId,
        applicable,
        justification: applicable ? '' : answer?.justification?.trim() || missingJustification,
        level,
        status: levelWords(level),
        note: answer?.note?.trim() ?? '',
        owner: answer?.owner?.trim() ?? '',
        evidence: answer?.evidence ?? null,
      },
    ];
  });
}

const yesNo = (value: boolean | null): string => (value === null ? '' : value ? 'Yes' : 'No');

export const soaCsvHeader = [
  'Control',
  'Title',
  'Theme',
  'Applicable',
  'Justification for exclusion',
  'Implementation status',
  'Evidence exists',
  'Owner',
  'Note',
];

export function toSoaCsv(catalog: Catalog, answers: Answers): string {
  const rows = buildSoa(catalog, answers).map((row): CsvCell[] => [
    row.id,
    row.title,
    row.theme,
    yesNo(row.applicable),
    row.justification,
    row.status,
    yesNo(row.evidence),
    row.owner,
    row.note,
  ]);
  return toCsv([soaCsvHeader, ...rows]);
}
