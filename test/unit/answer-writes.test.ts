/**
 * Two pages writing one answer (issue 16, finding 1): each page has its own connection and its own, possibly
 * stale, view of the answer; every write must change only the fields its user changed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Answer, AnswerDetails, Level } from '../../lib/answers';
import { clearAnswer, readAnswers, saveDetails, saveLevel } from '../../lib/db/answers';
import { createAssessment } from '../../lib/db/assessments';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';
import { prng } from '../fixtures/random';

let pages: ReadinessDatabase[] = [];
afterEach(async () => {
  for (const page of pages) page.close();
  if (pages[0]) await pages[0].delete();
  pages = [];
});

/** Two pages of the extension on one database, and an assessment to answer in. */
async function twoPages(): Promise<{ first: ReadinessDatabase; second: ReadinessDatabase; id: string }> {
  const name = `test-${crypto.randomUUID()}`;
  const first = openDatabase(name);
  const second = openDatabase(name);
  pages = [first, second];
  const { id } = await createAssessment(first, { organization: 'Woodgrove', employees: 40, sector: 'Finance' });
  await second.open();
  return { first, second, id };
}

const stored = async (db: ReadinessDatabase, id: string) => (await readAnswers(db, id))['A.5.1'];

describe('writes from two pages', () => {
  it('a note from one page and evidence from the other are both kept', async () => {
    const { first, second, id } = await twoPages();
    await saveLevel(first, id, 'A.5.1', 2);
    await saveDetails(first, id, 'A.5.1', { note: 'approved in March' });
    await saveDetails(second, id, 'A.5.1', { evidence: true });
    expect(await stored(second, id)).toEqual({ level: 2, note: 'approved in March', evidence: true });
  });

  it('a level from one page keeps the owner typed in the other, and the owner keeps the level', async () => {
    const { first, second, id } = await twoPages();
    await saveLevel(first, id, 'A.5.1', 1);
    await saveDetails(first, id, 'A.5.1', { owner: 'Dana', note: 'draft' });
    await saveLevel(second, id, 'A.5.1', 3);
    await saveDetails(first, id, 'A.5.1', { owner: 'Dana K' });
    expect(await stored(first, id)).toEqual({ level: 3, owner: 'Dana K', note: 'draft' });
  });

  it('started at the same moment, both writes land', async () => {
    const { first, second, id } = await twoPages();
    await saveLevel(first, id, 'A.5.1', 1);
    await Promise.all([saveLevel(second, id, 'A.5.1', 4), saveDetails(first, id, 'A.5.1', { owner: 'Dana' }), saveDetails(second, id, 'A.5.1', { note: 'n' })]);
    expect(await stored(first, id)).toEqual({ level: 4, owner: 'Dana', note: 'n' });
  });

  it('N/A keeps the details and takes the justification; a level after it drops the justification only', async () => {
    const { first, second, id } = await twoPages();
    await saveLevel(first, id, 'A.5.1', 2);
    await saveDetails(second, id, 'A.5.1', { owner: 'IT', evidence: false });
    await saveLevel(first, id, 'A.5.1', 'na', '  Fully remote  ');
    expect(await stored(second, id)).toEqual({ level: 'na', justification: 'Fully remote', owner: 'IT', evidence: false });
    await saveLevel(second, id, 'A.5.1', 'dont-know');
    expect(await stored(first, id)).toEqual({ level: 'dont-know', owner: 'IT', evidence: false });
  });

  it('details for an answer that another page cleared are refused, and nothing is created', async () => {
    const { first, second, id } = await twoPages();
    await saveLevel(first, id, 'A.5.1', 2);
    await clearAnswer(second, id, 'A.5.1');
    expect(await saveDetails(first, id, 'A.5.1', { note: 'late' })).toBe(false);
    expect(await stored(first, id)).toBeUndefined();
  });

  it('any interleaving ends with each field as its last writer left it', async () => {
    const random = prng(1601);
    const levels: Level[] = [0, 1, 2, 3, 4, 'dont-know'];
    for (let round = 0; round < 6; round++) {
      const { first, second, id } = await twoPages();
      await saveLevel(first, id, 'A.5.1', 0);
      const expected: Answer = { level: 0 };
      for (let step = 0; step < 20; step++) {
        const page = random() < 0.5 ? first : second;
        const pick = random();
        if (pick < 0.25) {
          const level = levels[Math.floor(random() * levels.length)]!;
          await saveLevel(page, id, 'A.5.1', level);
          expected.level = level;
        } else {
          const field = (['note', 'evidence', 'owner'] as const)[Math.floor(random() * 3)]!;
          const details: AnswerDetails = field === 'evidence' ? { evidence: random() < 0.5 } : { [field]: `${field} ${step}` };
          await saveDetails(page, id, 'A.5.1', details);
          Object.assign(expected, details);
        }
      }
      expect(await stored(first, id), `round ${round}`).toEqual(expected);
      for (const page of pages) page.close();
      await first.delete();
    }
  });
});
