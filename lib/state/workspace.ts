/**
 * The state every surface shares: the stored catalog, the assessment list, the current assessment and its
 * answers — all live from IndexedDB — and the actions that change them. No business rules here: those are
 * in lib/; this only wires them to storage and signals.
 */
import { computed, signal } from '@preact/signals';
import { catalogVersion } from '../../data/catalog/version';
import { checkAnswer, questionForTarget, type Answer, type AnswerCheck, type StoredAnswers } from '../answers';
import type { Catalog, Depth } from '../catalog';
import { clearAnswer, readAnswers, saveAnswer } from '../db/answers';
import {
  createAssessment,
  deleteAssessment,
  duplicateAssessment,
  listAssessments,
  purgeDeleted,
  restoreAssessment,
  updateAssessment,
  type NewAssessment,
} from '../db/assessments';
import { readStoredCatalog, readStoredCatalogVersion } from '../db/catalog-store';
import type { AssessmentRecord, ReadinessDatabase } from '../db/database';
import { currentAssessmentKey, readSetting, writeSetting } from '../db/settings';
import { resolveItemAnswers } from '../questionnaire';
import { scoreResolved, type Score } from '../scoring';
import { liveSignal, type LiveSignal } from './live';

/** Deleted assessments stay restorable this long before they are removed for good. */
const undoWindowMs = 7 * 24 * 60 * 60 * 1000;

export type Workspace = ReturnType<typeof createWorkspace>;

export function createWorkspace(db: ReadinessDatabase) {
  const catalogRecord = liveSignal(() => readStoredCatalog(db), undefined);
  const assessments = liveSignal(() => listAssessments(db), []);
  const currentId = liveSignal(() => readSetting<string>(db, currentAssessmentKey), undefined);
  // One query for the id and its answers, so a switch of assessment and its answers arrive together.
  const currentAnswers = liveSignal(async () => {
    const id = await readSetting<string>(db, currentAssessmentKey);
    return { id, answers: id ? await readAnswers(db, id) : ({} as StoredAnswers) };
  }, { id: undefined as string | undefined, answers: {} as StoredAnswers });

  // A catalog stored by an older version may lack what scoring now reads: wait for ensureCatalog to replace it.
  const catalog = computed<Catalog | undefined>(() => {
    const record = catalogRecord.value.value;
    return record?.version === catalogVersion ? record.catalog : undefined;
  });
  const current = computed<AssessmentRecord | undefined>(() =>
    assessments.value.value.find((assessment) => assessment.id === currentId.value.value),
  );
  /** True once the answers shown belong to the current assessment (not still to the one before). */
  const answersLoaded = computed(
    () => currentAnswers.ready.value && currentAnswers.value.value.id === current.value?.id,
  );
  const answers = computed<StoredAnswers>(() => (answersLoaded.value ? currentAnswers.value.value.answers : {}));
  const resolved = computed(() => (catalog.value ? resolveItemAnswers(catalog.value, answers.value) : {}));
  const score = computed<Score | undefined>(() =>
    catalog.value ? scoreResolved(catalog.value, resolved.value) : undefined,
  );
  const ready = computed(
    () => catalogRecord.ready.value && assessments.ready.value && currentId.ready.value && currentAnswers.ready.value,
  );
  /** The assessment deleted last, while its undo is offered. */
  const lastDeleted = signal<AssessmentRecord | undefined>(undefined);

  async function ensureCatalog(): Promise<void> {
    if ((await readStoredCatalogVersion(db)) === catalogVersion) return;
    // Normally the background did this on install; load the seeding code only when it did not.
    const { storeBundledCatalog } = await import('../db/seed');
    await storeBundledCatalog(db);
  }

  async function select(id: string): Promise<void> {
    await writeSetting(db, currentAssessmentKey, id);
  }

  return {
    catalog,
    assessments: assessments.value,
    current,
    answers,
    answersLoaded,
    resolved,
    score,
    ready,
    lastDeleted,
    ensureCatalog,
    select,
    async create(fields: NewAssessment): Promise<AssessmentRecord> {
      const record = await createAssessment(db, fields);
      await select(record.id);
      return record;
    },
    async update(id: string, changes: Parameters<typeof updateAssessment>[2]): Promise<void> {
      await updateAssessment(db, id, changes);
    },
    async setDepth(depth: Depth): Promise<void> {
      if (current.value) await updateAssessment(db, current.value.id, { depth });
    },
    async duplicate(id: string): Promise<AssessmentRecord> {
      const copy = await duplicateAssessment(db, id);
      await select(copy.id);
      return copy;
    },
    async remove(id: string): Promise<void> {
      const record = assessments.value.value.find((assessment) => assessment.id === id);
      await deleteAssessment(db, id);
      lastDeleted.value = record;
      await purgeDeleted(db, Date.now() - undoWindowMs);
    },
    async undoRemove(): Promise<void> {
      const record = lastDeleted.value;
      if (!record) return;
      await restoreAssessment(db, record.id);
      lastDeleted.value = undefined;
    },
    /** Writes the answer at once, or says why it cannot be accepted and writes nothing. */
    async answer(target: string, answer: Answer): Promise<AnswerCheck> {
      const assessment = current.value;
      const question = catalog.value && questionForTarget(catalog.value, target);
      if (!assessment || !question) return { ok: false, error: 'There is no assessment open to answer in.' };
      const check = checkAnswer(question, answer);
      if (check.ok) await saveAnswer(db, assessment.id, target, answer);
      return check;
    },
    async clear(target: string): Promise<void> {
      if (current.value) await clearAnswer(db, current.value.id, target);
    },
    /** Any assessment's answers, live; the caller disposes it. */
    watchAnswers(id: string): LiveSignal<StoredAnswers> {
      return liveSignal(() => readAnswers(db, id), {});
    },
    dispose(): void {
      for (const live of [catalogRecord, assessments, currentId, currentAnswers]) live.dispose();
    },
  };
}

