import type { Lang } from '../i18n';
import { encodeWorkspace, parseWorkspace } from '../model/parse';
import type { ValidationIssue } from '../model/issues';
import type { Workspace } from '../model/workspace';
import type { JsonObject } from './json-path';
import type { BatchWrite } from '../storage/types';
import { ImportContext } from './context';
import { costLineWrites, mergeCostLines, type CostLineMerge } from './cost-lines';
import { planFieldOfKey } from './new-plans';
import { entityWrites, GROUP_FALLBACK, mergeEntities, type EntityMerge } from './entities';
import { fieldsOf, ID_FIELD } from './fields';
import { resolveMapping, suggestMapping } from './mapping';
import type { SheetTable } from './table';
import type {
  ColumnMapping,
  ImportCounts,
  ImportKind,
  ImportMode,
  ImportProblem,
  NumberFormat,
  PreviewRow,
} from './types';

export interface ImportOptions {
  kind: ImportKind;
  mode: ImportMode;
  /** Absent: the mapping suggested from the headers. */
  mapping?: ColumnMapping | undefined;
  numberFormat: NumberFormat;
}

/** Everything an import would do, worked out without writing: the preview, the problems and the writes. */
export interface ImportPlan {
  suggestedMapping: ColumnMapping;
  mapping: ColumnMapping;
  /** Every data row with its status and mapped cell texts. */
  rows: PreviewRow[];
  counts: ImportCounts;
  /** Sorted by row (file and mapping problems first), then by column. */
  problems: ImportProblem[];
  /** Empty whenever there is a problem. */
  writes: BatchWrite[];
  /** Plans a cost-line import creates, with the scenarios (ids) they join. */
  newPlans: { id: string; name: string; scenarios: string[] }[];
}

/** The identifying fields a row cannot do without, whatever the mode. */
const KEY_FIELDS: Record<ImportKind, readonly string[]> = {
  cooperatives: [ID_FIELD.cooperatives],
  fundingStreams: [ID_FIELD.fundingStreams],
  costLines: ['planId', ID_FIELD.costLines],
};

function checkMapping(context: ImportContext, kind: ImportKind, resolved: ReturnType<typeof resolveMapping>) {
  for (const field of resolved.unknownFields) context.add(null, field, 'unknownField', {}, null);
  for (const { field, column } of resolved.unknownColumns)
    context.add(null, field, 'unknownColumn', { column }, column);
  for (const field of KEY_FIELDS[kind]) {
    if (!context.isMapped(field) && !resolved.unknownColumns.some((u) => u.field === field)) {
      context.add(null, field, 'fieldNotMapped');
    }
  }
}

/** Names the row (and column) behind a problem the workspace checks found in the merged copy. */
function locateEntityIssue(context: ImportContext, merge: EntityMerge, issue: ValidationIssue): void {
  const [collection, index, ...rest] = issue.path;
  const row =
    collection === merge.collection && typeof index === 'number' ? merge.rowOfIndex.get(index) : undefined;
  if (row === undefined) {
    context.add(null, null, issue.key, issue.params);
    return;
  }
  context.add(row, context.fieldAt(rest, GROUP_FALLBACK[merge.collection]), issue.key, issue.params);
}

function locateCostIssue(context: ImportContext, merge: CostLineMerge, issue: ValidationIssue): void {
  const [collection, p, costs, c, part, year] = issue.path;
  // A rule about a plan the import creates (its name, cooperative, years): the row that gave it.
  const created = merge.newPlans.created.find((plan) => collection === 'plans' && plan.index === p);
  const planField = planFieldOfKey(costs);
  if (created !== undefined && planField !== null) {
    const row = created.facts.given[planField]?.row ?? created.facts.rows[0] ?? null;
    context.add(row, planField, issue.key, issue.params);
    return;
  }
  if (collection === 'plans' && typeof p === 'number' && costs === 'costs') {
    const group = typeof c === 'number' ? merge.lineAt.get(`${p}/${c}`) : merge.firstNewLine.get(p);
    if (group !== undefined) {
      group.status = 'invalid';
      if (part === 'amounts' && year !== undefined) {
        const entry = group.amounts.get(Number(year));
        const field = issue.key === 'yearOutsidePlan' ? 'year' : 'amount';
        context.add(entry?.row ?? group.rows[0] ?? null, field, issue.key, issue.params);
        return;
      }
      const field = part === 'category' || part === 'label' ? part : 'costId';
      context.add(group.rows[0] ?? null, field, issue.key, issue.params);
      return;
    }
  }
  context.add(null, null, issue.key, issue.params);
}

