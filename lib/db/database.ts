/**
 * The one IndexedDB database, through Dexie. Every schema change is a new `version(n)` below; a version that
 * has shipped is never edited, and its upgrade is a plain function with its own test.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Answer } from '../answers';
import type { AssessmentRecord } from '../assessment';
import type { Catalog } from '../catalog';
import type { KeptVisit, SealedVisit } from '../kiosk';
import { databaseName } from './names';

export { databaseName } from './names';
export type { AssessmentRecord, EstimateDrivers } from '../assessment';

export interface AnswerRecord extends Answer {
  assessmentId: string;
  /** An item id ("A.8.13") or a group question id ("quick.backup"). */
  target: string;
  updatedAt: number;
}

export interface CatalogRecord {
  key: 'current';
  version: string;
  catalog: Catalog;
  storedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * A kiosk visitor's result, kept only with their consent (lib/kiosk/keep.ts builds it): sealed for the operator
 * since the vault exists; a record kept by an older version may still be a plain KeptVisit until the operator's
 * next unlock seals it (lib/db/kiosk.ts).
 */
export type KioskResultRecord = SealedVisit | KeptVisit;

export class ReadinessDatabase extends Dexie {
  assessments!: EntityTable<AssessmentRecord, 'id'>;
  answers!: Table<AnswerRecord, [string, string]>;
  catalog!: EntityTable<CatalogRecord, 'key'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  kioskResults!: EntityTable<KioskResultRecord, 'id'>;

  constructor(name = databaseName) {
    super(name);
    this.version(1).stores({
      assessments: 'id, updatedAt, deletedAt',
      answers: '[assessmentId+target], assessmentId',
      catalog: 'key',
      settings: 'key',
    });
    // Kiosk results kept with the visitor's consent. A new table only: nothing to upgrade.
    this.version(2).stores({ kioskResults: 'id, keptAt' });
  }
}

export function openDatabase(name = databaseName): ReadinessDatabase {
  return new ReadinessDatabase(name);
}
