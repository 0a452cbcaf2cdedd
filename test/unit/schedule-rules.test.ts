import { describe, expect, it } from 'vitest';
import { roadmapSteps } from '../../data/roadmap-steps';
import type { Answers, Level } from '../../lib/answers';
import { loadCatalog } from '../../lib/catalog';
import type { EstimateInput } from '../../lib/estimate';
import { planAssessment } from '../../lib/roadmap';
import { dateAtWeek, halfMonths, scheduleRules, scheduleWork, type StepWork } from '../../lib/schedule';
import { scoreAssessment } from '../../lib/scoring';

const { earliest, planned } = scheduleRules.paces;
const catalog = loadCatalog();

/** Every build step, with the person-days given for some of them. */
function work(efforts: Partial<Record<(typeof roadmapSteps)[number]['id'], readonly number[]>>): StepWork[] {
  return roadmapSteps.map((step) => ({ id: step.id, needs: step.needs, efforts: efforts[step.id] ?? [] }));
}

const span = (schedule: ReturnType<typeof scheduleWork>, id: string) => {
  const step = schedule.steps.find((candidate) => candidate.id === id)!;
  return [step.startWeek, step.endWeek];
};

describe('scheduleWork', () => {
  it.each([
    ['earliest', earliest, [2, 3], [7, 8]],
    ['planned', planned, [4, 5], [13, 14]],
  ] as const)('with nothing left to build, the %s pace goes straight to the audits', (_name, pace, stage1, stage2) => {
    const schedule = scheduleWork(work({}), { pace });
    expect([span(schedule, 'stage1'), span(schedule, 'stage2'), schedule.weeks, schedule.operatingFrom]).toEqual([stage1, stage2, stage2[1], null]);
  });

  it('an ISMS that already operates needs no new operating window before its internal audit', () => {
    const schedule = scheduleWork(work({ 'internal-audit': [4, 2], 'management-review': [2] }), { pace: planned });
    expect([span(schedule, 'internal-audit'), span(schedule, 'management-review'), schedule.operatingFrom]).toEqual([[0, 2], [2, 4], null]);
  });

  it('after building work, three months of operation with records come before the internal audit', () => {
    const schedule = scheduleWork(work({ controls: [6, 6, 6], 'internal-audit': [4] }), { pace: planned });
    expect(span(schedule, 'controls')).toEqual([0, 2]);
    expect(span(schedule, 'operation')).toEqual([2, 2 + scheduleRules.operationWeeks]);
    expect(span(schedule, 'internal-audit')[0]! - schedule.operatingFrom!).toBe(scheduleRules.operationWeeks);
  });

  it.each([
    ['a small step takes the least a step takes', { scope: [0.5] }, 'scope', [0, planned.minimumStepWeeks]],
    ['a step takes its effort over the team', { scope: [9, 9, 9, 9, 9, 9, 9, 9, 9, 9] }, 'scope', [0, Math.ceil(90 / planned.teamDaysPerWeek)]],
    ['one large task cannot be split', { scope: [30] }, 'scope', [0, Math.ceil(30 / planned.personDaysPerWeek)]],
    ['steps follow the steps they need', { scope: [0.5], leadership: [0.5] }, 'leadership', [2, 4]],
  ] as const)('%s', (_name, efforts, id, expected) => {
    expect(span(scheduleWork(work(efforts), { pace: planned }), id)).toEqual(expected);
  });

  it("adds the approach's extra weeks to the last building step", () => {
    const without = scheduleWork(work({ scope: [0.5], controls: [1] }), { pace: planned });
    const extra = scheduleWork(work({ scope: [0.5], controls: [1] }), { pace: planned, extraBuildWeeks: 4.3 });
    expect([span(without, 'controls'), span(extra, 'controls'), extra.weeks - without.weeks]).toEqual([[2, 4], [2, 9], 5]);
  });

  it('places tasks inside their step, and every task after the steps it needs', () => {
    const schedule = scheduleWork(work({ scope: [1, 2, 3, 4], leadership: [5] }), { pace: earliest });
    const [scope, leadership] = ['scope', 'leadership'].map((id) => schedule.steps.find((step) => step.id === id));
    for (const task of scope!.tasks) expect(task.startWeek >= scope!.startWeek && task.endWeek <= scope!.endWeek).toBe(true);
    expect(leadership!.tasks[0]!.startWeek).toBeGreaterThanOrEqual(scope!.endWeek);
  });
});

