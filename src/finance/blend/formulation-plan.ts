import type { Formulation, FundVar } from './formulation-model';
import { addLockSlack, LOCK_PENALTY, planStreamCap, WITHDRAWN_AWARD } from './formulation-model';
import { pairKey } from './keys';
import type { BlendProblem, PlanData } from './problem';
import { addGrantRows } from './formulation-award';

/** Streams the plan may draw on, plus any it has locked amounts from (eligible or not: locks count in every rule). */
function involvedStreams(plan: PlanData): number[] {
  return [...new Set([...plan.streams, ...plan.locks.map((l) => l.streamIndex)])].sort((a, b) => a - b);
}

const colsOf = (vars: readonly FundVar[]) => vars.map((v) => v.col);
const ones = (n: number) => new Array<number>(n).fill(1);

function fundsByStream(f: Formulation, planIndex: number): Map<number, FundVar[]> {
  const out = new Map<number, FundVar[]>();
  for (const v of f.fundsByPlan[planIndex] ?? []) {
    const list = out.get(v.streamIndex) ?? [];
    list.push(v);
    out.set(v.streamIndex, list);
  }
  return out;
}

/** Rules 3 and 4: the per-plan caps over years, and "0 or at least the minimum award". */
function addCapsAndMinimumAwards(
  problem: BlendProblem,
  plan: PlanData,
  f: Formulation,
  byStream: Map<number, FundVar[]>,
  involved: readonly number[],
) {
  for (const streamIndex of involved) {
    const s = problem.streams[streamIndex]!;
    const vars = byStream.get(streamIndex) ?? [];
    const locked = f.locked.ofPlanStream(plan.index, streamIndex);
    const { cap, source } = planStreamCap(plan, s);
    if (locked > 0) {
      // Each cap is its own rule: locks may break one, the other or both.
      f.locked.remainder(s.maxPerPlan, locked, { rule: 'maxPerPlan', planIndex: plan.index, streamIndex });
      const share = s.stream.maxShareOfPlan;
      if (share !== undefined) {
        f.locked.remainder(share * plan.totalCost, locked, {
          rule: 'maxShareOfPlan',
          planIndex: plan.index,
          streamIndex,
        });
      }
    }
    if (plan.awards.granted.has(streamIndex)) {
      // A granted award sets the total; the minimum award no longer applies (formulation-award.ts).
      addGrantRows(problem, plan, f, streamIndex, vars, locked);
      continue;
    }
    const room = Math.max(0, cap - locked);
    if (vars.length > 1 && Number.isFinite(room)) {
      f.lp.addSumRow(
        vars.map((v) => v.col),
        -Infinity,
        room,
        { rule: source?.rule ?? 'maxPerPlan', planIndex: plan.index, streamIndex },
      );
    }
    const minAward = s.stream.minAward ?? 0;
    if (minAward <= 0) continue;
    if (locked > 0) {
      if (locked >= minAward) continue;
      const withdrawn = f.awardMargins.get(pairKey(plan.index, streamIndex)) === WITHDRAWN_AWARD;
      // Rounding withdrew the money beside the locks (no whole-cent blend completes them):
      // solved again without it, the locks stand short of the minimum, as reported.
      // The lock break explains it; the closed columns explain nothing of their own.
      if (withdrawn)
        for (const v of vars) {
          f.lp.columns[v.col]!.upper = 0;
          f.lp.columns[v.col]!.boundSource = null;
        }
      if (vars.length === 0 || withdrawn) {
        f.locked.breaks.push({
          rule: 'minAward',
          planIndex: plan.index,
          streamIndex,
          excess: minAward - locked,
        });
        continue;
      }
      // Locks already make the award non-zero: it must reach the minimum, or the locks break the rule.
      // Cheaper than matching slack: rather report locks short of the minimum than add money matching forbids.
      const slack = addLockSlack(f, LOCK_PENALTY / 10, {
        rule: 'minAward',
        planIndex: plan.index,
        streamIndex,
      });
      f.lp.addRow([...colsOf(vars), slack], ones(vars.length + 1), minAward - locked, Infinity, {
        rule: 'minAward',
        planIndex: plan.index,
        streamIndex,
      });
      continue;
    }
    if (vars.length === 0) continue;
    const uppers = vars.reduce((sum, v) => sum + f.lp.columns[v.col]!.upper, 0);
    const most = Math.min(room, uppers);
    const margin = f.awardMargins.get(pairKey(plan.index, streamIndex)) ?? 0;
    if (most < minAward || margin === WITHDRAWN_AWARD) {
      // The award can never reach its minimum: the stream cannot fund this plan at all, and
      // that is what holds its money back (not the cap that keeps it below the minimum).
      for (const v of vars) {
        const column = f.lp.columns[v.col]!;
        column.upper = 0;
        column.boundSource = { rule: 'minAward' };
      }
      continue;
    }
    const minimum = most >= minAward + margin ? minAward + margin : minAward;
    const z = f.lp.addColumn({ lower: 0, upper: 1, cost: 0, secondary: 0, integer: true, boundSource: null });
    const linkCap = room <= uppers && source !== null ? source.rule : null;
    f.binaries.push({
      col: z,
      planIndex: plan.index,
      streamIndex,
      linkCap: linkCap === 'maxPerPlan' || linkCap === 'maxShareOfPlan' ? linkCap : null,
      minimum,
    });
    const link = { rule: 'minAwardLink' as const, planIndex: plan.index, streamIndex };
    f.lp.addRow([...colsOf(vars), z], [...ones(vars.length), -most], -Infinity, 0, link);
    f.lp.addRow([...colsOf(vars), z], [...ones(vars.length), -minimum], 0, Infinity, {
      rule: 'minAward',
      planIndex: plan.index,
      streamIndex,
    });
  }
}

