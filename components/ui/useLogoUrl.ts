import { useEffect, useMemo } from 'preact/hooks';
import type { Logo } from '../../lib/brand';

/**
 * An object URL for a checked logo's bytes, to show in an <img>: the logo is only ever an image, never markup.
 * The URL is revoked when the logo changes or the component goes.
 */
export function useLogoUrl(logo: Logo | undefined): string | undefined {
  const url = useMemo(() => (logo ? URL.createObjectURL(new Blob([logo.bytes], { type: logo.type })) : undefined), [logo]);
  useEffect(() => () => url && URL.revokeObjectURL(url), [url]);
  return url;
}
