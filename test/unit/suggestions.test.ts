import { afterEach, describe, expect, it, vi } from 'vitest';
import { withLevel, type Level, type StoredAnswers } from '../../lib/answers';
import { loadCatalog } from '../../lib/catalog';
import { readAnswers, saveAnswer, saveUnansweredOnly } from '../../lib/db/answers';
import { createAssessment } from '../../lib/db/assessments';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';
import { storeBundledCatalog } from '../../lib/db/seed';
import { currentAssessmentKey, writeSetting } from '../../lib/db/settings';
import { createWorkspace } from '../../lib/state/workspace';
import { crosswalkById, sourcesOf } from '../../lib/crosswalks';
import type { Intake } from '../../lib/intake';
import { resolveItemAnswers } from '../../lib/questionnaire';
import { scoreResolved } from '../../lib/scoring';
import { confirmedAnswers, suggestionsFor, suggestionsInGroup, waitingByGroup } from '../../lib/suggestions';
import { prng } from '../fixtures/random';

const catalog = loadCatalog();
const soc2Type2: Intake = { certifications: [{ kind: 'soc2-type2' }], frameworks: [] };
const levels: Level[] = [0, 1, 2, 3, 4, 'na', 'dont-know'];

/** Random stored answers over every depth's questions, N/A only where allowed. */
function randomAnswers(random: () => number): StoredAnswers {
  const answers: StoredAnswers = {};
  const questions = [...catalog.questionSets.quick, ...catalog.questionSets.standard, ...catalog.questionSets.full];
  const share = random();
  for (const question of questions) {
    if (random() > share * 0.6) continue;
    const mayBeNa = question.covers.every((id) => id.startsWith('A.'));
    const level = levels[Math.floor(random() * levels.length)]!;
    answers[question.id] = level === 'na' && !mayBeNa ? { level: 1 } : withLevel(undefined, level, 'Not in scope');
  }
  return answers;
}

function randomIntake(random: () => number): Intake {
  const intake: Intake = { certifications: [], frameworks: [] };
  if (random() < 0.5) intake.certifications.push({ kind: random() < 0.5 ? 'soc2-type2' : 'soc2-type1' });
  if (random() < 0.3) intake.certifications.push({ kind: 'iso27001-2022', issued: '2024-01-01' });
  if (random() < 0.5) intake.frameworks.push('nist-csf-2');
  return intake;
}

const scoreOf = (stored: StoredAnswers) => scoreResolved(catalog, resolveItemAnswers(catalog, stored));

