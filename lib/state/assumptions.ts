/**
 * The cost model's assumptions as edited in options, live from IndexedDB. A stored copy that no longer passes
 * the schema (an older version's, say) is not used: the defaults are, with a message saying so.
 */
import { computed, type ReadonlySignal } from '@preact/signals';
import { defaultAssumptions, parseAssumptions, type Assumptions } from '../estimate';
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
  /** Validates and stores; returns the messages when the values are refused (nothing is stored then). */
  save: (candidate: unknown) => Promise<string[]>;
  /** Whether the defaults are back (a failure is on the page's banner). */
  reset: () => Promise<boolean>;
  dispose: () => void;
}

export function createAssumptionsState(db: DatabaseHandle): AssumptionsState {
  const stored = liveSignal(db, (database) => readSetting<unknown>(database, assumptionsKey), undefined);
  const parsed = computed(() => (stored.value.value === undefined ? undefined : parseAssumptions(stored.value.value)));
  return {
    assumptions: computed(() => (parsed.value?.ok ? parsed.value.assumptions : defaultAssumptions)),
    customised: computed(() => parsed.value?.ok === true),
    problem: computed(() =>
      parsed.value && !parsed.value.ok
        ? `Your saved cost assumptions could not be used (${parsed.value.errors.join('; ')}). The defaults apply until you save new ones.`
        : undefined,
    ),
    async save(candidate) {
      const result = parseAssumptions(candidate);
      if (!result.ok) return result.errors;
      const saved = await attemptWrite('Your cost assumptions', async () => writeSetting(await db, assumptionsKey, result.assumptions));
      return saved.ok ? [] : [saved.error];
    },
    async reset() {
      return (await attemptWrite('Going back to the default figures', async () => deleteSetting(await db, assumptionsKey))).ok;
    },
    dispose: stored.dispose,
  };
}
