import type { Page } from '@playwright/test';

export interface Stored {
  assessments: unknown[];
  answers: Array<Record<string, unknown>>;
}

/** Every stored assessment and answer, read straight from IndexedDB: "nothing changed" means this is equal. */
export async function storedData(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const opening = indexedDB.open('iso27001-readiness');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const transaction = db.transaction(['assessments', 'answers']);
          const assessments = transaction.objectStore('assessments').getAll();
          const answers = transaction.objectStore('answers').getAll();
          transaction.oncomplete = () => {
            db.close();
            resolve({ assessments: assessments.result, answers: answers.result });
          };
        };
      }),
  );
}
