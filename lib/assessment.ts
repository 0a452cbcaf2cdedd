/**
 * An assessment as the product keeps it: who it is for, at which depth, and the estimate's drivers. Its answers
 * are kept apart (lib/answers.ts). lib/db stores these records; everything else reads them.
 */
import type { Approach, CertificationBody, MaturityBand, Scope } from '../data/cost-model';
import type { Depth } from './catalog';
import type { Intake } from './intake';

export interface AssessmentRecord {
  id: string;
  organization: string;
  employees: number;
  sector: string;
  contact?: string;
  depth: Depth;
  createdAt: number;
  updatedAt: number;
  /** Set when the user deletes it; cleared by undo. Deleted assessments are hidden everywhere. */
  deletedAt?: number;
  /** The assessment this one was copied from (a point-in-time copy). */
  copiedFrom?: string;
  /** The cost and timeline drivers chosen for this assessment; headcount is `employees` above. */
  drivers?: EstimateDrivers;
  /** What the organization already holds and follows; absent until someone fills in the intake (it is optional). */
  intake?: Intake;
}

/** Estimate choices kept with an assessment. Absent fields take the estimator's defaults. */
export interface EstimateDrivers {
  sites?: number;
  scope?: Scope;
  certificationBody?: CertificationBody;
  approach?: Approach;
  grcTool?: boolean;
  soc2?: boolean;
  /** A named band instead of the assessment's own readiness score. */
  maturity?: MaturityBand;
  /** Planned kickoff, "YYYY-MM-DD". */
  startDate?: string;
}

