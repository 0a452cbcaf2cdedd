/**
 * Storage full (issue 16, finding 5): a write the database refuses is described in plain words, to the caller and
 * on the page's banner, and changes nothing stored. The database refuses through a Dexie middleware, as a full
 * disk refuses every put.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readAnswers } from '../../lib/db/answers';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';
import { storeBundledCatalog } from '../../lib/db/seed';
import { createAssumptionsState } from '../../lib/state/assumptions';
import { createWorkspace, type Workspace } from '../../lib/state/workspace';
import { writeProblem } from '../../lib/state/write-problem';

let db: ReadinessDatabase;
let workspace: Workspace | undefined;
let diskFull = false;
afterEach(async () => {
  workspace?.dispose();
  diskFull = false;
  writeProblem.value = undefined;
  await db.delete();
});

async function until<T>(read: () => T | undefined): Promise<T> {
  for (let tries = 0; tries < 500; tries++) {
    const value = read();
    if (value !== undefined && value !== false) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('timed out');
}

/** A database whose every write fails while `diskFull` is set, as IndexedDB does when the quota is reached. */
async function fillableDatabase(): Promise<ReadinessDatabase> {
  db = openDatabase(`test-${crypto.randomUUID()}`);
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            diskFull ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(request),
        };
      },
    }),
  });
  await storeBundledCatalog(db);
  return db;
}

const noSpace = /could not be saved: this browser has no storage space left for the extension\. What you entered is still on screen, and everything saved before is safe\./;

describe('writes on a full disk', () => {
  it('answers, notes, owners, evidence and new assessments: each says so and stores nothing', async () => {
    workspace = createWorkspace(await fillableDatabase());
    const created = await workspace.create({ organization: 'Proseware', employees: 75, sector: 'Retail' });
    expect(created).toBeDefined();
    await until(() => workspace!.current.value && workspace!.catalog.value);
    expect(await workspace.answerLevel('A.5.1', 2)).toEqual({ ok: true });
    expect(await workspace.answerDetails('A.5.1', { note: 'before' })).toEqual({ ok: true });
    const before = await readAnswers(db, created!.id);

    diskFull = true;
    for (const [write, what] of [
      [() => workspace!.answerDetails('A.5.1', { note: 'after' }), 'Your note'],
      [() => workspace!.answerDetails('A.5.1', { owner: 'Dana' }), 'The owner'],
      [() => workspace!.answerDetails('A.5.1', { evidence: true }), 'The evidence tick'],
      [() => workspace!.answerLevel('A.5.1', 4), 'Your answer'],
    ] as const) {
      const actual = await write();
      expect(actual.ok).toBe(false);
      expect(!actual.ok && actual.error).toMatch(new RegExp(`^${what} ${noSpace.source}`));
      expect(writeProblem.value).toMatch(noSpace);
    }
    expect(await workspace.create({ organization: 'Adventure Works', employees: 9, sector: 'Retail' })).toBeUndefined();
    expect(writeProblem.value).toMatch(/^The new assessment could not be saved/);
    expect(await workspace.update(created!.id, { organization: 'Renamed' })).toBe(false);
    expect(await workspace.setDepth('full')).toBe(false);
    expect(await workspace.remove(created!.id)).toBe(false);

    diskFull = false;
    expect(await readAnswers(db, created!.id)).toEqual(before);
    expect((await db.assessments.toArray()).map((record) => [record.organization, record.depth, record.deletedAt])).toEqual([['Proseware', 'quick', undefined]]);
    // The next write that succeeds clears the banner.
    await workspace.answerDetails('A.5.1', { note: 'after' });
    expect(writeProblem.value).toBeUndefined();
  });

  it('cost assumptions: the save returns the message, and the stored figures stay', async () => {
    const state = createAssumptionsState(await fillableDatabase());
    diskFull = true;
    const { defaultAssumptions } = await import('../../lib/estimate');
    const actual = await state.save(defaultAssumptions);
    expect(actual).toHaveLength(1);
    expect(actual[0]?.message).toMatch(/^Your cost assumptions could not be saved: this browser has no storage space left/);
    diskFull = false;
    expect(await db.settings.get('cost-assumptions')).toBeUndefined();
    state.dispose();
  });
});
