import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RoadmapGantt } from '../../components/roadmap/RoadmapGantt';
import { SoaTable } from '../../components/deliverables/SoaTable';
import { TaskList } from '../../components/roadmap/TaskList';
import { loadCatalog } from '../../lib/catalog';
import { buildSoa, missingJustification } from '../../lib/exports/soa';
import { buildRoadmap } from '../../lib/roadmap';
import { scoreAssessment } from '../../lib/scoring';
import { fixtureEstimate, fixtureKickoff, fixtureReport } from '../fixtures/report';

afterEach(cleanup);

/** Nothing answered: every one of the 123 items becomes a task, the largest roadmap there is. */
function largestRoadmap() {
  const catalog = loadCatalog();
  const roadmap = buildRoadmap(catalog, {}, scoreAssessment(catalog, {}), fixtureEstimate, { kickoff: fixtureKickoff });
  return { catalog, roadmap };
}

describe('RoadmapGantt', () => {
  it('keeps a roadmap of 100+ tasks to one row per build step, with a bar per task', () => {
    const { roadmap } = largestRoadmap();
    const shown = new Set(roadmap.tasks.map((task) => task.id));
    const { container } = render(<RoadmapGantt roadmap={roadmap} phases={fixtureEstimate.phases} shown={shown} />);
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toMatch(/^Roadmap chart: 123 tasks in 9 build steps over 52 weeks, in four phases: Design Jan 4, 2027 – /);
    expect(chart.getAttribute('aria-label')).toContain(`Stage 2 in the week of Dec 27, 2027`);
    expect(container.querySelectorAll('.gantt-row')).toHaveLength(11);
    expect(container.querySelectorAll('.gantt-task')).toHaveLength(123);
    expect(container.querySelectorAll('.gantt-diamond')).toHaveLength(2);
    expect(container.querySelectorAll('.gantt-phase')).toHaveLength(4);
  });

  it('draws only the tasks the filters let through, dims the steps left empty and says so', () => {
    const { roadmap } = largestRoadmap();
    const shown = new Set(roadmap.tasks.filter((task) => task.step === 'scope').map((task) => task.id));
    const { container } = render(<RoadmapGantt roadmap={roadmap} phases={fixtureEstimate.phases} shown={shown} />);
    expect(container.querySelectorAll('.gantt-task')).toHaveLength(shown.size);
    expect(container.querySelectorAll('.gantt-row.dimmed')).toHaveLength(10);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(`The filters show ${shown.size} of 125 tasks and milestones.`);
  });
});

describe('TaskList', () => {
  it('lists every task shown, grouped under its build step in build order', () => {
    const { catalog, roadmap } = largestRoadmap();
    const shown = new Set(roadmap.tasks.map((task) => task.id));
    const { container } = render(<TaskList roadmap={roadmap} catalog={catalog} shown={shown} />);
    const rows = [...container.querySelectorAll('tr[data-task]')].map((row) => row.getAttribute('data-task'));
    expect(rows).toEqual(roadmap.tasks.map((task) => task.id));
    expect([...container.querySelectorAll('tbody')].map((group) => group.getAttribute('data-step'))).toEqual(
      roadmap.steps.filter((step) => step.taskIds.length > 0).map((step) => step.id),
    );
  });

  it('says so when no task matches', () => {
    const { catalog, roadmap } = largestRoadmap();
    render(<TaskList roadmap={roadmap} catalog={catalog} shown={new Set()} />);
    expect(screen.getByText('No task matches these filters.')).toBeTruthy();
  });
});

describe('SoaTable', () => {
  it('shows all 93 controls, and names every control marked not applicable without a justification', () => {
    const { catalog, answers } = fixtureReport();
    const soa = buildSoa(catalog, { ...answers, 'A.6.7': { level: 'na' } });
    expect(soa.find((row) => row.id === 'A.6.7')?.justification).toBe(missingJustification);
    const { container } = render(<SoaTable soa={soa} />);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(93);
    expect(screen.getByTestId('soa-missing').textContent).toContain('1 control is marked not applicable without a justification: A.6.7.');
    expect(container.querySelector('tr[data-control="A.6.7"]')?.className).toBe('missing');
    expect(container.querySelector('tr[data-control="A.7.5"]')?.className).toBe('excluded');

    fireEvent.click(screen.getByLabelText('Show only controls that lack a justification'));
    expect([...container.querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-control'))).toEqual(['A.6.7']);
  });

  it('says all is well when every exclusion is justified', () => {
    const { catalog, answers } = fixtureReport();
    render(<SoaTable soa={buildSoa(catalog, answers)} />);
    expect(screen.queryByTestId('soa-missing')).toBeNull();
    expect(screen.getByText('Every control marked not applicable has a justification.')).toBeTruthy();
  });
});
