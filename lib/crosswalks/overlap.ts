/**
 * How far another framework reaches into ours: of the Annex A controls and of the clause requirements, how many
 * it covers at all, how many of those in full (a row of kind `equivalent` or `superset`) and how many only in
 * part. A pure function of (crosswalk, catalog items); answers play no part, so the figures describe the
 * frameworks, not the organization.
 */
import type { CatalogItem } from '../catalog';
import { sourcesOf } from './lookup';
import { coversInFull, type Crosswalk } from './schema';

export interface Reach {
  /** Items of this kind in the catalog (93 controls, 30 clause requirements). */
  total: number;
  /** Items the framework relates to at all: `full + partial`. */
  covered: number;
  full: number;
  partial: number;
}

export interface FrameworkOverlap {
  frameworkId: string;
  name: string;
  controls: Reach;
  clauses: Reach;
  /** False when the crosswalk maps no clause requirement at all (the 2013 edition's Annex A, for one). */
  mapsClauses: boolean;
}

type ItemRef = Pick<CatalogItem, 'id' | 'kind'>;

function reach(crosswalk: Crosswalk, items: readonly ItemRef[]): Reach {
  let full = 0;
  let partial = 0;
  for (const item of items) {
    const rows = sourcesOf(crosswalk, item.id);
    if (rows.some((row) => coversInFull(row.kind))) full += 1;
    else if (rows.length > 0) partial += 1;
  }
  return { total: items.length, covered: full + partial, full, partial };
}

export function overlapOf(crosswalk: Crosswalk, items: readonly ItemRef[]): FrameworkOverlap {
  const clauses = items.filter((item) => item.kind === 'clause');
  const clauseIds = new Set(clauses.map((item) => item.id));
  return {
    frameworkId: crosswalk.id,
    name: crosswalk.name,
    controls: reach(crosswalk, items.filter((item) => item.kind === 'control')),
    clauses: reach(crosswalk, clauses),
    mapsClauses: crosswalk.rows.some((row) => clauseIds.has(row.target)),
  };
}
