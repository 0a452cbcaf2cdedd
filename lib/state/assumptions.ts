/**
 * The cost model's assumptions as edited in options, live from IndexedDB. A stored copy that no longer passes
 * the schema (an older version's, say) is not used: the defaults are, with a message saying so.
 */
import { computed, type ReadonlySignal } from '@preact/signals';
import { assumptionGroups } from '../../data/assumption-fields';
import { assumptionIssues, defaultAssumptions, parseAssumptions, type AssumptionIssue, type Assumptions } from '../estimate';
import { assumptionsKey } from '../db/rate-card';
import { deleteSetting, readSetting, writeSetting } from '../db/settings';
import { liveSignal, type DatabaseHandle } from './live';
import { attemptWrite } from './write-problem';

export { assumptionsKey };

export interface AssumptionsState {
  assumptions: ReadonlySignal<Assumptions>;
  /** True when the user's own figures are in use rather than the defaults. */
  customised: ReadonlySignal<boolean>;
  /** Why stored assumptions were not used, if they were not. */
  problem: ReadonlySignal<string | undefined>;
  /** Validates and stores; returns why the values are refused (nothing is stored then), a failed write at path "". */
  save: (candidate: unknown) => Promise<AssumptionIssue[]>;
  /** Whether the defaults are back (a failure is on the page's banner). */
  reset: () => Promise<boolean>;
  dispose: () => void;
}

const fieldLabels = new Map(assumptionGroups.flatMap((group) => group.fields.map((field) => [field.path, field.label])));

/** The first problem of a stored copy, named by its label in the form where there is one, never by its path. */
function storedProblem(stored: unknown): string {
  const [first] = assumptionIssues(stored);
  if (!first) return 'it could not be read';
  const label = [...fieldLabels].find(([path]) => path === first.path || path.startsWith(`${first.path}.`))?.[1];
  return label ? `${label}: ${first.message}` : first.message;
}

export function createAssumptionsState(db: DatabaseHandle): AssumptionsState {
  const stored = liveSignal(db, (database) => readSetting<unknown>(database, assumptionsKey), undefined);
  const parsed = computed(() => (stored.value.value === undefined ? undefined : parseAssumptions(stored.value.value)));
  return {
    assumptions: computed(() => (parsed.value?.ok ? parsed.value.assumptions : defaultAssumptions)),
    customised: computed(() => parsed.value?.ok === true),
    problem: computed(() =>
      parsed.value && !parsed.value.ok
        ? `Your saved cost assumptions could not be used (${storedProblem(stored.value.value)}). The defaults apply until you save new ones.`
        : undefined,
    ),
    async save(candidate) {
      const result = parseAssumptions(candidate);
      if (!result.ok) return assumptionIssues(candidate);
      const saved = await attemptWrite('Your cost assumptions', async () => writeSetting(await db, assumptionsKey, result.assumptions));
      return saved.ok ? [] : [{ path: '', message: saved.error }];
    },
    async reset() {
      return (await attemptWrite('Going back to the default figures', async () => deleteSetting(await db, assumptionsKey))).ok;
    },
    dispose: stored.dispose,
  };
}
