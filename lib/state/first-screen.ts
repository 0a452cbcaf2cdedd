/**
 * What the side panel, workspace and popup draw before IndexedDB answers: the stored state these pages last saw,
 * kept in localStorage, which a page reads synchronously while its script starts. Opening IndexedDB and the
 * first live queries take several times as long as an empty page needs to open (BENCHMARKS.md); the first
 * screen does not wait for them, and the live queries replace it with what is stored as soon as they answer.
 *
 * Written only by pages whose live queries have answered and whose records passed their checks, so it holds
 * nothing a page would not show. Anything unreadable here is ignored: the page then waits for IndexedDB as before.
 */
import type { StoredAnswers } from '../answers';
import type { Catalog } from '../catalog';
import type { AssessmentRecord } from '../db/database';
import type { AssessmentGlance } from '../glance';
import type { FormatChoice } from '../locale/formats';

export interface FirstScreen {
  catalog: Catalog;
  assessments: AssessmentRecord[];
  currentId?: string;
  /** The current assessment's answers. */
  answers: StoredAnswers;
}

const format = 1;
const keys = {
  catalog: 'readiness:first-screen:catalog',
  assessments: 'readiness:first-screen:assessments',
  current: 'readiness:first-screen:current',
  formats: 'readiness:first-screen:formats',
  popup: 'readiness:first-screen:popup',
} as const;
/** A list longer than this is not kept: reading it would cost what it saves. */
const maxListCharacters = 1_000_000;

function read(key: string): unknown {
  const text = storage()?.getItem(key);
  if (!text) return undefined;
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null && (parsed as { format?: unknown }).format === format ? parsed : undefined;
}

function write(key: string, value: object): void {
  const text = JSON.stringify({ format, ...value });
  try {
    // Another page may have written the same already: writing it again would wake every page's storage event.
    if (storage()?.getItem(key) === text) return;
    if (key === keys.assessments && text.length > maxListCharacters) storage()?.removeItem(key);
    else storage()?.setItem(key, text);
  } catch {
    // Full or refused: the next page waits for IndexedDB, which is all this loses.
    forgetFirstScreen();
  }
}

/** localStorage, or undefined where the page may not use it (e.g. storage disabled). */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The last state these pages saw, when it is whole and was stored with the catalog of `catalogVersion`. */
export function readFirstScreen(catalogVersion: string): FirstScreen | undefined {
  try {
    const catalog = read(keys.catalog) as { version?: unknown; catalog?: Catalog } | undefined;
    const list = read(keys.assessments) as { assessments?: unknown } | undefined;
    const current = read(keys.current) as { id?: unknown; answers?: unknown } | undefined;
    if (catalog?.version !== catalogVersion || !catalog.catalog || !Array.isArray(catalog.catalog.items)) return undefined;
    if (!list || !Array.isArray(list.assessments) || !current) return undefined;
    const answers = current.answers;
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
    return {
      catalog: catalog.catalog,
      assessments: list.assessments as AssessmentRecord[],
      currentId: typeof current.id === 'string' ? current.id : undefined,
      answers: answers as StoredAnswers,
    };
  } catch {
    return undefined;
  }
}

export function saveFirstScreenCatalog(version: string, catalog: Catalog): void {
  // The catalog is large and changes only with the extension: compare versions, not its text.
  try {
    if (storage()?.getItem(keys.catalog)?.startsWith(JSON.stringify({ format, version }).slice(0, -1))) return;
  } catch {
    return;
  }
  write(keys.catalog, { version, catalog });
}

export function saveFirstScreenAssessments(assessments: readonly AssessmentRecord[]): void {
  write(keys.assessments, { assessments });
}

export function saveFirstScreenCurrent(id: string | undefined, answers: StoredAnswers): void {
  write(keys.current, { id: id ?? null, answers });
}

/** The locale and currency last in use, so that figures need not wait for the checks that read the stored ones. */
export function readFirstScreenFormats(): FormatChoice | undefined {
  try {
    const stored = read(keys.formats) as { locale?: unknown; currency?: unknown } | undefined;
    return typeof stored?.locale === 'string' && typeof stored.currency === 'string'
      ? { locale: stored.locale, currency: stored.currency }
      : undefined;
  } catch {
    return undefined;
  }
}

export function saveFirstScreenFormats(choice: FormatChoice): void {
  write(keys.formats, { locale: choice.locale, currency: choice.currency });
}

/**
 * What the popup shows, worked out by the last page that had the catalog: the current assessment at a glance,
 * or null when there is none. Undefined when nothing was kept (the popup then reads IndexedDB).
 */
export function readFirstScreenPopup(catalogVersion: string): AssessmentGlance | null | undefined {
  try {
    const stored = read(keys.popup) as { catalogVersion?: unknown; current?: AssessmentGlance | null } | undefined;
    if (stored?.catalogVersion !== catalogVersion || stored.current === undefined) return undefined;
    const current = stored.current;
    if (current === null) return null;
    return typeof current.organization === 'string' && typeof current.progress?.total === 'number' && typeof current.glance?.verdict === 'string'
      ? current
      : undefined;
  } catch {
    return undefined;
  }
}

export function saveFirstScreenPopup(catalogVersion: string, current: AssessmentGlance | null): void {
  write(keys.popup, { catalogVersion, current });
}

export function forgetFirstScreen(): void {
  for (const key of Object.values(keys)) {
    try {
      storage()?.removeItem(key);
    } catch {
      // Nothing stored to forget.
    }
  }
}
