import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogVersion } from '../../data/catalog/version';
import { loadCatalog } from '../../lib/catalog';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';
import { syncCatalog } from '../../lib/db/catalog-store';
import {
  forgetFirstScreen,
  readFirstScreen,
  readFirstScreenPopup,
  saveFirstScreenAssessments,
  saveFirstScreenCatalog,
  saveFirstScreenCurrent,
} from '../../lib/state/first-screen';
import { createWorkspace, type Workspace } from '../../lib/state/workspace';
import { verdictTitleOf } from '../../lib/verdict-words';
import { progressOf, questionStates } from '../../lib/questionnaire';

let db: ReadinessDatabase | undefined;
let workspace: Workspace | undefined;
afterEach(async () => {
  workspace?.dispose();
  workspace = undefined;
  await db?.delete();
  db = undefined;
});

/** IndexedDB in Node answers within a few milliseconds, but a busy machine can make it a second or more. */
const settle = { timeout: 15_000 };
const catalog = loadCatalog();
const record = {
  id: 'a-1',
  organization: 'Snapshot Ltd',
  employees: 40,
  sector: 'Other',
  depth: 'quick' as const,
  createdAt: 1,
  updatedAt: 2,
};

function keepAll(): void {
  saveFirstScreenCatalog(catalogVersion, catalog);
  saveFirstScreenAssessments([record]);
  saveFirstScreenCurrent(record.id, { [catalog.items[0]!.id]: { level: 3 } });
}

describe('the first screen kept in localStorage', () => {
  it('reads back what was kept', () => {
    keepAll();
    const seed = readFirstScreen(catalogVersion);
    expect(seed?.assessments).toEqual([record]);
    expect(seed?.currentId).toBe('a-1');
    expect(seed?.answers).toEqual({ [catalog.items[0]!.id]: { level: 3 } });
    expect(seed?.catalog.items).toHaveLength(catalog.items.length);
  });

  it.each([
    ['nothing kept', () => {}],
    ['a catalog of another version', () => {
      keepAll();
      forgetFirstScreen();
      saveFirstScreenCatalog('2000.0.0', catalog);
      saveFirstScreenAssessments([record]);
      saveFirstScreenCurrent(record.id, {});
    }],
    ['a part missing', () => {
      keepAll();
      localStorage.removeItem('readiness:first-screen:current');
    }],
    ['text that is not JSON', () => {
      keepAll();
      localStorage.setItem('readiness:first-screen:assessments', '{"format":1,"assess');
    }],
    ['a list that is not a list', () => {
      keepAll();
      localStorage.setItem('readiness:first-screen:assessments', '{"format":1,"assessments":{"0":1}}');
    }],
    ['an older format', () => {
      keepAll();
      localStorage.setItem('readiness:first-screen:current', '{"format":0,"id":"a-1","answers":{}}');
    }],
  ])('ignores %s, so the page waits for IndexedDB', (_case, arrange) => {
    arrange();
    expect(readFirstScreen(catalogVersion)).toBeUndefined();
  });

  it('forgets everything it kept', () => {
    keepAll();
    forgetFirstScreen();
    expect(Object.keys(localStorage).filter((key) => key.startsWith('readiness:first-screen'))).toEqual([]);
  });
});

describe('a workspace drawn from the first screen', { timeout: 30_000 }, () => {
  it('is ready before IndexedDB answers, then shows what is stored and keeps it for the next page', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await syncCatalog(db, catalog);
    // The kept list is out of date: another page deleted that assessment since.
    keepAll();
    workspace = createWorkspace(db, { seed: readFirstScreen(catalogVersion), keepFirstScreen: true });

    expect(workspace.ready.value).toBe(true);
    expect(workspace.current.value?.organization).toBe('Snapshot Ltd');
    expect(workspace.answers.value).toEqual({ [catalog.items[0]!.id]: { level: 3 } });

    await vi.waitFor(() => expect(workspace!.assessments.value).toEqual([]), settle);
    expect(workspace.current.value).toBeUndefined();
    await vi.waitFor(() => expect(readFirstScreen(catalogVersion)?.assessments).toEqual([]), settle);
    expect(readFirstScreen(catalogVersion)?.currentId).toBeUndefined();
  });

  it('keeps a new assessment and its answer for the next page', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await syncCatalog(db, catalog);
    workspace = createWorkspace(db, { keepFirstScreen: true });
    await vi.waitFor(() => expect(workspace!.ready.value).toBe(true), settle);
    const created = await workspace.create({ organization: 'Kept Ltd', employees: 12, sector: 'Other' });
    await vi.waitFor(() => expect(workspace!.current.value?.id).toBe(created?.id), settle);
    const target = catalog.items[0]!.id;
    expect((await workspace.answerLevel(target, 2)).ok).toBe(true);

    await vi.waitFor(() => expect(readFirstScreen(catalogVersion)?.answers[target]?.level).toBe(2), settle);
    const seed = readFirstScreen(catalogVersion)!;
    expect(seed.currentId).toBe(created?.id);
    expect(seed.assessments.map((assessment) => assessment.organization)).toEqual(['Kept Ltd']);
    // The popup's glance, worked out here so that the popup needs neither the catalog nor the scoring.
    const progress = progressOf(questionStates(catalog, 'quick', { [target]: { level: 2 } }));
    await vi.waitFor(() => expect(readFirstScreenPopup(catalogVersion)?.progress).toEqual(progress), settle);
    const glance = readFirstScreenPopup(catalogVersion)!;
    expect(glance.organization).toBe('Kept Ltd');
    expect(glance.glance.verdict).toBe(verdictTitleOf(workspace.score.value!));
    expect(readFirstScreenPopup('2000.0.0')).toBeUndefined();
  });

  it('keeps nothing when asked not to, as on the kiosk', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await syncCatalog(db, catalog);
    workspace = createWorkspace(db);
    await vi.waitFor(() => expect(workspace!.ready.value).toBe(true), settle);
    await workspace.create({ organization: 'Visitor', employees: 12, sector: 'Other' });
    await vi.waitFor(() => expect(workspace!.current.value?.organization).toBe('Visitor'), settle);
    expect(readFirstScreen(catalogVersion)).toBeUndefined();
    expect(localStorage.length).toBe(0);
  });
});
