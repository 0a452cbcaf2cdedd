import type { Stage2Finding } from '../../lib/verdict';
import { LevelTag } from '../ui/LevelTag';
import { GradeTag } from './GradeTag';

/** One item below its target: id and title, its level, how an auditor would likely grade it, and why. */
export function FindingRow({ finding }: { finding: Pick<Stage2Finding, 'itemId' | 'title' | 'level' | 'grade' | 'reason'> }) {
  return (
    <li>
      <strong>
        {finding.itemId} {finding.title}
      </strong>{' '}
      <LevelTag level={finding.level} /> <GradeTag grade={finding.grade} />
      <div class="hint">{finding.reason}</div>
    </li>
  );
}
