// Doughnut impact: indicator library, projection, scenarios, Monte Carlo, gap cost and
// the next-euro ranking (spec sections 7 and 8). The public surface of src/impact.
export * from './contribution';
export * from './denominator';
export * from './desiloing';
export * from './desiloing-json';
export * from './desiloing-result';
export * from './distance';
export * from './errors';
export * from './framework';
export * from './gap-cost';
export * from './guarantee-calls';
export * from './indicators';
export * from './json';
export * from './montecarlo';
export * from './next-euro';
export * from './projection';
export * from './run-scenario';
export * from './scenario';
