/**
 * Why a control is in the Statement of Applicability. ISO/IEC 27001:2022 6.1.3 d asks for a justification of
 * every control included as well as every one excluded; consultants' SoA templates commonly sort inclusions
 * into these four reasons. Labels and definitions are ours.
 */
export const inclusionReasons = ['risk', 'legal', 'contract', 'business'] as const;
export type InclusionReason = (typeof inclusionReasons)[number];

export const inclusionReasonLabels: Record<InclusionReason, string> = {
  risk: 'Risk treatment',
  legal: 'Legal or regulatory',
  contract: 'Contractual',
  business: 'Business need or good practice',
};

export const inclusionReasonDefinitions: Record<InclusionReason, string> = {
  risk: 'The risk assessment found risks that this control reduces.',
  legal: 'A law or regulation that applies to the organization calls for it.',
  contract: 'Customers, partners or insurers require it in their contracts.',
  business: 'The business relies on it, or it is sound practice that the rest of the programme builds on.',
};
