/**
 * The seven clauses (4–10) and four Annex A themes (A.5–A.8) that scores are reported by.
 * Facts: titles and numbering of ISO/IEC 27001:2022.
 */
export const clauseGroups = [
  { id: '4', title: 'Context of the organization' },
  { id: '5', title: 'Leadership' },
  { id: '6', title: 'Planning' },
  { id: '7', title: 'Support' },
  { id: '8', title: 'Operation' },
  { id: '9', title: 'Performance evaluation' },
  { id: '10', title: 'Improvement' },
] as const;

export const themeGroups = [
  { id: 'A.5', title: 'Organizational controls' },
  { id: 'A.6', title: 'People controls' },
  { id: 'A.7', title: 'Physical controls' },
  { id: 'A.8', title: 'Technological controls' },
] as const;
