import type { OperationOutput } from '../../../../src/contract/operations';

/** The wire (JSON, euros) forms the plan builder and portfolio view work with. */
export type PlanAnalysisJson = OperationOutput<'plans.analysis'>;
export type PortfolioAnalysisJson = OperationOutput<'portfolio.analysis'>;
export type AnalysedAllocation = PlanAnalysisJson['allocations'][number];
export type Explanation = PlanAnalysisJson['explanations'][number];
export type CashFlowJson = PlanAnalysisJson['cashFlow'];
export type StreamYearUse = PortfolioAnalysisJson['streamUse'][number];
export type OwnRevenueUseJson = PlanAnalysisJson['ownRevenueUses'][number];
export type GuaranteeUseJson = PlanAnalysisJson['guarantees'][number];
export type FundYearJson = PortfolioAnalysisJson['funds'][number];
