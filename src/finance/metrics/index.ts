export {
  ACCOUNTABILITY_TIERS,
  DEFAULT_ACCOUNTABILITY_THRESHOLDS,
  accountabilityAwards,
  accountabilityTier,
  type AccountabilityAward,
  type AccountabilityThresholds,
  type AccountabilityTier,
} from './accountability';
export { debtServiceNpv, discountedDebtService } from './debt';
export { deMinimisByCooperative, deMinimisHeadroom, type DeMinimisHeadroom } from './deMinimis';
export {
  DEFAULT_MARKET_RATE,
  isConcessional,
  planFundingMix,
  planTotalCost,
  portfolioFundingMix,
  type FundingMix,
} from './funding';
export { roundToCents } from './rounding';
export {
  planMetrics,
  portfolioMetrics,
  withBlend,
  type MetricsOptions,
  type PlanMetrics,
  type PortfolioMetrics,
} from './summary';
