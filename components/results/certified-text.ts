import type { Formats } from '../../lib/locale/formats';
import type { CertificateStatus, SurveillanceOutlook } from '../../lib/surveillance';

export { certifiedTitle } from '../../lib/surveillance';

const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** What that audit would likely find, going by the answers. */
export function certifiedDetail(status: Extract<CertificateStatus, { kind: 'current' }>, outlook: SurveillanceOutlook, formats: Formats): string {
  const cycle = `The certificate, issued ${formats.day(status.issued)}, runs until ${formats.day(status.expires)}.`;
  const findings =
    outlook.findings.length === 0
      ? 'Going by these answers, that audit would likely raise no nonconformity.'
      : `Going by these answers, that audit would likely raise ${outlook.major} major nonconformit${outlook.major === 1 ? 'y' : 'ies'} and ${counted(outlook.minor, 'minor one')}.`;
  return `${cycle} ${findings} Every audit of the cycle looks at internal audits, management reviews and corrective actions since the last one.`;
}

/** A lapsed certificate: the organization starts again as for a first certification. */
export function lapsedNote(status: Extract<CertificateStatus, { kind: 'lapsed' }>, formats: Formats): string {
  const edition = status.edition === '2013' ? 'ISO/IEC 27001:2013' : 'ISO/IEC 27001:2022';
  return `The ${edition} certificate lapsed on ${formats.day(status.lapsedOn)}: certification to the 2022 edition now runs as a first certification, Stage 1 included.`;
}
