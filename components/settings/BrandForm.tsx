import { useSignal } from '@preact/signals';
import { accentProblem, brandLimits, checkLogo, type Brand } from '../../lib/brand';
import { BrandMark } from '../ui/BrandMark';
import { useBrand } from '../ui/useBrand';

/**
 * The consultant's brand: firm name, logo, accent colour, contact line and disclaimer, shown on the summary,
 * the printable report, the Markdown export and the kiosk. A logo that is not a PNG or JPEG within the limits,
 * and an accent too pale to read, are refused with the reason; nothing is stored until everything passes.
 */
export function BrandForm() {
  const state = useBrand();
  const draft = useSignal<Brand | undefined>(undefined);
  const error = useSignal('');
  const message = useSignal('');
  const shown = draft.value ?? state.brand.value;
  const edit = (change: Partial<Brand>) => {
    draft.value = { ...shown, ...change };
    message.value = '';
  };

  async function chooseLogo(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > brandLimits.logoBytes) {
      error.value = `The logo is ${Math.ceil(file.size / 1000)} KB; it may be at most ${brandLimits.logoBytes / 1000} KB. Save a smaller version and try again.`;
      return;
    }
    const checked = checkLogo(new Uint8Array(await file.arrayBuffer()));
    if (!checked.ok) {
      error.value = checked.error;
      return;
    }
    error.value = '';
    edit({ logo: checked.value });
  }

  async function save(event: Event) {
    event.preventDefault();
    const problem = accentProblem(shown.accent) ?? (await state.save({ ...shown, accent: shown.accent.trim() }));
    error.value = problem ?? '';
    if (!problem) {
      draft.value = undefined;
      message.value = 'Saved. The summary, report, Markdown and kiosk now carry your brand.';
    }
  }

  async function reset() {
    await state.reset();
    draft.value = undefined;
    error.value = '';
    message.value = 'Your brand was removed.';
  }

  const { logo: _logo, ...withoutLogo } = shown;
  return (
    <form class="card stack" onSubmit={(event) => void save(event)} aria-labelledby="brand-title" noValidate>
      <h2 id="brand-title">Your brand</h2>
      <p class="hint">Shown on the one-page summary, the printable report, the Markdown export and the kiosk welcome screen.</p>
      {state.problem.value && (
        <p class="error" role="alert">
          {state.problem.value}
        </p>
      )}
      <div class="field">
        <label for="brand-firm">Firm name</label>
        <input id="brand-firm" maxLength={brandLimits.firmName} value={shown.firmName} onInput={(event) => edit({ firmName: event.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="brand-contact">Contact line</label>
        <input
          id="brand-contact"
          maxLength={brandLimits.contact}
          value={shown.contact}
          placeholder="name@firm.example · +44 20 7946 0000"
          onInput={(event) => edit({ contact: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="brand-disclaimer">Disclaimer</label>
        <textarea
          id="brand-disclaimer"
          rows={3}
          maxLength={brandLimits.disclaimer}
          value={shown.disclaimer}
          onInput={(event) => edit({ disclaimer: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="brand-accent">Accent colour</label>
        <div class="row">
          <input
            id="brand-accent"
            class="accent-input"
            value={shown.accent}
            placeholder="#0b5cad"
            aria-describedby="brand-accent-hint"
            onInput={(event) => edit({ accent: event.currentTarget.value })}
          />
          {shown.accent && !accentProblem(shown.accent) && <span class="accent-swatch" style={{ backgroundColor: shown.accent }} aria-hidden="true" />}
        </div>
        <p class="hint" id="brand-accent-hint">
          # and six hex digits. It must read at 4.5:1 against white (it carries white text), so pale colours are refused. Leave empty
          for the standard colours.
        </p>
      </div>
      <div class="field">
        <label for="brand-logo">Logo (PNG or JPEG, at most {brandLimits.logoBytes / 1000} KB)</label>
        <input id="brand-logo" type="file" accept="image/png,image/jpeg" onChange={(event) => void chooseLogo(event.currentTarget)} />
        {shown.logo && (
          <div class="row">
            <span class="hint">
              {shown.logo.width} × {shown.logo.height} pixels.
            </span>
            <button type="button" onClick={() => (draft.value = withoutLogo)}>
              Remove the logo
            </button>
          </div>
        )}
      </div>
      {(shown.firmName || shown.logo) && (
        <div>
          <p class="hint">How it looks:</p>
          <BrandMark brand={accentProblem(shown.accent) ? { ...shown, accent: '' } : shown} withContact />
        </div>
      )}
      {error.value && (
        <p class="error" role="alert">
          Not saved: {error.value}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary">
          Save brand
        </button>
        <button type="button" onClick={() => void reset()}>
          Remove brand
        </button>
      </div>
      <p class="hint" role="status">
        {message.value}
      </p>
    </form>
  );
}
