/**
 * Zod, configured once. MV3 pages forbid `eval`, and Zod 4 would otherwise probe `new Function` on first use;
 * every schema in lib/ imports `z` from here so the setting runs before any schema exists.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
