import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RoadmapGantt } from '../../components/roadmap/RoadmapGantt';
import { SoaTable } from '../../components/deliverables/SoaTable';
import { TaskList } from '../../components/roadmap/TaskList';
import { dayLabel } from '../../components/roadmap/roadmap-text';
import { formatsFor } from '../../lib/locale/formats';
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
  it('keeps a roadmap of 100+ tasks to one row per workstream, with every unknown in the gap analysis', () => {
    const { roadmap } = largestRoadmap();
    const shown = new Set(roadmap.tasks.map((task) => task.id));
    const { container } = render(<RoadmapGantt roadmap={roadmap} phases={fixtureEstimate.phases} shown={shown} />);
    const chart = screen.getByRole('img');
    // Four weeks of gap analysis (123 half days over the team's 18 a week) before the scope work starts.
    expect(chart.getAttribute('aria-label')).toMatch(/^Roadmap chart: 123 tasks in 12 workstreams over 56 weeks, in four phases: Design Jan 4, 2027 – /);
    expect(chart.getAttribute('aria-label')).toContain(`Stage 2 in the week of Jan 24, 2028`);
    const rows = [...container.querySelectorAll('.gantt-row')];
    expect(rows.map((row) => row.getAttribute('data-workstream'))).toEqual(roadmap.workstreams.map((workstream) => workstream.id));
    expect(rows[0]!.querySelector('.gantt-label')!.textContent).toBe('1. Complete the gap analysis');
    expect(rows[0]!.querySelectorAll('.gantt-task')).toHaveLength(123);
    // Nothing else has a task yet, only the days held for what the gap analysis will find.
    expect(container.querySelectorAll('.gantt-bar.held')).toHaveLength(11);
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(container.querySelectorAll('.gantt-diamond')).toHaveLength(2);
    expect(container.querySelectorAll('.gantt-band')).toHaveLength(4);
  });

  it('opens a workstream to its tasks and closes it again', () => {
    const { roadmap } = fixtureReport();
    const shown = new Set(roadmap.tasks.map((task) => task.id));
    render(<RoadmapGantt roadmap={roadmap} phases={fixtureEstimate.phases} shown={shown} />);
    const toggle = screen.getByRole('button', { name: /^\d+\. Technological controls$/ });
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect([toggle.getAttribute('aria-expanded'), list.hidden]).toEqual(['false', true]);
    fireEvent.click(toggle);
    expect([toggle.getAttribute('aria-expanded'), list.hidden]).toEqual(['true', false]);
    const technological = roadmap.workstreams.find((workstream) => workstream.id === 'technological-controls')!;
    expect([...list.querySelectorAll('[data-task]')].map((row) => row.getAttribute('data-task'))).toEqual(technological.taskIds);
    fireEvent.click(toggle);
    expect(list.hidden).toBe(true);
  });

  it('draws only the tasks the filters let through, dims the workstreams left empty and says so', () => {
    const { roadmap } = largestRoadmap();
    const shown = new Set(roadmap.tasks.filter((task) => task.itemIds.some((id) => id.startsWith('4.'))).map((task) => task.id));
    const { container } = render(<RoadmapGantt roadmap={roadmap} phases={fixtureEstimate.phases} shown={shown} />);
    expect(container.querySelectorAll('.gantt-task')).toHaveLength(shown.size);
    expect(container.querySelectorAll('.gantt-row.dimmed')).toHaveLength(13);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(`The filters show ${shown.size} of 125 tasks and milestones.`);
    expect(screen.getByText('The filters leave out 119 of its 123 tasks.')).toBeTruthy();
  });

  it.each<[string, number, string]>([
    ['en-US', 12.5, '12.5'],
    ['en-US', 1234.25, '1,234.3'],
    ['de-DE', 12.5, '12,5'],
    ['de-DE', 1234.25, '1.234,3'],
    ['fr-FR', 0.5, '0,5'],
  ])('writes person-days in the page formats (%s): %f as %s', (locale, days, expected) => {
    expect(dayLabel(days, formatsFor({ locale, currency: 'EUR' })).replace(/[\u00a0\u202f]/g, ' ')).toBe(expected);
  });
});

describe('TaskList', () => {
  it('lists every task shown, grouped under its workstream in build order', () => {
    const { catalog, roadmap } = fixtureReport();
    const shown = new Set(roadmap.tasks.map((task) => task.id));
    const { container } = render(<TaskList roadmap={roadmap} catalog={catalog} shown={shown} />);
    const rows = [...container.querySelectorAll('tr[data-task]')].map((row) => row.getAttribute('data-task'));
    expect(rows).toEqual(roadmap.tasks.map((task) => task.id));
    expect([...container.querySelectorAll('tbody')].map((group) => group.getAttribute('data-workstream'))).toEqual(
      roadmap.workstreams.filter((workstream) => workstream.taskIds.length > 0).map((workstream) => workstream.id),
    );
    expect(container.querySelector('tbody')!.getAttribute('data-workstream')).toBe('gap-analysis');
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