describe('workstreams inside a step', () => {
  const step = (efforts: readonly number[], streams?: readonly number[]): StepWork[] =>
    work({}).map((entry) => (entry.id === 'controls' ? { ...entry, efforts, ...(streams ? { streams } : {}) } : entry));
  const tasksOf = (schedule: ReturnType<typeof scheduleWork>) => schedule.steps.find((entry) => entry.id === 'controls')!.tasks;

  it('lets each workstream run in lanes of its own, side by side, in the same weeks the step takes', () => {
    const efforts = [4, 4, 4, 4, 2, 2];
    const together = scheduleWork(step(efforts), { pace: planned });
    const split = scheduleWork(step(efforts, [0, 0, 0, 0, 1, 2]), { pace: planned });
    expect(span(split, 'controls')).toEqual(span(together, 'controls'));
    expect(split.weeks).toBe(together.weeks);
    const [first, second, third, fourth, fifth, sixth] = tasksOf(split);
    // Stream 0 has one lane: its four tasks follow one another; streams 1 and 2 start with the step.
    expect([second!.startWeek, third!.startWeek, fourth!.startWeek]).toEqual([first!.endWeek, second!.endWeek, third!.endWeek]);
    expect(fourth!.endWeek).toBe(span(split, 'controls')[1]);
    expect([fifth!.startWeek, sixth!.startWeek]).toEqual([span(split, 'controls')[0], span(split, 'controls')[0]]);
  });

  it('gives one workstream every lane', () => {
    const placed = tasksOf(scheduleWork(step([4, 4, 4], [5, 5, 5]), { pace: planned }));
    expect(placed.map((task) => task.startWeek)).toEqual([0, 0, 0]);
  });
});

describe('weeks on the calendar', () => {
  it.each([
    [0, 0],
    [13, 3],
    [52, 12],
    [49, 11.5],
  ])('%i weeks read as %f months', (weeks, months) => {
    expect(halfMonths(weeks)).toBe(months);
  });

  it('counts weeks in days from the kickoff, in UTC', () => {
    const kickoff = new Date(Date.UTC(2027, 0, 4));
    expect([dateAtWeek(kickoff, 0), dateAtWeek(kickoff, 13), dateAtWeek(kickoff, 0.5)].map((date) => date.toISOString().slice(0, 10))).toEqual([
      '2027-01-04',
      '2027-04-05',
      '2027-01-08',
    ]);
  });
});

const allAt = (level: Level, except: Record<string, Level> = {}): Answers =>
  Object.fromEntries(catalog.items.map((item) => [item.id, { level: except[item.id] ?? level }]));
const auditAndReview = Object.fromEntries(['9.2.1', '9.2.2', '9.3.1', '9.3.2', '9.3.3'].map((id) => [id, 1 as Level]));

describe('months from the work that remains', () => {
  it.each<[string, Answers, Omit<EstimateInput, 'maturity'> & { maturity?: EstimateInput['maturity'] }, [number, number]]>([
    ["the guide's organization with every item half done (level 2)", allAt(2), { employees: 250 }, [8, 11.5]],
    ['the same, built from nothing (level 0)', allAt(0), { employees: 250 }, [12, 16.5]],
    ['a 10-person startup at level 0', allAt(0), { employees: 10 }, [8.5, 12.5]],
    ['only internal audit and management review missing', allAt(3, auditAndReview), { employees: 250 }, [2.5, 4]],
    ['everything in place: only the audits', allAt(3), { employees: 250 }, [2, 3]],
    // Its gap analysis (123 items to find out) comes first, before the work each item will likely need.
    ['a mature organization that answered nothing yet', {}, { employees: 250, maturity: 'mature' }, [7.5, 11]],
    ['level 2 everywhere, in-house without a consultant', allAt(2), { employees: 250, approach: 'in-house' }, [9, 13.5]],
  ])('%s: %o', (_name, answers, input, [low, high]) => {
    const score = scoreAssessment(catalog, answers);
    const plan = planAssessment({
      catalog,
      answers,
      score,
      input: { maturity: score.overall ?? 'moderate', ...input },
      kickoff: new Date(Date.UTC(2027, 0, 4)),
    });
    expect(plan.estimate.months).toEqual({ low, high });
  });
});
