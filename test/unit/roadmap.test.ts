import { describe, expect, it } from 'vitest';
import { effortDays } from '../../data/answer-scale';
import { phaseIds } from '../../data/cost-model';
import { clauseActions, roadmapSteps } from '../../data/roadmap-steps';
import type { Answers, Level } from '../../lib/answers';
import { loadCatalog } from '../../lib/catalog';
import { estimate, referenceProfile, defaultAssumptions, type EstimateInput } from '../../lib/estimate';
import { buildRoadmap, findOutDays, type Roadmap, type RoadmapOptions } from '../../lib/roadmap';
import { scoreAssessment } from '../../lib/scoring';
import { prng } from '../fixtures/random';

const catalog = loadCatalog();
const reference = estimate(referenceProfile(defaultAssumptions));
const allIds = catalog.items.map((item) => item.id);
const kickoff = new Date(Date.UTC(2027, 0, 4));

function answersOf(levels: Record<string, Level>): Answers {
  return Object.fromEntries(Object.entries(levels).map(([id, level]) => [id, level === 'na' ? { level, justification: 'Not used.' } : { level }]));
}

const allAt = (level: Level, ids = allIds): Record<string, Level> => Object.fromEntries(ids.map((id) => [id, level]));

function roadmapOf(levels: Record<string, Level>, options?: RoadmapOptions, plan = reference): Roadmap {
  const answers = answersOf(levels);
  return buildRoadmap(catalog, answers, scoreAssessment(catalog, answers), plan, { ...options, kickoff });
}

const itemTasks = (roadmap: Roadmap) => roadmap.tasks.filter((task) => task.kind !== 'milestone');

describe('build steps (data/roadmap-steps.ts)', () => {
  it('puts every catalog item in exactly one step, and names no other', () => {
    const listed = roadmapSteps.flatMap((step) => step.items);
    expect([...listed].sort()).toEqual([...allIds].sort());
  });

  it('only needs steps that come earlier, and ends with the two audit milestones', () => {
    for (const [at, step] of roadmapSteps.entries()) {
      for (const need of step.needs) expect(roadmapSteps.findIndex((other) => other.id === need), `${step.id} needs ${need}`).toBeLessThan(at);
    }
    const actual = roadmapSteps.filter((step) => step.milestone).map((step) => [step.id, step.items.length]);
    expect(actual).toEqual([['stage1', 0], ['stage2', 0]]);
    expect(roadmapSteps.slice(-2).every((step) => step.milestone)).toBe(true);
  });

  it('runs through the estimate phases in their order, never going back to an earlier one', () => {
    const actual = roadmapSteps.map((step) => phaseIds.indexOf(step.phase));
    expect(actual).toEqual([...actual].sort((a, b) => a - b));
  });

  it('has a plain action for every clause requirement and for nothing else', () => {
    const clauseIds = catalog.items.filter((item) => item.kind === 'clause').map((item) => item.id);
    expect(Object.keys(clauseActions).sort()).toEqual([...clauseIds].sort());
  });
});