describe('suggestions', () => {
  it('come from SOC 2 Type II at level 3 for every crosswalk item of a fresh assessment, each with its provenance', () => {
    const actual = suggestionsFor(catalog, soc2Type2, {});
    const soc2 = crosswalkById('soc2');
    const expectedIds = catalog.items.filter((item) => sourcesOf(soc2, item.id).length > 0).map((item) => item.id);
    expect(actual.map((suggestion) => suggestion.itemId)).toEqual(expectedIds);
    expect(new Set(actual.map((suggestion) => suggestion.level))).toEqual(new Set([3]));
    const backup = actual.find((suggestion) => suggestion.itemId === 'A.8.13');
    expect(backup?.provenance).toMatch(/^Suggested from your SOC 2 Type II \(/);
    expect(backup?.relatedIds).toEqual(sourcesOf(soc2, 'A.8.13').map((row) => row.source));
  });

  it.each([
    ['SOC 2 Type I', { certifications: [{ kind: 'soc2-type1' }], frameworks: [] }, 2, 'SOC 2 Type I'],
    ['NIST CSF 2.0', { certifications: [], frameworks: ['nist-csf-2'] }, 2, 'NIST CSF 2.0'],
    ['SOC 2 Type II beside NIST CSF', { certifications: [{ kind: 'soc2-type2' }], frameworks: ['nist-csf-2'] }, 3, 'SOC 2 Type II'],
  ] as const)('from %s suggest level %i', (_, intake, level, name) => {
    const actual = suggestionsFor(catalog, intake as unknown as Intake, {}).find((suggestion) => suggestion.itemId === 'A.5.15');
    expect(actual?.level).toBe(level);
    expect(actual?.provenance).toContain(`your ${name} (`);
  });

  it('are none without a source that has a crosswalk: no intake, an ISO certificate or Cyber Essentials alone', () => {
    expect(suggestionsFor(catalog, undefined, {})).toEqual([]);
    expect(suggestionsFor(catalog, { certifications: [{ kind: 'iso27001-2022', issued: '2024-01-01' }, { kind: 'cyber-essentials' }], frameworks: [] }, {})).toEqual([]);
  });

  it('skip every item already answered, at item level or through a broader question', () => {
    const stored: StoredAnswers = { 'quick.access-rights': { level: 1 }, 'A.8.13': { level: 0 } };
    const resolved = resolveItemAnswers(catalog, stored);
    const suggested = new Set(suggestionsFor(catalog, soc2Type2, resolved).map((suggestion) => suggestion.itemId));
    for (const id of Object.keys(resolved)) expect(suggested.has(id), id).toBe(false);
  });

  it('never change a score or coverage until confirmed: any answers, any frameworks', () => {
    const random = prng(15);
    for (let run = 0; run < 200; run++) {
      const stored = randomAnswers(random);
      const intake = randomIntake(random);
      const before = scoreOf(stored);
      const suggestions = suggestionsFor(catalog, intake, resolveItemAnswers(catalog, stored));
      // Scoring sees only the stored answers: with suggestions computed beside them, it must come out the same.
      expect(scoreOf(stored)).toEqual(before);
      // And confirming any one of them does change coverage: the property is not true for want of suggestions.
      if (suggestions.length > 0) {
        const confirmed = scoreOf({ ...stored, ...confirmedAnswers(stored, suggestions.slice(0, 1)) });
        expect(confirmed.coverage).toBeGreaterThan(before.coverage);
      }
    }
  });

  it('confirming a group equals answering each of its items at the suggested level, and leaves no suggestion there', () => {
    const random = prng(27);
    for (let run = 0; run < 100; run++) {
      const stored = randomAnswers(random);
      const intake = randomIntake(random);
      const suggestions = suggestionsFor(catalog, intake, resolveItemAnswers(catalog, stored));
      for (const [group] of waitingByGroup(suggestions)) {
        const inGroup = suggestionsInGroup(suggestions, group);
        const byGroup = { ...stored, ...confirmedAnswers(stored, inGroup) };
        const byItem = { ...stored };
        for (const suggestion of inGroup) byItem[suggestion.itemId] = withLevel(undefined, suggestion.level);
        const actual = scoreOf(byGroup);
        expect(actual).toEqual(scoreOf(byItem));
        const left = suggestionsFor(catalog, intake, resolveItemAnswers(catalog, byGroup));
        expect(left.filter((suggestion) => suggestion.group === group)).toEqual([]);
        expect(left.length).toBe(suggestions.length - inGroup.length);
      }
    }
  });

  it('keep their provenance once confirmed, until someone gives the item another level', () => {
    const [first] = suggestionsFor(catalog, soc2Type2, {});
    const confirmed = confirmedAnswers({}, [first!])[first!.itemId]!;
    expect(confirmed).toEqual({ level: 3, provenance: first!.provenance });
    expect(withLevel(confirmed, 2)).toEqual({ level: 2 });
  });
});

describe('the workspace with a SOC 2 Type II intake', () => {
  let db: ReadinessDatabase | undefined;
  afterEach(async () => db?.delete());

  it('shows suggestions beside an empty score, and a confirmed group moves score and coverage', async () => {
    db = openDatabase(`suggestions-${crypto.randomUUID()}`);
    await storeBundledCatalog(db);
    const record = await createAssessment(db, { organization: 'Fabrikam', employees: 200, sector: 'Software and SaaS', intake: soc2Type2 });
    await writeSetting(db, currentAssessmentKey, record.id);
    const workspace = createWorkspace(db);
    await vi.waitFor(() => expect(workspace.suggestions.value.length).toBeGreaterThan(0));
    expect(workspace.score.value?.overall).toBeNull();
    expect(workspace.score.value?.coverage).toBe(0);

    const technological = suggestionsInGroup(workspace.suggestions.value, 'A.8');
    expect(await workspace.confirmSuggestions(technological)).toBe(true);
    await vi.waitFor(() => expect(workspace.score.value?.themes['A.8'].answered).toBe(technological.length));
    expect(workspace.score.value?.themes['A.8'].score).toBe(0.75);
    expect(workspace.suggestions.value.filter((suggestion) => suggestion.group === 'A.8')).toEqual([]);
    workspace.dispose();
  });
});

describe('writing confirmed suggestions', () => {
  let db: ReadinessDatabase | undefined;
  afterEach(async () => db?.delete());

  it('never overwrites an item answered meanwhile in another page', async () => {
    db = openDatabase(`suggestions-${crypto.randomUUID()}`);
    await saveAnswer(db, 'a1', 'A.5.15', { level: 1, note: 'typed by hand' });
    const written = await saveUnansweredOnly(db, 'a1', { 'A.5.15': { level: 3 }, 'A.8.13': { level: 3, provenance: 'Suggested from your SOC 2 Type II (A1.2)' } });
    expect(written).toEqual(['A.8.13']);
    expect(await readAnswers(db, 'a1')).toEqual({
      'A.5.15': { level: 1, note: 'typed by hand' },
      'A.8.13': { level: 3, provenance: 'Suggested from your SOC 2 Type II (A1.2)' },
    });
  });
});
