/** The database's name, apart from Dexie so that the popup's plain IndexedDB read can name it too. */
export const databaseName = 'iso27001-readiness';
