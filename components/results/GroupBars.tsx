import type { Catalog } from '../../lib/catalog';
import type { GroupScore } from '../../lib/scoring';
import { percent } from '../ui/format';

interface Props {
  label: string;
  catalog: Catalog;
  groups: Record<string, GroupScore>;
}

/** One bar per clause or theme: the score, with its coverage beside it. */
export function GroupBars({ label, catalog, groups }: Props) {
  return (
    <ul class="bars" aria-label={label}>
      {Object.entries(groups).map(([id, group]) => {
        const title = catalog.groups.find((candidate) => candidate.id === id)?.title ?? id;
        return (
          <li key={id} data-group={id}>
            <span>
              {/^\d/.test(id) ? `Clause ${id}` : id} {title}
            </span>
            <span class="track" aria-hidden="true">
              <span class="fill" style={{ width: `${(group.score ?? 0) * 100}%`, display: 'block' }} />
            </span>
            <span class="value">
              <strong>{percent(group.score)}</strong> <span class="hint">· {percent(group.coverage)} covered</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
