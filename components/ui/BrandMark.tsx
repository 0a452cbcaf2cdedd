import type { Brand } from '../../lib/brand';
import { useLogoUrl } from './useLogoUrl';

interface Props {
  brand: Brand;
  /** Show the contact line under the firm name. */
  withContact?: boolean;
}

/**
 * The consultant's logo and firm name as a band: white text on the accent (or on the page's own colours when
 * there is no accent), which reads the same in light and dark mode. Nothing when no brand is set.
 */
export function BrandMark({ brand, withContact = false }: Props) {
  const logoUrl = useLogoUrl(brand.logo);
  if (!brand.firmName && !brand.logo) return null;
  return (
    <div
      class={`brand-mark${brand.accent ? ' accented' : ''}`}
      style={brand.accent ? { backgroundColor: brand.accent } : undefined}
      data-testid="brand-mark"
    >
      {logoUrl && <img src={logoUrl} alt={brand.firmName ? `${brand.firmName} logo` : 'Logo'} class="brand-logo" />}
      {(brand.firmName || (withContact && brand.contact)) && (
        <div>
          {brand.firmName && <p class="brand-firm">{brand.firmName}</p>}
          {withContact && brand.contact && <p class="brand-contact">{brand.contact}</p>}
        </div>
      )}
    </div>
  );
}
