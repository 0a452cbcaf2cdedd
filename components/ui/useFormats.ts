import type { Formats } from '../../lib/locale/formats';
import { pageFormats } from '../../lib/state/formats';

/** The page's money, number and date formats; a component that calls this redraws when the choice changes. */
export function useFormats(): Formats {
  return pageFormats().formats.value;
}
