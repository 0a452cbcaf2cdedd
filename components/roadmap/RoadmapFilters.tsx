import type { PhaseId } from '../../data/cost-model';
import { phaseShort } from './roadmap-text';

/** "all", a phase id; "all", "none" (no owner named) or "owner:<name>". */
export interface RoadmapFilter {
  phase: 'all' | PhaseId;
  owner: string;
}

interface Props {
  filter: RoadmapFilter;
  phases: readonly PhaseId[];
  owners: readonly string[];
  onChange: (filter: RoadmapFilter) => void;
}

/** Narrow the roadmap to one phase and/or one owner. */
export function RoadmapFilters({ filter, phases, owners, onChange }: Props) {
  return (
    <div class="row filters" role="group" aria-label="Filter the roadmap">
      <div class="field">
        <label for="roadmap-phase">Phase</label>
        <select
          id="roadmap-phase"
          value={filter.phase}
          onChange={(event) => onChange({ ...filter, phase: event.currentTarget.value as RoadmapFilter['phase'] })}
        >
          <option value="all">All phases</option>
          {phases.map((phase) => (
            <option key={phase} value={phase}>
              {phaseShort[phase]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="roadmap-owner">Owner</label>
        <select id="roadmap-owner" value={filter.owner} onChange={(event) => onChange({ ...filter, owner: event.currentTarget.value })}>
          <option value="all">Everyone</option>
          <option value="none">No owner named</option>
          {owners.map((owner) => (
            <option key={owner} value={`owner:${owner}`}>
              {owner}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