function newPlansOf(merge: CostLineMerge, json: JsonObject): ImportPlan['newPlans'] {
  const scenarios = Array.isArray(json['scenarios']) ? (json['scenarios'] as JsonObject[]) : [];
  const joined = merge.newPlans.joined.map((s) => String(scenarios[s]?.['id']));
  return merge.newPlans.created.map((plan) => ({ id: plan.id, name: plan.name, scenarios: joined }));
}

function countsOf(rows: readonly PreviewRow[], merge: EntityMerge | CostLineMerge): ImportCounts {
  if ('groups' in merge) {
    const groups = merge.groups;
    return {
      rows: rows.length,
      created: groups.filter((g) => g.status === 'new').length,
      updated: groups.filter((g) => g.status === 'update').length,
      unchanged: groups.filter((g) => g.status === 'unchanged').length,
    };
  }
  return {
    rows: rows.length,
    created: rows.filter((r) => r.status === 'new').length,
    updated: rows.filter((r) => r.status === 'update').length,
    unchanged: rows.filter((r) => r.status === 'unchanged').length,
  };
}

function sortProblems(problems: ImportProblem[], headers: readonly string[]): ImportProblem[] {
  const columnRank = (column: string | null) => {
    const index = column === null ? -1 : headers.indexOf(column);
    return index < 0 ? headers.length : index;
  };
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort(
      (a, b) =>
        (a.problem.row ?? 0) - (b.problem.row ?? 0) ||
        columnRank(a.problem.column) - columnRank(b.problem.column) ||
        a.order - b.order,
    )
    .map(({ problem }) => problem);
}

/**
 * Works out an import against `workspace`: reads every row with the mapping, checks each
 * with the format's schemas, merges the good ones into a copy of the workspace and runs
 * the workspace's own schema and cross-reference checks on that copy. Writes nothing;
 * `writes` is what the store should do in one transaction, and is empty on any problem.
 */
export function planImport(
  workspace: Workspace,
  table: SheetTable,
  options: ImportOptions,
  lang: Lang,
): ImportPlan {
  const suggestedMapping = suggestMapping(options.kind, table.headers);
  const resolved = resolveMapping(options.kind, table.headers, options.mapping ?? suggestedMapping);
  const context = new ImportContext(
    lang,
    options.mode,
    options.numberFormat,
    fieldsOf(options.kind),
    table.headers,
    resolved.columns,
  );
  checkMapping(context, options.kind, resolved);
  if (table.rows.length === 0) context.add(null, null, 'noRows');

  // A copy in the JSON form (euros), so the merged rows go through exactly the checks an import of a workspace file does.
  const json = structuredClone(encodeWorkspace(workspace)) as JsonObject;
  const merge =
    options.kind === 'costLines'
      ? mergeCostLines(context, table, json)
      : mergeEntities(context, table, json, options.kind);

  let writes: BatchWrite[] = [];
  const checked = parseWorkspace(json, lang);
  if (!checked.ok) {
    for (const issue of checked.issues) {
      if ('groups' in merge) locateCostIssue(context, merge, issue);
      else locateEntityIssue(context, merge, issue);
    }
  } else if (context.problems.length === 0) {
    writes = 'groups' in merge ? costLineWrites(merge, checked.value) : entityWrites(merge, checked.value);
  }

  const rows = merge.rows.map((row) =>
    row.status !== 'invalid' && context.hasProblems(row.row) ? { ...row, status: 'invalid' as const } : row,
  );
  if ('groups' in merge) {
    // A line refused by the workspace checks refuses all of its rows.
    for (const row of rows) {
      const group = merge.groupOfRow.get(row.row);
      if (group?.status === 'invalid') row.status = 'invalid';
    }
  }
  return {
    suggestedMapping,
    mapping: resolved.mapping,
    rows,
    counts: countsOf(rows, merge),
    problems: sortProblems(context.problems, table.headers),
    writes,
    newPlans: 'groups' in merge ? newPlansOf(merge, json) : [],
  };
}
