/**
 * The bundled catalog as raw data. lib/catalog.ts derives the rest (groups of each item, the full and
 * standard question sets) and validates it all.
 *
 * Bump `catalogVersion` whenever any file in data/catalog or data/questions changes: installed copies
 * reload the catalog into IndexedDB when the version differs, and never touch answers when they do.
 */
import { quickScan } from '../questions/quick';
import { standardAnnexA } from '../questions/standard-annex-a';
import { annexA5 } from './annex-a5';
import { annexA6 } from './annex-a6';
import { annexA7 } from './annex-a7';
import { annexA8 } from './annex-a8';
import { clauseRequirements } from './clauses';
import { commonGaps } from './common-gaps';
import { clauseGroups, themeGroups } from './groups';
import { mandatoryDocuments } from './mandatory-documents';

export const catalogVersion = '2022.1.0';

export const rawCatalog = {
  version: catalogVersion,
  standard: 'ISO/IEC 27001:2022',
  clauseGroups,
  themeGroups,
  clauseRequirements,
  controls: [...annexA5, ...annexA6, ...annexA7, ...annexA8],
  mandatoryDocuments,
  commonGaps,
  quickScan,
  standardAnnexA,
};
