import { effect, signal } from '@preact/signals';
import { defaultFormats, formatsFor, type Formats } from '../../lib/locale/formats';
import { readFirstScreenFormats, saveFirstScreenFormats } from '../../lib/state/first-screen';
import { afterFirstScreen } from '../../lib/state/later';

/**
 * The formats last in use, until the page's live choice (lib/state/formats.ts) has loaded: that one reads the
 * stored rate card through its checks, which would put the whole schema library on the first screen's path.
 */
const formats = signal<Formats>(early());
let loading = false;

function early(): Formats {
  const choice = readFirstScreenFormats();
  try {
    // Formatters are built when first used (lib/locale/formats.ts): check now what would make them throw then.
    const usable = choice && /^[A-Z]{3}$/.test(choice.currency) && Intl.NumberFormat.supportedLocalesOf([choice.locale]).length > 0;
    return usable ? formatsFor(choice) : defaultFormats;
  } catch {
    // A locale tag this browser cannot read: the live choice says why once it loads.
    return defaultFormats;
  }
}

/** The page's money, number and date formats; a component that calls this redraws when the choice changes. */
export function useFormats(): Formats {
  if (!loading) {
    loading = true;
    void afterFirstScreen(() => import('../../lib/state/formats')).then(({ pageFormats }) => {
      const state = pageFormats();
      effect(() => {
        // Until the stored choice is read, the live one is the default: keep what the last page used.
        if (!state.ready.value) return;
        formats.value = state.formats.value;
        saveFirstScreenFormats(state.choice.value);
      });
    });
  }
  return formats.value;
}
