/**
 * The brand as edited in Settings, live from IndexedDB for every page that shows it (summary, report, Markdown,
 * kiosk). A stored brand that no longer passes its checks is not shown: no brand is, with a message saying why.
 */
import { computed, type ReadonlySignal } from '@preact/signals';
import { emptyBrand, parseBrand, toStoredBrand, type Brand } from '../brand';
import { deleteSetting, readSetting, writeSetting } from '../db/settings';
import { liveSignal, type DatabaseHandle } from './live';

export const brandKey = 'brand';

export interface BrandState {
  brand: ReadonlySignal<Brand>;
  /** Why the stored brand is not in use, if it is not. */
  problem: ReadonlySignal<string | undefined>;
  /** Checks and stores; returns the reason when the brand is refused (nothing is stored then). */
  save: (brand: Brand) => Promise<string | undefined>;
  reset: () => Promise<void>;
  dispose: () => void;
}

export function createBrandState(db: DatabaseHandle): BrandState {
  const stored = liveSignal(db, (database) => readSetting<unknown>(database, brandKey), undefined);
  const parsed = computed(() => (stored.value.value === undefined ? undefined : parseBrand(stored.value.value)));
  return {
    brand: computed(() => (parsed.value?.ok ? parsed.value.value : emptyBrand)),
    problem: computed(() =>
      parsed.value && !parsed.value.ok ? `Your saved brand could not be used (${parsed.value.error}). Save it again to use it.` : undefined,
    ),
    async save(brand) {
      const stored = toStoredBrand(brand);
      const checked = parseBrand(stored);
      if (!checked.ok) return checked.error;
      await writeSetting(await db, brandKey, stored);
      return undefined;
    },
    async reset() {
      await deleteSetting(await db, brandKey);
    },
    dispose: stored.dispose,
  };
}
