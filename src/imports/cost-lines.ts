import { z } from 'zod';
import { idSchema } from '../model/ids';
import { nonNegativeMoneySchema } from '../model/money';
import { parseWith } from '../model/parse';
import { costLineSchema, planSchema } from '../model/plan';
import type { Workspace } from '../model/workspace';
import { yearSchema } from '../model/years';
import type { BatchWrite } from '../storage/types';
import { readRow, type ImportContext } from './context';
import { listAt, sameJson, type JsonObject } from './json-path';
import { addNewPlans, collectPlanFacts, type NewPlansMerge, type PlanFacts } from './new-plans';
import type { SheetTable } from './table';
import type { PreviewRow, RowStatus } from './types';

/**
 * One row of a cost-line sheet, in the "long" shape: plan, cost line, category, label,
 * year, amount. Every part is checked by the format's own schema for that part.
 */
const costRowSchema = z.strictObject({
  planId: idSchema,
  costId: costLineSchema.shape.id,
  category: costLineSchema.shape.category.optional(),
  label: costLineSchema.shape.label.optional(),
  year: yearSchema.optional(),
  amount: nonNegativeMoneySchema.optional(),
  // The plan's own facts, for a plan the import creates (new-plans.ts).
  planName: planSchema.shape.name.optional(),
  cooperativeId: planSchema.shape.cooperativeId.optional(),
  startYear: planSchema.shape.startYear.optional(),
  planYears: planSchema.shape.years.optional(),
});

/** The rows of one cost line of one plan. */
interface LineGroup {
  planId: string;
  costId: string;
  rows: number[];
  category?: { value: string; row: number };
  label?: { value: string; row: number };
  /** Year -> euros, and the row that gave it. */
  amounts: Map<number, { amount: number; row: number }>;
  status: RowStatus;
}

export interface CostLineMerge {
  rows: PreviewRow[];
  /** `planIndex/costIndex` in the merged workspace -> the line's rows. */
  lineAt: Map<string, LineGroup>;
  /** Plan index -> the first new line's group (for a rule on the plan's list of lines). */
  firstNewLine: Map<number, LineGroup>;
  /** Plans whose lines change. */
  changedPlans: Set<number>;
  groups: LineGroup[];
  /** Spreadsheet row -> its line, for rows that were read without problems. */
  groupOfRow: Map<number, LineGroup>;
  /** The plans the import creates, and the scenarios they join. */
  newPlans: NewPlansMerge;
}

function groupRow(
  context: ImportContext,
  groups: Map<string, LineGroup>,
  row: number,
  values: Map<string, unknown>,
) {
  const planId = values.get('planId') as string;
  const costId = values.get('costId') as string;
  const key = `${planId}\u0000${costId}`;
  let group = groups.get(key);
  if (group === undefined) {
    group = { planId, costId, rows: [], amounts: new Map(), status: 'new' };
    groups.set(key, group);
  }
  group.rows.push(row);
  for (const field of ['category', 'label'] as const) {
    const value = values.get(field);
    if (typeof value !== 'string') continue;
    const first = group[field];
    if (first === undefined) group[field] = { value, row };
    else if (first.value !== value)
      context.add(row, field, 'conflictingValue', { first: first.row, value: first.value });
  }
  const year = values.get('year');
  const amount = values.get('amount');
  if (typeof year === 'number' && typeof amount === 'number') {
    const first = group.amounts.get(year);
    if (first !== undefined) context.add(row, 'year', 'duplicateYear', { year, first: first.row });
    else group.amounts.set(year, { amount, row });
  }
  return group;
}

/** Reads and checks each row on its own, then collects the rows of each (plan, cost line). */
function collectLines(context: ImportContext, table: SheetTable, statusOf: Map<number, LineGroup | null>) {
  const groups = new Map<string, LineGroup>();
  const facts = new Map<string, PlanFacts>();
  const texts = new Map<number, Record<string, string>>();
  for (const sheetRow of table.rows) {
    const read = readRow(context, sheetRow);
    texts.set(read.row, read.texts);
    const candidate: JsonObject = {};
    for (const [field, value] of read.values) if (value !== undefined) candidate[field] = value;
    const parsed = parseWith(costRowSchema, candidate, context.lang);
    if (!parsed.ok) {
      for (const issue of parsed.issues) {
        const field = context.fieldAt(issue.path);
        if (field !== null && read.failed.has(field)) continue;
        if (field !== null && issue.key === 'required' && context.reportNotMapped(read.row, field)) continue;
        context.add(read.row, field, issue.key, issue.params);
      }
    }
    // A year needs its amount and an amount its year; a row with neither only names the line.
    const hasYear = read.values.get('year') !== undefined || read.failed.has('year');
    const hasAmount = read.values.get('amount') !== undefined || read.failed.has('amount');
    if (hasYear && !hasAmount) context.add(read.row, 'amount', 'required');
    if (hasAmount && !hasYear) context.add(read.row, 'year', 'required');
    if (context.hasProblems(read.row)) {
      statusOf.set(read.row, null);
      continue;
    }
    statusOf.set(read.row, groupRow(context, groups, read.row, read.values));
    collectPlanFacts(context, facts, read.row, read.values);
  }
  return { groups: [...groups.values()], texts, facts };
}

