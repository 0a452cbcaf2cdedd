/**
 * From a 2013 statement of applicability to answers on the 2022 controls, through ISO/IEC 27002:2022 Annex B
 * (the 2013 → 2022 crosswalk). Several 2013 controls merged into one 2022 control: the 2022 control takes the
 * lowest status among its applicable sources, since a merged control is only as ready as its weakest part, and is
 * excluded only when every one of its sources is in the file and excluded. The 11 controls new in 2022 have no
 * source: they are the work the transition adds. Every answer names the rows it came from.
 */
import { isMaturity, type Answer, type Maturity, type StoredAnswers } from '../answers';
import type { Catalog, ItemId } from '../catalog';
import { crosswalkById, sourcesOf } from '../crosswalks';
import type { SoaRow2013 } from './read';

/** Every provenance of an answer carried over from 2013 starts with these words. */
export const provenance2013 = 'From your 2013 SoA';

export interface CarriedControl {
  itemId: ItemId;
  /** The 2013 rows of the file that feed this control. */
  from: SoaRow2013[];
  /** The control's 2013 sources that the file does not list. */
  missing: string[];
  /** What applying writes; absent when the rows say it applies but give no status. */
  answer?: Answer;
}

export interface Transition {
  /** 2022 controls that have at least one source row in the file, in catalog order. */
  carried: CarriedControl[];
  /** The controls new in 2022: no 2013 control leads to them. */
  newControls: ItemId[];
  /** Other 2022 controls none of whose 2013 sources the file lists. */
  notInFile: ItemId[];
  /** The answers applying the transition writes, keyed by 2022 control. */
  answers: StoredAnswers;
}

const limit = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function answerFor(from: readonly SoaRow2013[], missing: readonly string[]): Answer | undefined {
  const notes = from.filter((row) => row.note).map((row) => `${row.id}: ${row.note}`);
  const note = notes.length > 0 ? { note: limit(notes.join('\n'), 5_000) } : {};
  const gap = missing.length > 0 ? `; not in the file: ${missing.join(', ')}` : '';
  const applicable = from.filter((row) => row.applicable !== false);
  if (applicable.length === 0) {
    if (missing.length > 0) return undefined;
    return {
      level: 'na',
      justification: limit(`Excluded in the 2013 SoA (${from.map((row) => row.id).join(', ')}).${notes.length ? ` ${notes.join(' ')}` : ''}`, 2_000),
      provenance: limit(`${provenance2013}: ${from.map((row) => `${row.id} excluded`).join(', ')}`, 300),
    };
  }
  const levels = applicable.map((row) => row.level).filter((level): level is Maturity => level !== undefined && isMaturity(level));
  if (levels.length === 0) return undefined;
  const level = Math.min(...levels) as Maturity;
  const described = applicable.map((row) => `${row.id} (${row.level ?? 'no status'})`).join(', ');
  const lowest = applicable.length > 1 ? '; the lowest is kept' : '';
  return { level, ...note, provenance: limit(`${provenance2013}: ${described}${lowest}${gap}`, 300) };
}

export function transitionFrom2013(catalog: Catalog, rows: readonly SoaRow2013[]): Transition {
  const crosswalk = crosswalkById('iso27001-2013');
  const byId = new Map(rows.map((row) => [row.id, row]));
  const transition: Transition = { carried: [], newControls: [], notInFile: [], answers: {} };
  for (const item of catalog.items) {
    if (item.kind !== 'control') continue;
    const sources = sourcesOf(crosswalk, item.id).map((row) => row.source);
    if (sources.length === 0) {
      transition.newControls.push(item.id);
      continue;
    }
    const from = sources.map((id) => byId.get(id)).filter((row): row is SoaRow2013 => row !== undefined);
    if (from.length === 0) {
      transition.notInFile.push(item.id);
      continue;
    }
    const missing = sources.filter((id) => !byId.has(id));
    const answer = answerFor(from, missing);
    transition.carried.push({ itemId: item.id, from, missing, ...(answer ? { answer } : {}) });
    if (answer) transition.answers[item.id] = answer;
  }
  return transition;
}
