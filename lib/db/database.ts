/**
 * The one IndexedDB database, through Dexie. Every schema change is a new `version(n)` below; a version that
 * has shipped is never edited, and its upgrade is a plain function with its own test.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Answer } from '../answers';
import type { Catalog, Depth } from '../catalog';

export const databaseName = 'iso27001-readiness';

export interface AssessmentRecord {
  id: string;
  organization: string;
  employees: number;
  sector: string;
  contact?: string;
  depth: Depth;
  createdAt: number;
  updatedAt: number;
  /** Set when the user deletes it; cleared by undo. Deleted assessments are hidden everywhere. */
  deletedAt?: number;
  /** The assessment this one was copied from (a point-in-time copy). */
  copiedFrom?: string;
}

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

export class ReadinessDatabase extends Dexie {
  assessments!: EntityTable<AssessmentRecord, 'id'>;
  answers!: Table<AnswerRecord, [string, string]>;
  catalog!: EntityTable<CatalogRecord, 'key'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name = databaseName) {
    super(name);
    this.version(1).stores({
      assessments: 'id, updatedAt, deletedAt',
      answers: '[assessmentId+target], assessmentId',
      catalog: 'key',
      settings: 'key',
    });
  }
}

export function openDatabase(name = databaseName): ReadinessDatabase {
  return new ReadinessDatabase(name);
}