/**
 * Merges cost lines into their plans in `json`. A new line is appended to its plan; an
 * existing one (mode `upsert`) keeps its place and takes the file's category and label
 * where given, and the file's years as its whole schedule when the file gives any.
 */
export function mergeCostLines(context: ImportContext, table: SheetTable, json: JsonObject): CostLineMerge {
  const statusOf = new Map<number, LineGroup | null>();
  const { groups, texts, facts } = collectLines(context, table, statusOf);
  const newPlans = addNewPlans(context, facts, json);
  const plans = listAt(json, 'plans');
  const planIndex = new Map<unknown, number>(plans.map((plan, i) => [plan['id'], i]));
  const merge: CostLineMerge = {
    rows: [],
    lineAt: new Map(),
    firstNewLine: new Map(),
    changedPlans: new Set(),
    groups,
    groupOfRow: new Map(),
    newPlans,
  };

  for (const group of groups) {
    const p = planIndex.get(group.planId);
    const plan = p === undefined ? undefined : plans[p];
    if (p === undefined || plan === undefined) {
      // A plan that could not be created was reported on its rows already.
      if (!newPlans.refused.has(group.planId)) {
        for (const row of group.rows) context.add(row, 'planId', 'unknownPlan', { id: group.planId });
      }
      group.status = 'invalid';
      continue;
    }
    const costs = listAt(plan, 'costs');
    const c = costs.findIndex((line) => line['id'] === group.costId);
    const stored = c < 0 ? undefined : costs[c];
    const first = group.rows[0] ?? 0;
    if (stored !== undefined && context.mode === 'add') {
      for (const row of group.rows) context.add(row, 'costId', 'existsInWorkspace', { id: group.costId });
    }
    if (stored === undefined) {
      for (const field of ['category', 'label'] as const) {
        if (group[field] === undefined && !context.reportNotMapped(first, field))
          context.add(first, field, 'required');
      }
    }
    if (group.rows.some((row) => context.hasProblems(row))) {
      group.status = 'invalid';
      continue;
    }
    const amounts =
      group.amounts.size === 0 && stored !== undefined
        ? (stored['amounts'] as Record<string, number>)
        : Object.fromEntries(
            [...group.amounts.entries()]
              .sort(([a], [b]) => a - b)
              .map(([year, { amount }]) => [String(year), amount]),
          );
    const line: JsonObject = {
      id: group.costId,
      category: group.category?.value ?? stored?.['category'],
      label: group.label?.value ?? stored?.['label'],
      amounts,
    };
    if (stored !== undefined && sameJson(line, stored)) {
      group.status = 'unchanged';
      continue;
    }
    const at = stored === undefined ? costs.length : c;
    costs[at] = line;
    merge.lineAt.set(`${p}/${at}`, group);
    merge.changedPlans.add(p);
    if (stored === undefined && !merge.firstNewLine.has(p)) merge.firstNewLine.set(p, group);
    group.status = stored === undefined ? 'new' : 'update';
  }

  for (const sheetRow of table.rows) {
    const group = statusOf.get(sheetRow.row);
    if (group !== null && group !== undefined) merge.groupOfRow.set(sheetRow.row, group);
    const status =
      group === null || group === undefined || context.hasProblems(sheetRow.row) ? 'invalid' : group.status;
    merge.rows.push({ row: sheetRow.row, status, values: texts.get(sheetRow.row) ?? {} });
  }
  return merge;
}

/**
 * From the checked workspace (cents): the new plans, in file order; one whole-plan
 * update per existing plan whose lines change; then the scenarios the new plans join
 * (after the plans, which their lists refer to).
 */
export function costLineWrites(merge: CostLineMerge, checked: Workspace): BatchWrite[] {
  const planAt = (p: number) => {
    const plan = checked.plans[p];
    if (plan === undefined) throw new Error(`no plan at ${p}`);
    return plan;
  };
  const created = new Set(merge.newPlans.created.map((plan) => plan.index));
  const inserts: BatchWrite[] = [...created].map((p) => ({ op: 'insertPlan', plan: planAt(p) }));
  const updates: BatchWrite[] = [...merge.changedPlans]
    .filter((p) => !created.has(p))
    .map((p) => ({ op: 'updatePlan', plan: planAt(p) }));
  const joins: BatchWrite[] = merge.newPlans.joined.map((s) => {
    const scenario = checked.scenarios[s];
    if (scenario === undefined) throw new Error(`no scenario at ${s}`);
    return { op: 'updateScenario', scenario };
  });
  return [...inserts, ...updates, ...joins];
}
