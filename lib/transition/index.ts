/**
 * The transition from ISO/IEC 27001:2013: read a 2013-numbered statement of applicability or gap list, and carry
 * it over to the 2022 controls with provenance, the controls new in 2022 set apart as the work to do.
 */
export { csvLimits } from './csv-text';
export { provenance2013, transitionFrom2013, type CarriedControl, type Transition } from './map';
export { transitionSummary, type SummaryLine, type TransitionSummary } from './summary';
export { controlId2013, read2013Rows, read2013Sheets, read2013Soa, type Read2013, type SoaRow2013 } from './read';
