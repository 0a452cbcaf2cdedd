import { useSignal } from '@preact/signals';
import { accentProblem, brandLimits, checkLogo, type Brand } from '../../lib/brand';
import { BrandMark } from '../ui/BrandMark';
import { FieldError, fieldAria } from '../ui/FieldError';
import { FormAlert, focusField } from '../ui/FormAlert';
import { useBrand } from '../ui/useBrand';

/**
 * The consultant's brand: firm name, logo, accent colour, contact line and disclaimer, shown on the summary,
 * the printable report, the Markdown export and the kiosk. A logo that is not a PNG or JPEG within the limits,
 * and an accent too pale to read, are refused with the reason; nothing is stored until everything passes.
 */
export function BrandForm() {
  const state = useBrand();
  const draft = useSignal<Brand | undefined>(undefined);
  const errors = useSignal<Partial<Record<'brand-accent' | 'brand-logo', string>>>({});
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
    const { 'brand-logo': _previous, ...others } = errors.value;
    if (file.size > brandLimits.logoBytes) {
      errors.value = { ...others, 'brand-logo': `The logo is ${Math.ceil(file.size / 1000)} KB; it may be at most ${brandLimits.logoBytes / 1000} KB. Save a smaller version and try again.` };
      return;
    }
    const checked = checkLogo(new Uint8Array(await file.arrayBuffer()));
    errors.value = checked.ok ? others : { ...others, 'brand-logo': checked.error };
    if (checked.ok) edit({ logo: checked.value });
  }

  async function save(event: Event) {
    event.preventDefault();
    const accent = accentProblem(shown.accent);
    errors.value = accent ? { 'brand-accent': accent } : {};
    if (accent) return focusField('brand-accent');
    const problem = await state.save({ ...shown, accent: shown.accent.trim() });
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
    errors.value = {};
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
            {...fieldAria('brand-accent', errors.value['brand-accent'], 'brand-accent-hint')}
            onInput={(event) => edit({ accent: event.currentTarget.value })}
          />
          {shown.accent && !accentProblem(shown.accent) && <span class="accent-swatch" style={{ backgroundColor: shown.accent }} aria-hidden="true" />}
        </div>
        <FieldError fieldId="brand-accent" error={errors.value['brand-accent']} />
        <p class="hint" id="brand-accent-hint">
          # and six hex digits. It must read at 4.5:1 against white (it carries white text), so pale colours are refused. Leave empty
          for the standard colours.
        </p>
      </div>
      <div class="field">
        <label for="brand-logo">Logo (PNG or JPEG, at most {brandLimits.logoBytes / 1000} KB)</label>
        <input
          id="brand-logo"
          type="file"
          accept="image/png,image/jpeg"
          {...fieldAria('brand-logo', errors.value['brand-logo'])}
          onChange={(event) => void chooseLogo(event.currentTarget)}
        />
        <FieldError fieldId="brand-logo" error={errors.value['brand-logo']} />
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
      <FormAlert fields={Object.keys(errors.value).length} outcome={errors.value['brand-accent'] ? 'Not saved' : 'Logo not used'} />
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
