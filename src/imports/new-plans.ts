/**
 * Plans made by a cost-line import. Rows that name a plan the workspace does not have
 * and give its name and cooperative create it (start year and number of years may be
 * given, else they follow from the years of its rows), and a new plan joins every
 * scenario that held all plans before the import, as a plan made in the app does. For
 * a plan that exists the plan columns may repeat what is stored; a different value is
 * refused (the plan's own facts are changed in the plan builder, where amounts outside
 * a new period are guarded).
 */
import { scenariosHoldingAllPlans } from '../model/scenario-plans';
import type { ImportContext } from './context';
import { listAt, type JsonObject } from './json-path';

export const PLAN_FIELDS = ['planName', 'cooperativeId', 'startYear', 'planYears'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

/** Where each plan column goes in a plan's JSON form. */
const PLAN_KEY: Record<PlanField, string> = {
  planName: 'name',
  cooperativeId: 'cooperativeId',
  startYear: 'startYear',
  planYears: 'years',
};

/** What the rows of one plan say about the plan itself. */
export interface PlanFacts {
  planId: string;
  rows: number[];
  given: Partial<Record<PlanField, { value: unknown; row: number }>>;
  /** The years the plan's rows give amounts for. */
  years: Set<number>;
}

/** A plan this import creates, for the preview and the writes. */
export interface NewPlan {
  index: number;
  id: string;
  name: string;
  facts: PlanFacts;
}

export interface NewPlansMerge {
  created: NewPlan[];
  /** Plans named by rows that could not be created (already reported on those rows). */
  refused: Set<string>;
  /** Scenarios (index in the workspace) whose plan lists took the new plans. */
  joined: number[];
}

/** Records one row's plan columns under its plan; rows of one plan that disagree are refused. */
export function collectPlanFacts(
  context: ImportContext,
  facts: Map<string, PlanFacts>,
  row: number,
  values: ReadonlyMap<string, unknown>,
): void {
  const planId = values.get('planId') as string;
  let plan = facts.get(planId);
  if (plan === undefined) {
    plan = { planId, rows: [], given: {}, years: new Set() };
    facts.set(planId, plan);
  }
  plan.rows.push(row);
  for (const field of PLAN_FIELDS) {
    const value = values.get(field);
    if (value === undefined) continue;
    const first = plan.given[field];
    if (first === undefined) plan.given[field] = { value, row };
    else if (first.value !== value)
      context.add(row, field, 'conflictingValue', { first: first.row, value: String(first.value) });
  }
  const year = values.get('year');
  if (typeof year === 'number' && values.get('amount') !== undefined) plan.years.add(year);
}

/** A new plan runs 3 to 5 years when its rows say nothing about its years: the workspace horizon within that range. */
function defaultYears(settings: JsonObject): number {
  const horizon = typeof settings['horizonYears'] === 'number' ? settings['horizonYears'] : 5;
  return Math.min(5, Math.max(3, horizon));
}

function newPlanJson(facts: PlanFacts, settings: JsonObject): JsonObject {
  const years = [...facts.years].sort((a, b) => a - b);
  const startGiven = facts.given.startYear?.value;
  const start =
    typeof startGiven === 'number' ? startGiven : (years[0] ?? (settings['startYear'] as number | undefined));
  const last = years[years.length - 1];
  const count =
    facts.given.planYears?.value ??
    (last !== undefined && typeof start === 'number'
      ? Math.max(1, last - start + 1)
      : defaultYears(settings));
  return {
    id: facts.planId,
    cooperativeId: facts.given.cooperativeId?.value,
    name: facts.given.planName?.value,
    startYear: start,
    years: count,
    costs: [],
  };
}

/** A plan column that differs from the stored plan is refused on the row that gave it. */
function checkAgainstStored(context: ImportContext, facts: PlanFacts, stored: JsonObject): void {
  for (const field of PLAN_FIELDS) {
    const given = facts.given[field];
    const value = stored[PLAN_KEY[field]];
    if (given !== undefined && given.value !== value) {
      context.add(given.row, field, 'planDiffers', { id: facts.planId, value: String(value) });
    }
  }
}

/**
 * Adds the plans the rows name but the workspace lacks to `json` (its JSON form), and
 * appends them to the scenarios that held every plan before. Problems go on the rows.
 */
export function addNewPlans(
  context: ImportContext,
  facts: ReadonlyMap<string, PlanFacts>,
  json: JsonObject,
): NewPlansMerge {
  const plans = listAt(json, 'plans');
  const scenarios = listAt(json, 'scenarios');
  const allPlans = new Set(
    scenariosHoldingAllPlans({
      plans: plans.map((plan) => ({ id: String(plan['id']) })),
      scenarios: scenarios.map((s) => ({ id: String(s['id']), plans: s['plans'] as string[] })),
    }),
  );
  const settings = (json['settings'] ?? {}) as JsonObject;
  const merge: NewPlansMerge = { created: [], refused: new Set(), joined: [] };

  for (const plan of facts.values()) {
    const stored = plans.find((p) => p['id'] === plan.planId);
    if (stored !== undefined) {
      checkAgainstStored(context, plan, stored);
      continue;
    }
    const first = plan.rows[0] ?? null;
    if (Object.keys(plan.given).length === 0) {
      // Nothing says this is meant to be a new plan: most likely a mistyped plan id.
      for (const row of plan.rows) context.add(row, 'planId', 'unknownPlanNoDetails', { id: plan.planId });
      merge.refused.add(plan.planId);
      continue;
    }
    let complete = true;
    for (const field of ['planName', 'cooperativeId'] as const) {
      if (plan.given[field] !== undefined || first === null) continue;
      if (!context.reportNotMapped(first, field)) context.add(first, field, 'required');
      complete = false;
    }
    if (!complete || plan.rows.some((row) => context.hasProblems(row))) {
      merge.refused.add(plan.planId);
      continue;
    }
    const created = newPlanJson(plan, settings);
    plans.push(created);
    merge.created.push({
      index: plans.length - 1,
      id: plan.planId,
      name: String(created['name']),
      facts: plan,
    });
  }

  if (merge.created.length > 0) {
    scenarios.forEach((scenario, index) => {
      if (!allPlans.has(String(scenario['id']))) return;
      scenario['plans'] = [...(scenario['plans'] as string[]), ...merge.created.map((p) => p.id)];
      merge.joined.push(index);
    });
  }
  return merge;
}

/** The plan column a problem with a new plan's own key (`name`, `years`, …) belongs to. */
export function planFieldOfKey(key: unknown): PlanField | null {
  const found = PLAN_FIELDS.find((field) => PLAN_KEY[field] === key);
  return found ?? null;
}
