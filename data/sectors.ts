/** Sectors offered when an assessment is created; used only to describe and filter assessments. */
export const sectors = [
  'Software and SaaS',
  'Financial services',
  'Healthcare',
  'Manufacturing',
  'Professional services',
  'Public sector',
  'Retail and e-commerce',
  'Telecommunications',
  'Education',
  'Other',
] as const;
