/**
 * The state every surface shares: the stored catalog, the assessment list, the current assessment and its
 * answers — all live from IndexedDB — and the actions that change them. No business rules here: those are
 * in lib/; this only wires them to storage and signals.
 */
import { computed, effect, signal } from '@preact/signals';
import { catalogVersion } from '../../data/catalog/version';
import { checkAnswer, questionForTarget, withLevel, type AnswerCheck, type AnswerDetails, type Level, type StoredAnswers } from '../answers';
import type { Catalog, Depth } from '../catalog';
import { clearAnswer, readAnswers, saveDetails, saveLevel, saveUnansweredOnly } from '../db/answers';
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
import { readStoredCatalog, storedCatalogIsCurrent, usableCatalog } from '../db/catalog-store';
import type { AssessmentRecord } from '../db/database';
import { currentAssessmentKey, readSetting, writeSetting } from '../db/settings';
import { resolveItemAnswers } from '../questionnaire';
import { scoreResolved, type Score } from '../scoring';
import type { Suggestion } from '../suggestions';
import { assessmentGlance } from '../glance';
import {
  saveFirstScreenAssessments,
  saveFirstScreenCatalog,
  saveFirstScreenCurrent,
  saveFirstScreenPopup,
  type FirstScreen,
} from './first-screen';
import { afterFirstScreen } from './later';
import { liveSignal, type DatabaseHandle, type LiveSignal } from './live';
import { attemptWrite } from './write-problem';

/** Deleted assessments stay restorable this long before they are removed for good. */
const undoWindowMs = 7 * 24 * 60 * 60 * 1000;

export type Workspace = ReturnType<typeof createWorkspace>;

/**
 * `seed`, when given, is what the page draws until IndexedDB answers (lib/state/first-screen.ts): the page is
 * ready at once, and the live queries replace it with what is stored. `keepFirstScreen` writes what the live
 * queries found back for the next page; the kiosk does neither, so that no visitor sees stored data.
 */
