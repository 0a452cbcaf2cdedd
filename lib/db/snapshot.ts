/**
 * One read of what the popup shows, through IndexedDB's own API. The popup lives for a few seconds and needs no
 * live updates, so it does without Dexie, which is most of a page's start-up script. Read-only: it never
 * creates or upgrades the database (that is Dexie's job, in lib/db/database.ts).
 */
import type { Answer, StoredAnswers } from '../answers';
import type { Catalog } from '../catalog';
import type { AnswerRecord, AssessmentRecord, CatalogRecord, SettingRecord } from './database';
import { databaseName } from './names';
import { currentAssessmentKey } from './settings';

export interface PopupSnapshot {
  catalog?: Catalog;
  /** The current assessment, unless there is none or it was deleted. */
  assessment?: AssessmentRecord;
  answers: StoredAnswers;
}

const stores = ['catalog', 'settings', 'assessments', 'answers'] as const;

/** Undefined when nothing was ever stored (no database yet); rejects when IndexedDB refuses to open. */
export async function readPopupSnapshot(name = databaseName, factory: IDBFactory = indexedDB): Promise<PopupSnapshot | undefined> {
  const db = await openExisting(name, factory);
  if (!db) return undefined;
  try {
    if (!stores.every((store) => db.objectStoreNames.contains(store))) return undefined;
    const transaction = db.transaction([...stores], 'readonly');
    const [catalog, current] = await Promise.all([
      request<CatalogRecord | undefined>(transaction.objectStore('catalog').get('current')),
      request<SettingRecord | undefined>(transaction.objectStore('settings').get(currentAssessmentKey)),
    ]);
    const id = typeof current?.value === 'string' ? current.value : undefined;
    const [assessment, records] = id
      ? await Promise.all([
          request<AssessmentRecord | undefined>(transaction.objectStore('assessments').get(id)),
          request<AnswerRecord[]>(transaction.objectStore('answers').index('assessmentId').getAll(id)),
        ])
      : [undefined, []];
    const live = assessment && assessment.deletedAt === undefined ? assessment : undefined;
    return { catalog: catalog?.catalog, assessment: live, answers: live ? toStoredAnswers(records) : {} };
  } finally {
    db.close();
  }
}

function openExisting(name: string, factory: IDBFactory): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const opening = factory.open(name);
    let created = false;
    // Only a database that does not exist yet needs an upgrade here: leave creating it to Dexie.
    opening.onupgradeneeded = () => {
      created = true;
      opening.transaction?.abort();
    };
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => (created ? resolve(undefined) : reject(opening.error));
    opening.onblocked = () => reject(new Error('another page is upgrading the database'));
  });
}

function request<T>(pending: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result as T);
    pending.onerror = () => reject(pending.error);
  });
}

function toStoredAnswers(records: AnswerRecord[]): StoredAnswers {
  const answers: StoredAnswers = {};
  for (const { assessmentId: _assessment, target, updatedAt: _updated, ...answer } of records) answers[target] = answer as Answer;
  return answers;
}
