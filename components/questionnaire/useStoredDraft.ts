import { useRef, useState } from 'preact/hooks';

/**
 * A field's value as it is being edited, kept in step with what is stored: a change stored by another page (or
 * by this one) shows at once, unless the user has typed something that is not stored yet, which is never
 * overwritten (when a write fails, their text stays on screen to be saved again).
 */
export function useStoredDraft<T>(stored: T): [T, (value: T) => void] {
  const draft = useRef(stored);
  // The stored value the draft last agreed with: while the two are equal, the field has no unsaved edit.
  const agreed = useRef(stored);
  const [, rerender] = useState(0);
  if (!Object.is(stored, agreed.current)) {
    const unsaved = !Object.is(draft.current, agreed.current) && !Object.is(draft.current, stored);
    if (!unsaved) {
      draft.current = stored;
      agreed.current = stored;
    }
  }
  const edit = (value: T) => {
    draft.current = value;
    rerender((count) => count + 1);
  };
  return [draft.current, edit];
}
