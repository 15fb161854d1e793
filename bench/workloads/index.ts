import { blend } from '../../src/finance/blend';
import type { Workload } from '../harness';
import { solveDirectWithLpSolver } from '../peer/direct-formulation';
import { blendPlanInstance, blendPortfolioInstance } from './blend';
import { HARD_WORKLOADS } from './blend-portfolio-hard';
import { MONTE_CARLO_WORKLOADS } from './montecarlo';
import { REPORT_WORKLOADS } from './report';
import { XLSX_WORKLOADS } from './report-xlsx';

/** The workloads of spec section 11 that exist so far, in the order they run. */
export const WORKLOADS: Workload[] = [
  {
    name: 'blend-plan',
    runs: 100,
    // Steady state, as in a running app: V8 and the WebAssembly tiers optimise hot code
    // only after many calls. The peer gets the same treatment.
    warmup: 300,
    prepare: async () => {
      const { workspace, request } = blendPlanInstance();
      return () => blend(workspace, request);
    },
  },
  {
    name: 'blend-plan-peer',
    runs: 100,
    warmup: 300,
    prepare: async () => {
      const { workspace, request } = blendPlanInstance();
      return () => solveDirectWithLpSolver(workspace, request);
    },
  },
  {
    name: 'blend-portfolio',
    runs: 3,
    warmup: 1,
    prepare: async () => {
      const { workspace, request } = blendPortfolioInstance();
      return () => blend(workspace, request);
    },
  },
  ...HARD_WORKLOADS,
  ...MONTE_CARLO_WORKLOADS,
  ...REPORT_WORKLOADS,
  ...XLSX_WORKLOADS,
];
