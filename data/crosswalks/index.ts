/**
 * Every crosswalk between another framework and our catalog, as raw data. lib/crosswalks validates them all
 * and answers lookups in both directions; a convention test checks every id against the catalog.
 */
import { iso27001v2013 } from './iso27001-2013';
import { nis2 } from './nis2';
import { nistCsf2 } from './nist-csf-2';
import { soc2 } from './soc2';

export type { CrosswalkData, CrosswalkRowData, RelationshipKind } from './types';
export { iso27001v2013Domains } from './iso27001-2013';

/** In the order the results list them: the frameworks prospects mention most, then the older ISO edition. */
export const rawCrosswalks = [soc2, nistCsf2, nis2, iso27001v2013] as const;
