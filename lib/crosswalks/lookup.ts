/**
 * Lookups in both directions, for whoever turns a crosswalk into suggestions or a transition view: which catalog
 * items a SOC 2 criterion, CSF subcategory, NIS2 measure or 2013 control maps to and how strongly, and which of
 * the other framework's ids lead to a catalog item. Each crosswalk is indexed once, on first use.
 */
import type { ItemId } from '../item-ids';
import type { Crosswalk, CrosswalkRow } from './schema';

interface CrosswalkIndex {
  bySource: ReadonlyMap<string, readonly CrosswalkRow[]>;
  byTarget: ReadonlyMap<ItemId, readonly CrosswalkRow[]>;
}

const indexes = new WeakMap<Crosswalk, CrosswalkIndex>();

function group(rows: readonly CrosswalkRow[], key: (row: CrosswalkRow) => string): Map<string, CrosswalkRow[]> {
  const groups = new Map<string, CrosswalkRow[]>();
  for (const row of rows) {
    const rowsOfKey = groups.get(key(row));
    if (rowsOfKey) rowsOfKey.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

function indexOf(crosswalk: Crosswalk): CrosswalkIndex {
  let index = indexes.get(crosswalk);
  if (!index) {
    index = { bySource: group(crosswalk.rows, (row) => row.source), byTarget: group(crosswalk.rows, (row) => row.target) };
    indexes.set(crosswalk, index);
  }
  return index;
}

/** The catalog items one of the other framework's ids maps to, with the kind of each relation. */
export function targetsOf(crosswalk: Crosswalk, sourceId: string): readonly CrosswalkRow[] {
  return indexOf(crosswalk).bySource.get(sourceId) ?? [];
}

/** The other framework's ids that map to one catalog item, with the kind of each relation. */
export function sourcesOf(crosswalk: Crosswalk, itemId: ItemId): readonly CrosswalkRow[] {
  return indexOf(crosswalk).byTarget.get(itemId) ?? [];
}
