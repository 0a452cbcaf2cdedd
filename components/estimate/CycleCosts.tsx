import type { Estimate } from '../../lib/estimate';
import { cycleAuditLabels, cycleCosts, type CertificateStatus } from '../../lib/surveillance';
import { useFormats } from '../ui/useFormats';
import { moneyRange } from './money';

interface Props {
  estimate: Estimate;
  certificate: Extract<CertificateStatus, { kind: 'current' }>;
}

/**
 * For a certified organization, in place of a first certification's cost: the audits left in its three-year
 * cycle, each priced like the estimate's surveillance or recertification line, with the day it is due by.
 */
export function CycleCosts({ estimate, certificate }: Props) {
  const formats = useFormats();
  const { audits, total } = cycleCosts(estimate, certificate.remaining);
  return (
    <section class="stack" aria-labelledby="cycle-title">
      <h3 id="cycle-title">Cost of the rest of the certification cycle</h3>
      <p class="hint">
        Already certified to ISO/IEC 27001:2022 (issued {formats.day(certificate.issued)}): no gap analysis, implementation or
        first certification audit to pay for. What remains is the audits below, then a new cycle after recertification.
      </p>
      <dl class="totals">
        <div>
          <dt>Audits left in this cycle, external</dt>
          <dd data-testid="cycle-total">{moneyRange(total)}</dd>
        </div>
      </dl>
      <table class="data" aria-label="Audits left in the cycle">
        <thead>
          <tr>
            <th scope="col">Audit</th>
            <th scope="col">Due by</th>
            <th scope="col" class="number">Range</th>
          </tr>
        </thead>
        <tbody>
          {audits.map((audit) => (
            <tr key={audit.audit} data-audit={audit.audit}>
              <th scope="row">{cycleAuditLabels[audit.audit]}</th>
              <td>{formats.day(audit.dueBy)}</td>
              <td class="number">{moneyRange(audit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
