/**
 * Crosswalks between ISO/IEC 27001:2022 and the frameworks organizations already follow (DESIGN §4): SOC 2,
 * NIST CSF 2.0, NIS2 Article 21(2) and the 2013 edition's Annex A. The data lives in data/crosswalks, each file
 * naming its source; this front door validates it once and offers lookups in both directions and the overlap
 * per framework shown with the results.
 */
import { rawCrosswalks } from '../../data/crosswalks';
import type { CatalogItem } from '../catalog';
import { overlapOf, type FrameworkOverlap } from './overlap';
import { CrosswalkSchema, type Crosswalk } from './schema';

export { iso27001v2013Domains } from '../../data/crosswalks';
export { sourcesOf, targetsOf } from './lookup';
export { overlapOf, type FrameworkOverlap, type Reach } from './overlap';
export {
  coversInFull,
  CrosswalkSchema,
  problemsAgainstCatalog,
  relationshipKinds,
  type Crosswalk,
  type CrosswalkRow,
  type RelationshipKind,
} from './schema';

let validated: readonly Crosswalk[] | undefined;

/** Every bundled crosswalk, validated once and then shared, in the order the results list them. */
export function loadCrosswalks(): readonly Crosswalk[] {
  validated ??= rawCrosswalks.map((raw) => CrosswalkSchema.parse(raw));
  return validated;
}

/** One crosswalk by id ("soc2", "nist-csf-2", "nis2", "iso27001-2013"); throws on an id we do not ship. */
export function crosswalkById(id: string): Crosswalk {
  const found = loadCrosswalks().find((crosswalk) => crosswalk.id === id);
  if (!found) throw new Error(`No crosswalk with id ${id}`);
  return found;
}

/** The overlap of every bundled framework with the given catalog items, in display order. */
export function overlapByFramework(items: readonly Pick<CatalogItem, 'id' | 'kind'>[]): FrameworkOverlap[] {
  return loadCrosswalks().map((crosswalk) => overlapOf(crosswalk, items));
}
