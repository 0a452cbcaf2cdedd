// Must come first: Dexie needs IndexedDB before happy-dom or anything else touches the globals.
import 'fake-indexeddb/auto';