describe('tasks', () => {
  it('has only the two milestones when every item is at target: the lead time, Stage 1, time to close findings, Stage 2', () => {
    const actual = roadmapOf(allAt(3)).tasks.map((task) => [task.id, task.phase, task.startWeek, task.endWeek, task.startDate, task.dependsOn]);
    expect(actual).toEqual([
      ['milestone:stage1', 'audits', 4, 5, '2027-02-01', []],
      ['milestone:stage2', 'audits', 13, 14, '2027-04-05', ['milestone:stage1']],
    ]);
  });

  it.each<[string, Record<string, Level>, RoadmapOptions, Array<[string, string, string, number, string]>]>([
    ['scope at 0: a Stage 1 blocker, in plain words', { ...allAt(3), '4.3': 0 }, {},
      [['close:4.3', 'close-gap', 'Write and approve the ISMS scope', effortDays.S, 'stage1-blocker']]],
    ['risk assessment method (L) at 2: a third of the work left', { ...allAt(3), '6.1.2': 2 }, {},
      [['close:6.1.2', 'close-gap', 'Define the risk assessment method and risk acceptance criteria', 5, 'mandatory']]],
    ['backup (M) at 1: two thirds of 6 days', { ...allAt(3), 'A.8.13': 1 }, {},
      [['close:A.8.13', 'close-gap', 'Write down and formalise: Information backup', 4, 'control']]],
    ['contact with authorities (S) at 2: rounded up to half a day', { ...allAt(3), 'A.5.5': 2 }, {},
      [['close:A.5.5', 'close-gap', 'Operate and keep records for: Contact with authorities', 0.5, 'control']]],
    ["backup not known: find out", { ...allAt(3), 'A.8.13': 'dont-know' }, {},
      [['find-out:A.8.13', 'find-out', 'Find out where things stand: Information backup', findOutDays, 'control']]],
    ['backup unanswered: assess', Object.fromEntries(Object.entries(allAt(3)).filter(([id]) => id !== 'A.8.13')), {},
      [['find-out:A.8.13', 'find-out', 'Assess (not answered yet): Information backup', findOutDays, 'control']]],
    ['backup not applicable: no task', { ...allAt(3), 'A.8.13': 'na' }, {}, []],
    ['N/A on clause 9.1, which cannot be: assess it', { ...allAt(3), '9.1': 'na' }, {},
      [['find-out:9.1', 'find-out', 'Assess (not answered yet): Monitoring, measurement, analysis and evaluation', findOutDays, 'stage1-blocker']]],
    ['target 4 for backup only', { ...allAt(3), 'A.8.13': 3 }, { targets: { 'A.8.13': 4 } },
      [['close:A.8.13', 'close-gap', 'Make audit-ready: Information backup', 2, 'control']]],
    ['target 2 everywhere: a level-2 item is done', { ...allAt(2), 'A.8.13': 1 }, { targetLevel: 2 },
      [['close:A.8.13', 'close-gap', 'Write down and formalise: Information backup', 2, 'control']]],
  ])('%s', (_, levels, options, expected) => {
    const actual = itemTasks(roadmapOf(levels, options)).map((task) => [task.id, task.kind, task.title, task.effortDays, task.tier]);
    expect(actual).toEqual(expected);
  });

  it('takes the owner from the answer, ignoring a blank one', () => {
    const answers: Answers = { ...answersOf(allAt(3)), '4.3': { level: 1, owner: '  Dana (CISO) ' }, '5.2': { level: 1, owner: ' ' } };
    const roadmap = buildRoadmap(catalog, answers, scoreAssessment(catalog, answers), reference);
    const actual = itemTasks(roadmap).map((task) => [task.id, task.owner]);
    expect(actual).toEqual([['close:4.3', 'Dana (CISO)'], ['close:5.2', undefined]]);
  });
});

