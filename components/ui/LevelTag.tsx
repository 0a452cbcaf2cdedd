import { maturityLevels } from '../../data/answer-scale';
import type { BlockingLevel } from '../../lib/scoring';

const words: Record<string, string> = { 'dont-know': "don't know", unanswered: 'no answer' };

/** The level a finding stands at, in words. */
export function LevelTag({ level }: { level: BlockingLevel }) {
  const text = typeof level === 'number' ? `${level} ${maturityLevels[level].label.toLowerCase()}` : words[level];
  return <span class="level-tag">{text}</span>;
}
