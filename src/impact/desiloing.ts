import type { PooledStream } from '../finance/blend/eligibility';
import type { Award } from '../model/award';
import type { Cents } from '../model/money';
import type { Plan } from '../model/plan';
import type { Scenario } from '../model/scenario';
import type { FundingStream, PayingKind } from '../model/stream';
import type { Workspace } from '../model/workspace';

/**
 * De-siloing (ontschotting, issue 15) as a transformation of the workspace a scenario
 * blends, so the blend stays one formulation (docs/blend.md "Pooled silos").
 *
 * The chosen silos' streams become one pool per kind of money: streams whose money is
 * the same instrument on the same terms (kind, public or private, state aid, SGEI, loan
 * terms, revolving). Pooling a loan with a grant would change its terms, so they never
 * pool. A pool is eligible per cost line where any of its members is; its budget per year
 * is the sum of the members' budgets (after the scenario's stream factors) in the years
 * each member is open; its other terms are the most any combination of its members
 * allows (the loosest cap, share, minimum, matching), and the least certain award.
 *
 * Left in their silo: guarantees (they pay no cost), drafts (they fund nothing),
 * streams without a budget (an unlimited pot gains nothing from pooling, and would make
 * the whole pool unlimited) and any stream whose kind of money no other chosen stream
 * shares (a pool of one is that stream).
 */

export interface PoolMember {
  id: string;
  name: string;
  silo: string;
}

export interface StreamPool {
  /** The pool's stream id in the pooled workspace (`pool-grant`, `pool-loan-2`). */
  id: string;
  name: string;
  kind: PayingKind;
  members: PoolMember[];
  /** Summed budget per year, cents, for every year a member is open. */
  budgetPerYear: Record<string, Cents>;
}

export interface PooledWorkspace {
  workspace: Workspace;
  pools: StreamPool[];
  /** Streams of the chosen silos that stay as they are, with the reason. */
  kept: { id: string; name: string; silo: string; reason: KeptReason }[];
}

export type KeptReason = 'guarantee' | 'draft' | 'unlimited' | 'alone';

/** The kind of money: streams pool only when all of these are the same. */
function moneyKey(stream: FundingStream): string {
  return JSON.stringify([
    stream.kind,
    stream.public,
    stream.stateAid,
    stream.sgei,
    stream.revolving,
    stream.revolvingInterest,
    stream.loan ?? null,
  ]);
}

function keptReason(stream: FundingStream): KeptReason | undefined {
  if (stream.kind === 'guarantee') return 'guarantee';
  if (stream.draft) return 'draft';
  if (stream.budgetPerYear === undefined) return 'unlimited';
  return undefined;
}

function roundCents(value: number): Cents {
  return (Math.sign(value) * Math.round(Math.abs(value))) as Cents;
}

