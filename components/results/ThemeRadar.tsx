import type { ThemeGroupId } from '../../lib/item-ids';
import type { GroupScore } from '../../lib/scoring';
import { percent } from '../ui/format';

interface Props {
  themes: Record<ThemeGroupId, GroupScore>;
  /** A second assessment drawn dashed on the same axes, for comparison. */
  compareWith?: Record<ThemeGroupId, GroupScore>;
}

const size = 220;
const centre = size / 2;
const radius = 80;
const axes: ThemeGroupId[] = ['A.5', 'A.6', 'A.7', 'A.8'];

function point(axis: number, share: number): [number, number] {
  const angle = -Math.PI / 2 + (axis * Math.PI) / 2;
  return [centre + Math.cos(angle) * radius * share, centre + Math.sin(angle) * radius * share];
}

function polygon(themes: Record<ThemeGroupId, GroupScore>): string {
  return axes.map((theme, axis) => point(axis, themes[theme].score ?? 0).join(',')).join(' ');
}

/** The four Annex A themes on four axes, 0 % at the centre and 100 % at the edge. */
export function ThemeRadar({ themes, compareWith }: Props) {
  const description = axes.map((theme) => `${theme} ${percent(themes[theme].score)}`).join(', ');
  return (
    <svg class="radar" viewBox={`-50 0 ${size + 100} ${size}`} width={size + 100} height={size} role="img" aria-label={`Annex A themes: ${description}`}>
      {[0.25, 0.5, 0.75, 1].map((ring) => (
        <polygon key={ring} class="grid" points={axes.map((_, axis) => point(axis, ring).join(',')).join(' ')} />
      ))}
      {axes.map((_, axis) => {
        const [x, y] = point(axis, 1);
        return <line key={axis} class="grid" x1={centre} y1={centre} x2={x} y2={y} stroke="currentColor" />;
      })}
      {compareWith && <polygon class="shape-b" points={polygon(compareWith)} />}
      <polygon class="shape" points={polygon(themes)} />
      {axes.map((theme, axis) => {
        const [x, y] = point(axis, 1.22);
        return (
          <text key={theme} x={x} y={y + 4} text-anchor="middle">
            {theme} {percent(themes[theme].score)}
          </text>
        );
      })}
    </svg>
  );
}
