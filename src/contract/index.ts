/**
 * The contract every host imports: each operation's name with its input and output
 * schemas, the result and bridge types, and the wire shapes of what the core modules
 * produce (their schemas live with those modules; the contract composes them).
 * Browser-safe: schemas and plain data only.
 */
export * from './operations';
export * from './result';
export * from './bridge';
export * from './backup-operations';
export * from './budget-cycle-operations';
export * from './cooperative-operations';
export * from './import-operations';
export * from './procurement-operations';
export * from './report-operations';
export * from './week-operations';
export * from './scenario-jobs';
export * from './versioned';
export * from './session-operations';
export * from './audit-operations';
export * from '../accounts/role-names';
export * from './roles';
export * from '../finance/analysis/schemas';
export * from '../finance/analysis/cooperative-schema';
export * from '../finance/analysis/procurement-schema';
export * from '../finance/analysis/budget-cycle-schema';
export * from '../model/award-week-schema';
export * from '../finance/blend/award-schema';
export * from '../finance/blend/json-schema';
export * from '../impact/contribution-schema';
export * from '../impact/desiloing-schema';
export * from '../impact/procurement-effect-schema';
export * from '../impact/scenario-run-schema';