/** Years any of the workspace's plans or its projection needs, first to last. */
function relevantYears(workspace: Workspace): number[] {
  const { startYear, horizonYears } = workspace.settings;
  let first = startYear;
  let last = startYear + horizonYears - 1;
  for (const plan of workspace.plans) {
    first = Math.min(first, plan.startYear);
    last = Math.max(last, plan.startYear + plan.years - 1);
  }
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function memberBudgetIn(stream: FundingStream, factor: number, year: number): number {
  if (stream.years !== undefined && (year < stream.years[0] || year > stream.years[1])) return 0;
  const budget = stream.budgetPerYear;
  if (budget === undefined) return 0;
  const base = typeof budget === 'number' ? budget : (budget[String(year)] ?? 0);
  return base * factor;
}

/** Every member has the term: the combination's bound; one member without it: none. */
function whenAll<T>(
  members: readonly FundingStream[],
  term: (s: FundingStream) => T | undefined,
): T[] | undefined {
  const values = members.map(term);
  return values.every((v) => v !== undefined) ? (values as T[]) : undefined;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function poolStream(
  id: string,
  members: readonly FundingStream[],
  factors: Readonly<Record<string, number>>,
  years: readonly number[],
): PooledStream {
  const factor = (s: FundingStream) => factors[s.id] ?? 1;
  const first = members[0]!;
  const budgetPerYear: Record<string, Cents> = {};
  for (const year of years) {
    const total = sum(members.map((m) => memberBudgetIn(m, factor(m), year)));
    if (total > 0) budgetPerYear[String(year)] = roundCents(total);
  }
  const caps = whenAll(members, (m) => (m.maxPerPlan === undefined ? undefined : m.maxPerPlan * factor(m)));
  const shares = whenAll(members, (m) => m.maxShareOfPlan);
  const minimums = whenAll(members, (m) => m.minAward);
  const matching = whenAll(members, (m) => m.matching);
  const termsDates = whenAll(members, (m) => m.termsDate);
  const weeks = members.flatMap((m) => (m.decisionWeeks === undefined ? [] : [m.decisionWeeks]));
  const deadlines = members.flatMap((m) =>
    m.applicationDeadline === undefined ? [] : [m.applicationDeadline],
  );
  const name = members.map((m) => m.name).join(' + ');
  return {
    id,
    name: name.length <= 200 ? name : `${name.slice(0, 199)}…`,
    silo: 'pool',
    kind: first.kind,
    public: first.public,
    stateAid: first.stateAid,
    draft: false,
    budgetPerYear,
    ...(caps === undefined ? {} : { maxPerPlan: roundCents(sum(caps)) }),
    ...(shares === undefined ? {} : { maxShareOfPlan: Math.min(1, sum(shares)) }),
    ...(minimums === undefined ? {} : { minAward: Math.min(...minimums) as Cents }),
    ...(matching === undefined ? {} : { matching: sum(matching) }),
    awardProbability: Math.min(...members.map((m) => m.awardProbability)),
    ...(first.loan === undefined ? {} : { loan: first.loan }),
    revolving: first.revolving,
    revolvingInterest: first.revolvingInterest,
    sgei: first.sgei,
    // The pool's terms are only as current as its oldest member's.
    ...(termsDates === undefined ? {} : { termsDate: termsDates.sort()[0]! }),
    ...(weeks.length === 0 ? {} : { decisionWeeks: Math.max(...weeks) }),
    ...(deadlines.length === 0 ? {} : { applicationDeadline: deadlines.sort()[0]! }),
    pooledFrom: members,
  };
}

/**
 * Decided awards of pooled streams become one granted award of the pool (their sum, the
 * latest decision date): money already granted stays granted. Refusals and open
 * applications of a member do not bind the pool, which is a new budget.
 */
function pooledAwards(plan: Plan, poolOf: ReadonlyMap<string, string>): Award[] {
  const kept: Award[] = [];
  const decided = new Map<string, { granted: number; decidedOn: string }>();
  for (const award of plan.awards) {
    const pool = poolOf.get(award.streamId);
    if (pool === undefined) {
      kept.push(award);
      continue;
    }
    if (award.status !== 'granted' && award.status !== 'settled') continue;
    const entry = decided.get(pool) ?? { granted: 0, decidedOn: award.decidedOn! };
    entry.granted += award.granted ?? 0;
    if (award.decidedOn! > entry.decidedOn) entry.decidedOn = award.decidedOn!;
    decided.set(pool, entry);
  }
  for (const [streamId, { granted, decidedOn }] of decided) {
    kept.push({ streamId, status: 'granted', granted: granted as Cents, decidedOn });
  }
  return kept;
}

function pooledPlan(plan: Plan, poolOf: ReadonlyMap<string, string>): Plan {
  const touches =
    plan.locked.some((l) => poolOf.has(l.streamId)) || plan.awards.some((a) => poolOf.has(a.streamId));
  if (!touches) return plan;
  return {
    ...plan,
    // A locked amount of a member is money of the pool now, on the same cost line and year.
    locked: plan.locked.map((l) => {
      const pool = poolOf.get(l.streamId);
      return pool === undefined ? l : { ...l, streamId: pool };
    }),
    awards: pooledAwards(plan, poolOf),
  };
}

function freshId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The workspace as the scenario blends it: unchanged without `desiloing`. */
export function poolSilos(workspace: Workspace, scenario: Scenario): PooledWorkspace {
  const chosen = new Set(scenario.desiloing?.silos ?? []);
  if (chosen.size === 0) return { workspace, pools: [], kept: [] };
  const kept: PooledWorkspace['kept'] = [];
  const groups = new Map<string, FundingStream[]>();
  for (const stream of workspace.fundingStreams) {
    if (!chosen.has(stream.silo)) continue;
    const reason = keptReason(stream);
    if (reason !== undefined) {
      kept.push({ id: stream.id, name: stream.name, silo: stream.silo, reason });
      continue;
    }
    const key = moneyKey(stream);
    groups.set(key, [...(groups.get(key) ?? []), stream]);
  }
  const taken = new Set(workspace.fundingStreams.map((s) => s.id));
  const years = relevantYears(workspace);
  const pools: StreamPool[] = [];
  const poolStreams = new Map<string, PooledStream>();
  const poolOf = new Map<string, string>();
  for (const members of groups.values()) {
    if (members.length < 2) {
      const only = members[0]!;
      kept.push({ id: only.id, name: only.name, silo: only.silo, reason: 'alone' });
      continue;
    }
    const kind = members[0]!.kind as PayingKind;
    const stream = poolStream(freshId(`pool-${kind}`, taken), members, scenario.streamFactors, years);
    poolStreams.set(stream.id, stream);
    for (const m of members) poolOf.set(m.id, stream.id);
    pools.push({
      id: stream.id,
      name: stream.name,
      kind,
      members: members.map((m) => ({ id: m.id, name: m.name, silo: m.silo })),
      budgetPerYear: stream.budgetPerYear as Record<string, Cents>,
    });
  }
  if (pools.length === 0) return { workspace, pools, kept };
  // The pool takes the place of its first member in the stream order (the blend's tie-break order).
  const fundingStreams: FundingStream[] = [];
  for (const stream of workspace.fundingStreams) {
    const pool = poolOf.get(stream.id);
    if (pool === undefined) {
      const backs = stream.guarantee?.backs;
      const remapped =
        backs === undefined ? undefined : [...new Set(backs.map((id) => poolOf.get(id) ?? id))];
      fundingStreams.push(
        remapped === undefined ? stream : { ...stream, guarantee: { ...stream.guarantee!, backs: remapped } },
      );
    } else if (poolStreams.has(pool)) {
      fundingStreams.push(poolStreams.get(pool)!);
      poolStreams.delete(pool);
    }
  }
  return {
    workspace: {
      ...workspace,
      fundingStreams,
      plans: workspace.plans.map((plan) => pooledPlan(plan, poolOf)),
    },
    pools,
    kept,
  };
}