describe('order and dependencies', () => {
  it('puts Stage 1 blockers first inside a step, then clauses, then controls by weight × gap', () => {
    const levels: Record<string, Level> = { ...allAt(3), 'A.5.4': 0, 'A.5.2': 1, '5.1': 0, '7.1': 2, '5.2': 1, '7.5.1': 'dont-know' };
    const actual = roadmapOf(levels).tasks.map((task) => task.id);
    // 7.5.1 not known is a worse Stage 1 blocker than 5.2 at 1; A.5.4 (weight 2 × gap 3) before A.5.2 (2 × 2).
    expect(actual).toEqual([
      'find-out:7.5.1', 'close:5.2', 'close:5.1', 'close:7.1', 'close:A.5.4', 'close:A.5.2', 'milestone:stage1', 'milestone:stage2',
    ]);
    expect(roadmapOf(levels).tasks.map((task) => task.priority)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('follows the build order, not severity: a scope gap at 2 comes before a control at 0', () => {
    const actual = roadmapOf({ ...allAt(3), 'A.8.8': 0, '4.2': 2 }).tasks.map((task) => task.id);
    expect(actual.slice(0, 2)).toEqual(['close:4.2', 'close:A.8.8']);
  });

  it('passes a dependency through a step without tasks', () => {
    const roadmap = roadmapOf({ ...allAt(3), '4.1': 1, '4.2': 0, '8.2': 1, 'A.8.13': 0, '9.2.1': 2 });
    const actual = Object.fromEntries(roadmap.tasks.map((task) => [task.id, task.dependsOn]));
    expect(actual).toEqual({
      'close:4.2': [],
      'close:4.1': [],
      'close:8.2': ['close:4.2', 'close:4.1'],
      'close:A.8.13': ['close:8.2'],
      'close:9.2.1': ['close:A.8.13'],
      'milestone:stage1': ['close:4.2', 'close:4.1', 'close:8.2', 'close:A.8.13', 'close:9.2.1'],
      'milestone:stage2': ['close:4.2', 'close:4.1', 'close:8.2', 'close:A.8.13', 'close:9.2.1', 'milestone:stage1'],
    });
  });

  it('schedules each step after the steps it needs, in whole weeks, with three months of operation before the internal audit', () => {
    const roadmap = roadmapOf(allAt(0));
    for (const [at, step] of roadmap.steps.entries()) {
      const next = roadmap.steps[at + 1];
      if (next) expect(next.startWeek, `${next.id} after ${step.id}`).toBeGreaterThanOrEqual(step.endWeek);
      expect(Number.isInteger(step.startWeek) && Number.isInteger(step.endWeek), step.id).toBe(true);
    }
    const week = (id: string) => roadmap.steps.find((step) => step.id === id)!;
    expect(week('internal-audit').startWeek - week('operation').startWeek).toBeGreaterThanOrEqual(13);
    expect(roadmap.operatingFrom).toBe(week('operation').startDate);
    expect([roadmap.tasks[0]!.startWeek, roadmap.steps.at(-1)!.endWeek]).toEqual([0, roadmap.weeks]);
    expect(roadmap.effortDays).toBe(roadmap.tasks.reduce((sum, task) => sum + task.effortDays, 0));
  });
});

const random = prng(27001);
const pickFrom = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

function randomLevels(): Record<string, Level> {
  const density = random();
  const levels: Record<string, Level> = {};
  for (const id of allIds) {
    if (random() > density) continue;
    const roll = random();
    levels[id] = roll < 0.1 ? 'dont-know' : roll < 0.2 ? 'na' : pickFrom([0, 1, 2, 3, 4] as const);
  }
  return levels;
}

function randomEstimateInput(): EstimateInput {
  return {
    employees: 1 + Math.floor(random() ** 3 * 20_000),
    maturity: random() < 0.5 ? random() : pickFrom(['mature', 'moderate', 'scratch'] as const),
    sites: 1 + Math.floor(random() * 12),
    approach: pickFrom(['consultant', 'vciso', 'in-house'] as const),
  };
}

const cases = Array.from({ length: 250 }, () => ({ levels: randomLevels(), plan: estimate(randomEstimateInput()), target: pickFrom([3, 3, 4] as const) }));

describe('properties over 250 random answer sets and estimates', () => {
  // The strict reading: a task starts only once every task it depends on has ended, because each build step
  // consumes its predecessor's results (the SoA needs the finished risk assessment, an audit needs records).
  it('never starts a task before every task it depends on has ended', () => {
    const violations: string[] = [];
    for (const { levels, plan, target } of cases) {
      const roadmap = roadmapOf(levels, { targetLevel: target }, plan);
      const byId = new Map(roadmap.tasks.map((task) => [task.id, task]));
      for (const task of roadmap.tasks) {
        for (const id of task.dependsOn) {
          const dependency = byId.get(id);
          if (!dependency || dependency.priority >= task.priority) violations.push(`${task.id} depends on later ${id}`);
          else if (task.startWeek < dependency.endWeek) violations.push(`${task.id} starts before ${id} ends`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps every task inside the timeline, in its phase, and ranks priorities 1…n in order', () => {
    const violations: string[] = [];
    for (const { levels, plan, target } of cases) {
      const roadmap = roadmapOf(levels, { targetLevel: target }, plan);
      if (roadmap.steps.at(-1)!.endWeek !== roadmap.weeks) violations.push(`timeline ${roadmap.weeks}`);
      for (const [at, task] of roadmap.tasks.entries()) {
        if (task.priority !== at + 1) violations.push(`${task.id} priority ${task.priority} at ${at}`);
        if (!(task.startWeek >= 0 && task.startWeek <= task.endWeek && task.endWeek <= roadmap.weeks && task.startDate <= task.endDate)) {
          violations.push(`${task.id} at ${task.startWeek}–${task.endWeek} of ${roadmap.weeks}`);
        }
        if (task.phase !== roadmapSteps.find((step) => step.id === task.step)!.phase) violations.push(`${task.id} phase`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('turns every gap into exactly one task, and nothing else', () => {
    for (const { levels, plan, target } of cases) {
      const roadmap = roadmapOf(levels, { targetLevel: target }, plan);
      const expected = catalog.items
        .filter((item) => {
          const level = levels[item.id];
          if (level === 'na') return item.kind === 'clause';
          return typeof level !== 'number' || level < target;
        })
        .map((item) => item.id);
      const actual = roadmap.tasks.flatMap((task) => task.itemIds);
      expect([...actual].sort()).toEqual([...expected].sort());
      expect(roadmap.tasks.filter((task) => task.kind === 'milestone')).toHaveLength(2);
    }
  });

  it('puts Stage 1 blockers first inside each step, and follows the build order', () => {
    for (const { levels, plan } of cases.slice(0, 50)) {
      const roadmap = roadmapOf(levels, {}, plan);
      const stepOrder = roadmap.tasks.map((task) => roadmapSteps.findIndex((step) => step.id === task.step));
      expect(stepOrder).toEqual([...stepOrder].sort((a, b) => a - b));
      for (const step of roadmap.steps) {
        const tiers = roadmap.tasks.filter((task) => task.step === step.id).map((task) => task.tier);
        const firstOther = tiers.findIndex((tier) => tier !== 'stage1-blocker');
        if (firstOther >= 0) expect(tiers.slice(firstOther), step.id).not.toContain('stage1-blocker');
      }
    }
  });

  it('is deterministic', () => {
    for (const { levels, plan } of cases.slice(0, 50)) expect(roadmapOf(levels, {}, plan)).toEqual(roadmapOf(levels, {}, plan));
  });
});
