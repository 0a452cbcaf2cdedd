import { stageDateSentences } from '../../lib/exports/format';
import type { Roadmap } from '../../lib/roadmap';
import { useFormats } from './useFormats';

/**
 * The kickoff and the weeks of Stage 1 and Stage 2, in the words every surface and export uses; the ISO days
 * ride along as data attributes so a check can compare them with the CSV's.
 */
export function StageDates({ roadmap }: { roadmap: Pick<Roadmap, 'kickoff' | 'stages' | 'operatingFrom'> }) {
  const sentences = stageDateSentences(roadmap, useFormats());
  return (
    <ul class="stage-dates" data-testid="stage-dates" data-stage1={roadmap.stages.stage1.planned} data-stage2={roadmap.stages.stage2.planned}>
      {sentences.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}
