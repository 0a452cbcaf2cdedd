// Must come first: Dexie needs IndexedDB before happy-dom or anything else touches the globals.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

// The first screen's snapshot (lib/state/first-screen.ts) lives in localStorage, which happy-dom keeps for the
// whole file: start each test without one.
afterEach(() => localStorage.clear());
