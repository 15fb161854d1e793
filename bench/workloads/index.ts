import { blend } from '../../src/finance/blend';
import type { Workload } from '../harness';
import { solveDirectWithLpSolver } from '../peer/direct-formulation';
import { blendPlanInstance, blendPortfolioInstance } from './blend';

/** The workloads of spec section 11 that exist so far, in the order they run. */
export const WORKLOADS: Workload[] = [
  {
    name: 'blend-plan',
    runs: 30,
    warmup: 5,
    prepare: async () => {
      const { workspace, request } = blendPlanInstance();
      return () => blend(workspace, request);
    },
  },
  {
    name: 'blend-plan-peer',
    runs: 30,
    warmup: 3,
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
];
