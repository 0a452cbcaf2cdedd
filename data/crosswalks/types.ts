/**
 * Shapes of the crosswalk data files. These types only help whoever edits the data; lib/crosswalks validates
 * every file again with Zod (and a convention test checks every id against the catalog) before anything uses it.
 */

/**
 * How much of a catalog item one row of a crosswalk carries, read from the other framework's side:
 * - `equivalent`: the two ask for the same thing, one to one.
 * - `subset`: the other framework's item is narrower; it carries part of the catalog item, which asks for more.
 * - `superset`: the other framework's item is broader and contains everything the catalog item asks for.
 * - `related`: the two overlap in subject, but neither contains the other, or the publication does not say how
 *   far they overlap.
 * Only `equivalent` and `superset` let a framework cover a catalog item in full; the other two cover it in part.
 */
export type RelationshipKind = 'equivalent' | 'subset' | 'superset' | 'related';

/**
 * One row: the other framework's id, our catalog item id ("4.1" … "10.2", "A.5.1" … "A.8.34"), the kind, and
 * optionally where in the source publication the row comes from (e.g. the implementing regulation's sections).
 */
export type CrosswalkRowData =
  | readonly [source: string, target: string, kind: RelationshipKind]
  | readonly [source: string, target: string, kind: RelationshipKind, via: string];

export interface CrosswalkData {
  /** Stable kebab-case id, e.g. "soc2". */
  id: string;
  /** The framework's name as people say it, e.g. "SOC 2". */
  name: string;
  /** Edition or version the rows refer to, e.g. "2017 Trust Services Criteria, points of focus revised 2022". */
  edition: string;
  /** Where the rows come from: publication, curated copy and how we read it, in our own words. */
  source: string;
  /** What the rows cover and what they leave out, so nobody mistakes a gap in the data for a gap in practice. */
  coverage: string;
  /** Every id the framework itself defines, in its own order: the rows' source ids must be among them. */
  sourceIds: readonly string[];
  /** Titles or short labels of the source ids, where we keep them (official titles are facts; labels our words). */
  sourceTitles?: Readonly<Record<string, string>>;
  rows: readonly CrosswalkRowData[];
}
