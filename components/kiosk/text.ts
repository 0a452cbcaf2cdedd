/** Wording the kiosk's screens share. */
import type { PinCheck } from '../../lib/db/kiosk';

export function retryText(retryAt: number, now = Date.now()): string {
  const seconds = Math.max(1, Math.ceil((retryAt - now) / 1000));
  return `Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
}

/** Why a PIN was refused, with the wait when there is one. */
export function pinRefusal(check: Exclude<PinCheck, { ok: true }>): string {
  return 'retryAt' in check && check.retryAt ? `${check.error} ${retryText(check.retryAt)}` : check.error;
}
