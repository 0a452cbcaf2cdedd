import type { FindingGrade } from '../../lib/scoring';
import { findingGradeWords } from '../../lib/findings';

/** How an auditor would likely grade a finding: a likely view, said as such. */
export function GradeTag({ grade }: { grade: FindingGrade }) {
  return <span class={`level-tag grade-${grade}`}>{findingGradeWords[grade]}</span>;
}
