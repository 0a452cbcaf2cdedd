/**
 * The kiosk's pure core, its front door: the visitor flow as a state machine (machine.ts), the short summary a
 * visitor sees (visit.ts), what is kept with their consent (keep.ts), the operator PIN's rules (pin.ts) and the
 * encryption that lets only that PIN open what visitors kept (vault.ts).
 */
export * from './keep';
export * from './machine';
export * from './pin';
export * from './vault';
export * from './visit';
export * from './words';
