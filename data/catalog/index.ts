/**
 * The bundled catalog as raw data. lib/catalog.ts derives the rest (groups of each item, each control's
 * suggested SoA inclusion, the full and standard question sets) and validates it all.
 */
import { quickScan } from '../questions/quick';
import { retiredQuestions } from '../questions/retired';
import { standardAnnexA } from '../questions/standard-annex-a';
import { annexA5 } from './annex-a5';
import { annexADocuments } from './annex-a-documents';
import { annexA6 } from './annex-a6';
import { annexA7 } from './annex-a7';
import { annexA8 } from './annex-a8';
import { clauseRequirements } from './clauses';
import { commonGaps } from './common-gaps';
import { clauseGroups, themeGroups } from './groups';
import { mandatoryDocuments } from './mandatory-documents';
import { soaInclusion } from './soa-inclusion';
import { catalogVersion } from './version';

export const rawCatalog = {
  version: catalogVersion,
  standard: 'ISO/IEC 27001:2022 with Amendment 1 (2024)',
  clauseGroups,
  themeGroups,
  clauseRequirements,
  controls: [...annexA5, ...annexA6, ...annexA7, ...annexA8],
  soaInclusion,
  mandatoryDocuments,
  annexADocuments,
  commonGaps,
  quickScan,
  standardAnnexA,
  retiredQuestions,
};
