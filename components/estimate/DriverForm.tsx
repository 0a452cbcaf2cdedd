import {
  approachLabels,
  approaches,
  certificationBodies,
  certificationBodyLabels,
  maturityBands,
  maturityLabels,
  scopeLabels,
  scopes,
} from '../../data/cost-model';
import type { EstimateDrivers } from '../../lib/assessment';
import { FieldError, fieldAria } from '../ui/FieldError';
import { percent } from '../ui/format';

export interface DriverFormValues {
  /** As typed: checked by parseEstimateInput, so a half-typed number never reaches the estimate. */
  employees: string;
  sites: string;
  drivers: EstimateDrivers;
}

/** Why a typed number cannot be used, said beside its field; the text stays as typed. */
export type DriverErrors = Partial<Record<'employees' | 'sites', string>>;

interface Props {
  values: DriverFormValues;
  errors: DriverErrors;
  readiness: number | null;
  onChange: (values: DriverFormValues) => void;
}

/** Every driver of the estimate, editable. */
export function DriverForm({ values, errors, readiness, onChange }: Props) {
  const drivers = values.drivers;
  const setDriver = (changes: Partial<EstimateDrivers>) => onChange({ ...values, drivers: { ...drivers, ...changes } });
  return (
    <fieldset class="driver-form">
      <legend>Drivers</legend>
      <div class="field">
        <label for="estimate-employees">Headcount</label>
        <input
          id="estimate-employees"
          inputMode="numeric"
          value={values.employees}
          {...fieldAria('estimate-employees', errors.employees)}
          onInput={(event) => onChange({ ...values, employees: event.currentTarget.value })}
        />
        <FieldError fieldId="estimate-employees" error={errors.employees} />
      </div>
      <div class="field">
        <label for="estimate-sites">Sites in scope</label>
        <input
          id="estimate-sites"
          inputMode="numeric"
          value={values.sites}
          {...fieldAria('estimate-sites', errors.sites)}
          onInput={(event) => onChange({ ...values, sites: event.currentTarget.value })}
        />
        <FieldError fieldId="estimate-sites" error={errors.sites} />
      </div>
      <div class="field">
        <label for="estimate-scope">ISMS scope</label>
        <select id="estimate-scope" value={drivers.scope ?? 'typical'} onChange={(event) => setDriver({ scope: event.currentTarget.value as never })}>
          {scopes.map((scope) => (
            <option key={scope} value={scope}>
              {scopeLabels[scope]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="estimate-maturity">Maturity</label>
        <select
          id="estimate-maturity"
          value={drivers.maturity ?? 'assessment'}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setDriver({ maturity: value === 'assessment' ? undefined : (value as never) });
          }}
        >
          <option value="assessment" disabled={readiness === null}>
            From this assessment ({readiness === null ? 'no answers yet' : `${percent(readiness)} ready`})
          </option>
          {maturityBands.map((band) => (
            <option key={band} value={band}>
              {maturityLabels[band]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="estimate-body">Certification body</label>
        <select
          id="estimate-body"
          value={drivers.certificationBody ?? 'standard'}
          onChange={(event) => setDriver({ certificationBody: event.currentTarget.value as never })}
        >
          {certificationBodies.map((body) => (
            <option key={body} value={body}>
              {certificationBodyLabels[body]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="estimate-approach">Approach</label>
        <select
          id="estimate-approach"
          value={drivers.approach ?? 'consultant'}
          onChange={(event) => setDriver({ approach: event.currentTarget.value as never })}
        >
          {approaches.map((approach) => (
            <option key={approach} value={approach}>
              {approachLabels[approach]}
            </option>
          ))}
        </select>
      </div>
      <div class="row">
        <input
          id="estimate-grc"
          type="checkbox"
          checked={drivers.grcTool ?? false}
          onChange={(event) => setDriver({ grcTool: event.currentTarget.checked })}
        />
        <label for="estimate-grc">GRC tool</label>
      </div>
      <div class="row">
        <input
          id="estimate-soc2"
          type="checkbox"
          checked={drivers.soc2 ?? false}
          onChange={(event) => setDriver({ soc2: event.currentTarget.checked })}
        />
        <label for="estimate-soc2">SOC 2 at the same time</label>
      </div>
      <div class="field">
        <label for="estimate-start">Kickoff date</label>
        <input
          id="estimate-start"
          type="date"
          value={drivers.startDate ?? ''}
          onInput={(event) => setDriver({ startDate: event.currentTarget.value || undefined })}
        />
      </div>
    </fieldset>
  );
}