export function createWorkspace(db: DatabaseHandle, { seed, keepFirstScreen = false }: { seed?: FirstScreen; keepFirstScreen?: boolean } = {}) {
  const catalogRecord = liveSignal(db, (database) => readStoredCatalog(database),
    seed && { key: 'current' as const, version: catalogVersion, catalog: seed.catalog, storedAt: 0 },
  );
  const storedAssessments = liveSignal(db, (database) => listAssessments(database), seed?.assessments ?? []);
  const currentId = liveSignal(db, (database) => readSetting<string>(database, currentAssessmentKey), seed?.currentId);
  // One query for the id and its answers, so a switch of assessment and its answers arrive together.
  const currentAnswers = liveSignal(db, async (database) => {
    const id = await readSetting<string>(database, currentAssessmentKey);
    return { id, answers: id ? await readAnswers(database, id) : ({} as StoredAnswers) };
  }, { id: seed?.currentId, answers: seed?.answers ?? ({} as StoredAnswers) });

  // A catalog stored by an older version may lack what scoring now reads, and a damaged row cannot be read at
  // all: either way, wait for ensureCatalog to write the bundled catalog back.
  const catalog = computed<Catalog | undefined>(() => {
    const record = catalogRecord.value.value;
    // A row gone missing or damaged since the seed was kept: the seed's catalog (this version) stands in until
    // ensureCatalog writes the bundled one back.
    return usableCatalog(record, catalogVersion) ? record.catalog : seed?.catalog;
  });
  // Stored records pass their schemas before any page sees them; the checks load beside the first reads.
  const checks = signal<typeof import('../stored-records') | undefined>(undefined);
  void afterFirstScreen(() => import('../stored-records')).then((module) => (checks.value = module));
  const checkedAssessments = computed(() => checks.value?.checkAssessments(storedAssessments.value.value));
  // Until the checks load, the seed stands in: it holds only records that passed them on an earlier page.
  const assessments = computed(() => checkedAssessments.value?.readable ?? seed?.assessments ?? []);
  const checkedAnswers = computed(() => {
    const { id, answers } = currentAnswers.value.value;
    return id === undefined ? undefined : checks.value?.checkAnswers(id, answers);
  });
  /** Stored records that failed their schema: set aside, named on the page, and never passed on. */
  const damaged = computed(() => [...(checkedAssessments.value?.damaged ?? []), ...(checkedAnswers.value?.damaged ?? [])]);
  /** Why the catalog could not be made ready, when it could not: the page says so instead of waiting forever. */
  const catalogProblem = signal<string | undefined>(undefined);
  const current = computed<AssessmentRecord | undefined>(() =>
    assessments.value.find((assessment) => assessment.id === currentId.value.value),
  );
  /** True once the answers shown belong to the current assessment (not still to the one before). */
  const answersLoaded = computed(
    () => (currentAnswers.ready.value || seed !== undefined) && currentAnswers.value.value.id === current.value?.id,
  );
  const answers = computed<StoredAnswers>(() =>
    answersLoaded.value
      ? (checkedAnswers.value?.readable ?? (seed && currentAnswers.value.value.id === seed.currentId ? seed.answers : {}))
      : {},
  );
  const resolved = computed(() => (catalog.value ? resolveItemAnswers(catalog.value, answers.value) : {}));
  const score = computed<Score | undefined>(() =>
    catalog.value ? scoreResolved(catalog.value, resolved.value) : undefined,
  );
  /**
   * Suggested answers from what the organization holds: beside the answers, never inside them or the score. The
   * crosswalks behind them load after the first screen, which never shows them.
   */
  const suggester = signal<typeof import('../suggestions') | undefined>(undefined);
  void afterFirstScreen(() => import('../suggestions')).then((module) => (suggester.value = module));
  const suggestions = computed<Suggestion[]>(() =>
    catalog.value && answersLoaded.value && suggester.value
      ? suggester.value.suggestionsFor(catalog.value, current.value?.intake, resolved.value)
      : [],
  );
  /** True once everything shown comes from IndexedDB and passed its checks. */
  const live = computed(
    () =>
      checks.value !== undefined &&
      catalogRecord.ready.value &&
      storedAssessments.ready.value &&
      currentId.ready.value &&
      currentAnswers.ready.value,
  );
  const ready = computed(() => seed !== undefined || live.value);
  // What this page shows, kept for the next page's first screen; written only from live, checked data.
  const keeping = keepFirstScreen
    ? [
        effect(() => {
          if (live.value && catalog.value) saveFirstScreenCatalog(catalogVersion, catalog.value);
        }),
        effect(() => {
          if (live.value) saveFirstScreenAssessments(assessments.value);
        }),
        effect(() => {
          if (live.value && answersLoaded.value) saveFirstScreenCurrent(current.value?.id, answers.value);
        }),
        effect(() => {
          // Live first: scoring is work the first screen must not wait for.
          if (!live.value) return;
          const [assessment, shown, scored] = [current.value, catalog.value, score.value];
          if (!shown || !scored || (assessment && !answersLoaded.value)) return;
          saveFirstScreenPopup(catalogVersion, assessment ? assessmentGlance(shown, assessment, answers.value, scored) : null);
        }),
      ]
    : [];
  /** The assessment deleted last, while its undo is offered. */
  const lastDeleted = signal<AssessmentRecord | undefined>(undefined);

  /** Stores the bundled catalog unless the stored one is this version and whole (a row can go missing or be damaged). */
  async function ensureCatalog(): Promise<void> {
    const stored = await attemptWrite('The question catalog', async () => {
      if (await storedCatalogIsCurrent(await db, catalogVersion)) return;
      // Normally the background did this on install; load the seeding code only when it did not.
      const { storeBundledCatalog } = await import('../db/seed');
      await storeBundledCatalog(await db);
    });
    catalogProblem.value = stored.ok ? undefined : stored.error;
  }

  async function select(id: string): Promise<boolean> {
    return (await attemptWrite('Opening that assessment', async () => writeSetting(await db, currentAssessmentKey, id))).ok;
  }

  return {
    catalog,
    assessments,
    damaged,
    current,
    answers,
    answersLoaded,
    resolved,
    score,
    suggestions,
    ready,
    lastDeleted,
    catalogProblem,
    ensureCatalog,
    select,
    // Each write below resolves to whether it was stored; a failure is on the page's banner (write-problem.ts).
    /** The new assessment, opened; undefined when it could not be stored. */
    async create(fields: NewAssessment): Promise<AssessmentRecord | undefined> {
      const created = await attemptWrite('The new assessment', async () => {
        const record = await createAssessment(await db, fields);
        await writeSetting(await db, currentAssessmentKey, record.id);
        return record;
      });
      return created.ok ? created.value : undefined;
    },
    async update(id: string, changes: Parameters<typeof updateAssessment>[2]): Promise<boolean> {
      return (await attemptWrite('Your change to the assessment', async () => updateAssessment(await db, id, changes))).ok;
    },
    async setDepth(depth: Depth): Promise<boolean> {
      const id = current.value?.id;
      return id !== undefined && (await attemptWrite('The new depth', async () => updateAssessment(await db, id, { depth }))).ok;
    },
    async duplicate(id: string): Promise<boolean> {
      return (await attemptWrite('The copy', async () => {
        const copy = await duplicateAssessment(await db, id);
        await writeSetting(await db, currentAssessmentKey, copy.id);
      })).ok;
    },
    async remove(id: string): Promise<boolean> {
      const record = assessments.value.find((assessment) => assessment.id === id);
      const removed = await attemptWrite('Deleting the assessment', async () => deleteAssessment(await db, id));
      if (!removed.ok) return false;
      lastDeleted.value = record;
      // Tidying up older deletions may fail on its own (a full disk) without undoing this one.
      await purgeDeleted(await db, Date.now() - undoWindowMs).catch(() => 0);
      return true;
    },
    async undoRemove(): Promise<boolean> {
      const record = lastDeleted.value;
      if (!record) return false;
      const restored = await attemptWrite('Bringing the assessment back', async () => restoreAssessment(await db, record.id));
      if (restored.ok) lastDeleted.value = undefined;
      return restored.ok;
    },
    /**
     * Writes the level at once (keeping the note, evidence and owner stored with it), or says why it cannot be
     * accepted and writes nothing.
     */
    async answerLevel(target: string, level: Level, justification?: string): Promise<AnswerCheck> {
      const assessment = current.value;
      const question = catalog.value && questionForTarget(catalog.value, target);
      if (!assessment || !question) return { ok: false, error: 'There is no assessment open to answer in.' };
      const check = checkAnswer(question, withLevel(undefined, level, justification));
      if (!check.ok) return check;
      const saved = await attemptWrite('Your answer', async () => saveLevel(await db, assessment.id, target, level, justification));
      return saved.ok ? { ok: true } : saved;
    },
    /**
     * Writes only the details given (a note, the evidence flag, an owner, a control's SoA inclusion) to the stored
     * answer. `unanswered` says there is no stored answer to add them to (yet, or any more).
     */
    async answerDetails(target: string, details: AnswerDetails): Promise<AnswerCheck | { ok: false; error: string; unanswered: true }> {
      const assessment = current.value;
      const question = catalog.value && questionForTarget(catalog.value, target);
      if (!assessment || !question) return { ok: false, error: 'There is no assessment open to answer in.' };
      // The level does not matter here: only whether these details may be given to this question at all.
      const check = checkAnswer(question, { level: 0, ...details });
      if (!check.ok) return check;
      const what =
        details.note !== undefined
          ? 'Your note'
          : details.owner !== undefined
            ? 'The owner'
            : details.evidence !== undefined
              ? 'The evidence tick'
              : 'The reason for including this control';
      const saved = await attemptWrite(what, async () => saveDetails(await db, assessment.id, target, details));
      if (!saved.ok) return saved;
      if (saved.value) return { ok: true };
      return {
        ok: false,
        error: 'This answer was cleared in another window. Answer the question again to add notes to it.',
        unanswered: true,
      };
    },
    /** Turns suggestions into the items' own answers; an item answered meanwhile elsewhere keeps its answer. */
    async confirmSuggestions(confirmed: readonly Suggestion[]): Promise<boolean> {
      const id = current.value?.id;
      if (id === undefined || confirmed.length === 0) return false;
      const { confirmedAnswers } = await import('../suggestions');
      const toWrite = confirmedAnswers(answers.value, confirmed);
      return (await attemptWrite('Confirming the suggestions', async () => saveUnansweredOnly(await db, id, toWrite))).ok;
    },
    /** Writes item answers from an import (a 2013 SoA) where the item has no answer yet; the targets written. */
    async answerUnanswered(imported: StoredAnswers): Promise<string[] | undefined> {
      const id = current.value?.id;
      if (id === undefined) return undefined;
      const saved = await attemptWrite('The carried-over answers', async () => saveUnansweredOnly(await db, id, imported));
      return saved.ok ? saved.value : undefined;
    },
    async clear(target: string): Promise<boolean> {
      const id = current.value?.id;
      return id !== undefined && (await attemptWrite('Clearing the answer', async () => clearAnswer(await db, id, target))).ok;
    },
    /** Any assessment's answers, live; the caller disposes it. */
    watchAnswers(id: string): LiveSignal<StoredAnswers> {
      return liveSignal(db, (database) => readAnswers(database, id), {});
    },
    dispose(): void {
      for (const query of [catalogRecord, storedAssessments, currentId, currentAnswers]) query.dispose();
      for (const stop of keeping) stop();
    },
  };
}