/** Rule 5: a stream with `matching` m pays at most m times the plan's non-public money. */
function addMatching(
  problem: BlendProblem,
  plan: PlanData,
  f: Formulation,
  byStream: Map<number, FundVar[]>,
  involved: readonly number[],
) {
  const privateStreams = involved.filter((i) => problem.streams[i]!.isPrivate);
  const privateVars = privateStreams.flatMap((i) => byStream.get(i) ?? []);
  const privateLocked = privateStreams.reduce((sum, i) => sum + f.locked.ofPlanStream(plan.index, i), 0);
  for (const streamIndex of involved) {
    const m = problem.streams[streamIndex]!.stream.matching;
    if (m === undefined) continue;
    const own = byStream.get(streamIndex) ?? [];
    const locked = f.locked.ofPlanStream(plan.index, streamIndex);
    if (own.length === 0 && locked === 0) continue;
    const indices = [...colsOf(own), ...colsOf(privateVars)];
    const values = [...ones(own.length), ...new Array<number>(privateVars.length).fill(-m)];
    const rhs = m * privateLocked - locked;
    if (rhs < 0) {
      const slack = addLockSlack(f, LOCK_PENALTY, { rule: 'matching', planIndex: plan.index, streamIndex });
      indices.push(slack);
      values.push(-1);
    }
    f.lp.addRow(indices, values, -Infinity, rhs, { rule: 'matching', planIndex: plan.index, streamIndex });
  }
}

/** Rule 7: debt service in every year a payment falls stays within revenue / minimum DSCR. */
function addDebtService(
  problem: BlendProblem,
  plan: PlanData,
  f: Formulation,
  byStream: Map<number, FundVar[]>,
  involved: readonly number[],
) {
  const loans = involved.filter((i) => problem.streams[i]!.debtFactors.length > 0);
  if (loans.length === 0) return;
  const rows = new Map<number, { indices: number[]; values: number[]; locked: number }>();
  const at = (year: number) => {
    let row = rows.get(year);
    if (row === undefined) rows.set(year, (row = { indices: [], values: [], locked: 0 }));
    return row;
  };
  const lockedByStream = f.locked.planYears(plan, (i) => loans.includes(i));
  for (const streamIndex of loans) {
    const factors = problem.streams[streamIndex]!.debtFactors;
    for (const v of byStream.get(streamIndex) ?? []) {
      for (const { offset, factor } of factors) {
        const row = at(v.year + offset);
        row.indices.push(v.col);
        row.values.push(factor);
      }
    }
    for (const [year, amount] of lockedByStream[streamIndex] ?? []) {
      for (const { offset, factor } of factors) at(year + offset).locked += amount * factor;
    }
  }
  // Cash flow available for debt service is revenue less the own revenue that pays costs:
  // minDscr x DS <= revenue - own, i.e. DS + own / minDscr <= revenue / minDscr.
  const own = new Map<number, number>();
  for (const v of byStream.get(problem.ownRevenueIndex) ?? []) own.set(v.year, v.col);
  for (const [year, row] of [...rows.entries()].sort(([a], [b]) => a - b)) {
    const ownCol = own.get(year);
    if (ownCol !== undefined) {
      row.indices.push(ownCol);
      row.values.push(1 / problem.minDscr);
    }
    const limit = plan.revenueIn(year) / problem.minDscr;
    const rest =
      row.locked > 0
        ? f.locked.remainder(limit, row.locked, { rule: 'debtService', planIndex: plan.index, year })
        : limit;
    f.lp.addRow(row.indices, row.values, -Infinity, rest, {
      rule: 'debtService',
      planIndex: plan.index,
      year,
    });
  }
}

export function addPlanRows(problem: BlendProblem, plan: PlanData, f: Formulation): void {
  const byStream = fundsByStream(f, plan.index);
  const involved = involvedStreams(plan);
  addCapsAndMinimumAwards(problem, plan, f, byStream, involved);
  addMatching(problem, plan, f, byStream, involved);
  addDebtService(problem, plan, f, byStream, involved);
}
