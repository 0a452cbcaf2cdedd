/**
 * What an organization already has when its assessment starts (issue 15): certificates and attestations held,
 * frameworks it follows, and whether NIS2 or DORA binds it. Optional and skippable: an assessment without an
 * intake simply has no head start. lib/db stores it on the assessment record; suggestions, the transition view
 * and the certified verdict read it.
 */

export const certificationKinds = [
  'iso27001-2022',
  'iso27001-2013',
  'soc2-type2',
  'soc2-type1',
  'cyber-essentials-plus',
  'cyber-essentials',
] as const;
export type CertificationKind = (typeof certificationKinds)[number];

export const frameworkKinds = ['nist-csf-2'] as const;
export type FrameworkKind = (typeof frameworkKinds)[number];

export const regulationIds = ['nis2', 'dora'] as const;
export type RegulationId = (typeof regulationIds)[number];

/** The user's own decision; absent while undecided. */
export type RegulationDecision = 'yes' | 'no';

export interface Certification {
  kind: CertificationKind;
  /** The day the certificate was issued or the report signed, "YYYY-MM-DD"; required for ISO certificates. */
  issued?: string;
}

export interface Intake {
  certifications: Certification[];
  frameworks: FrameworkKind[];
  nis2?: RegulationDecision;
  dora?: RegulationDecision;
}

export const emptyIntake: Intake = { certifications: [], frameworks: [] };

export const certificationLabels: Record<CertificationKind, string> = {
  'iso27001-2022': 'ISO/IEC 27001:2022 certificate',
  'iso27001-2013': 'ISO/IEC 27001:2013 certificate',
  'soc2-type2': 'SOC 2 Type II report',
  'soc2-type1': 'SOC 2 Type I report',
  'cyber-essentials-plus': 'Cyber Essentials Plus',
  'cyber-essentials': 'Cyber Essentials',
};

/** How provenance names a source: "suggested from your SOC 2 Type II". */
export const sourceNames: Record<CertificationKind | FrameworkKind, string> = {
  'iso27001-2022': 'ISO/IEC 27001:2022 certificate',
  'iso27001-2013': 'ISO/IEC 27001:2013 certificate',
  'soc2-type2': 'SOC 2 Type II',
  'soc2-type1': 'SOC 2 Type I',
  'cyber-essentials-plus': 'Cyber Essentials Plus',
  'cyber-essentials': 'Cyber Essentials',
  'nist-csf-2': 'NIST CSF 2.0',
};

export const frameworkLabels: Record<FrameworkKind, string> = {
  'nist-csf-2': 'NIST Cybersecurity Framework (CSF) 2.0',
};

export const regulationLabels: Record<RegulationId, string> = {
  nis2: 'NIS2 (EU Directive 2022/2555)',
  dora: 'DORA (EU Regulation 2022/2554)',
};

/** ISO certificates carry a date: the audit cycle and the end of the 2013 edition both run from it. */
export function needsIssueDate(kind: CertificationKind): boolean {
  return kind === 'iso27001-2022' || kind === 'iso27001-2013';
}

export function holds(intake: Intake | undefined, kind: CertificationKind): Certification | undefined {
  return intake?.certifications.find((certification) => certification.kind === kind);
}

export function follows(intake: Intake | undefined, kind: FrameworkKind): boolean {
  return intake?.frameworks.includes(kind) ?? false;
}

/** True when the intake says anything at all. */
export function hasIntake(intake: Intake | undefined): intake is Intake {
  return !!intake && (intake.certifications.length > 0 || intake.frameworks.length > 0 || !!intake.nis2 || !!intake.dora);
}

/** The crosswalks (lib/crosswalks ids) of what the intake says the organization holds, follows or falls under. */
export function crosswalksIn(intake: Intake | undefined): Set<string> {
  const ids = new Set<string>();
  if (holds(intake, 'soc2-type2') || holds(intake, 'soc2-type1')) ids.add('soc2');
  if (follows(intake, 'nist-csf-2')) ids.add('nist-csf-2');
  if (intake?.nis2 === 'yes') ids.add('nis2');
  if (holds(intake, 'iso27001-2013')) ids.add('iso27001-2013');
  return ids;
}
