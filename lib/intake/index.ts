/**
 * The intake's front door: what an organization already holds and follows, checked as it is entered, and a
 * first view of NIS2 and DORA from its sector and size.
 */
export * from './intake';
export { checkIntake, dayOf, editionPublished, inputOf, type IntakeCheck, type IntakeInput } from './check';
export { nis2MinimumHeadcount, regulationHints, type Likelihood, type RegulationHint } from './regulations';
