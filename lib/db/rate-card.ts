/**
 * The rate card (the cost assumptions, which carry their currency) and the locale numbers and dates are shown
 * in. A change of currency writes the converted or relabelled rate card and the locale in one transaction, so
 * amounts never sit under a currency they were not converted to.
 */
import type { ReadinessDatabase } from './database';
import { writeSetting } from './settings';

export const localeKey = 'locale';
// The cost assumptions' key; lib/state/assumptions.ts reads and writes them through their schema.
export const assumptionsKey = 'cost-assumptions';

export async function writeFormatChange(db: ReadinessDatabase, locale: string, rateCard: unknown | undefined): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    if (rateCard !== undefined) await writeSetting(db, assumptionsKey, rateCard);
    await writeSetting(db, localeKey, locale);
  });
}
