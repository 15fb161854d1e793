/**
 * Analyses for the plan builder and the portfolio view: a blend result and the
 * workspace in, the contract's wire objects (euros) out. Pure, so the command line
 * and reports can reuse them.
 */
export { eligibleStreamIds } from './eligibility';
export { planAnalysis, planCandidates, type PlanCandidates } from './plan';
export { portfolioAnalysis } from './portfolio';
export { streamUse, type StreamYearUse } from './stream-use';
export { cooperativeAnalysis } from './cooperative';
