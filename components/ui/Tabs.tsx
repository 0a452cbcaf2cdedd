import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

interface Props<T extends string> {
  label: string;
  tabs: ReadonlyArray<{ id: T; label: string }>;
  selected: T;
  onSelect: (id: T) => void;
  children: ComponentChildren;
}

/** Accessible tabs: arrow keys move between tabs, Tab moves into the panel. */
export function Tabs<T extends string>({ label, tabs, selected, onSelect, children }: Props<T>) {
  const list = useRef<HTMLDivElement>(null);
  function onKeyDown(event: KeyboardEvent) {
    const at = tabs.findIndex((tab) => tab.id === selected);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    // Arrows here move between tabs; stop them reaching the questionnaire's own arrow keys.
    event.preventDefault();
    event.stopPropagation();
    const next = tabs[(at + step + tabs.length) % tabs.length]!;
    onSelect(next.id);
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus());
  }
  return (
    <div>
      <div role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            type="button"
            role="tab"
            key={tab.id}
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`}>
        {children}
      </div>
    </div>
  );
}
