import type { Lang } from '../../i18n';
import type { Formulation } from './formulation';
import type { SolvedFormulation } from './highs-solver';
import { formatter } from './intl';
import type { LockBreak } from './locks';
import { bindingMessage, brokenMessage, paramText, type MessageParams } from './messages';
import type { BlendProblem } from './problem';
import type { Binding, BlendRule } from './types';
import { messageTemplate } from '../../model/fill-template';
import { asCents } from '../../model/money';

interface Found {
  rule: BlendRule;
  planIndex?: number;
  streamIndex?: number;
  cooperativeId?: string;
  year?: number;
  value: number;
}

function euros(lang: Lang, cents: number): string {
  return formatter(lang, 'currency').format(cents / 100);
}

function describe(
  problem: BlendProblem,
  lang: Lang,
  found: Omit<Found, 'value'>,
  value: number,
): MessageParams {
  const plan = found.planIndex === undefined ? undefined : problem.plans[found.planIndex];
  const s = found.streamIndex === undefined ? undefined : problem.streams[found.streamIndex];
  const cooperative =
    found.cooperativeId === undefined
      ? plan?.cooperative
      : problem.workspace.cooperatives.find((c) => c.id === found.cooperativeId);
  const percent = formatter(lang, 'percent');
  const params: MessageParams = {
    value: () => euros(lang, Math.round(value * 100)),
    plan: plan?.plan.name ?? '',
    stream: s?.stream.name ?? '',
    cooperative: cooperative?.name ?? '',
    year: found.year === undefined ? '' : String(found.year),
    dscr: String(problem.minDscr),
    period: String(problem.deMinimisPeriod),
  };
  if (s !== undefined) {
    params['share'] = () => percent.format(s.stream.maxShareOfPlan ?? 1);
    params['ratio'] = `1 : ${s.stream.matching ?? 0}`;
    params['limit'] = () => euros(lang, found.rule === 'minAward' ? (s.stream.minAward ?? 0) : s.maxPerPlan);
  }
  if (found.rule === 'deMinimis') params['limit'] = () => euros(lang, problem.deMinimisCeiling);
  if (found.rule === 'sgeiDeMinimis') params['limit'] = () => euros(lang, problem.sgeiCeiling);
  return params;
}

function key(f: Omit<Found, 'value'>): string {
  return [f.rule, f.planIndex ?? '', f.streamIndex ?? '', f.cooperativeId ?? '', f.year ?? ''].join('|');
}

/**
 * A dual this large is a lock's penalty showing through (a rule locks break elsewhere
 * makes every related limit look priceless), not euros of gap: such rows are not listed.
 * Real values stay far below it (a euro of a 1 % guarantee requirement is worth 100).
 */
const PENALTY_LEAK = 1000;

/**
 * Cents of room a row may keep in the final blend and still be listed. The preference
 * (phase 2) may move money off a limit whose dual is tiny (a cap worth 0.03 cents per
 * euro left EUR 17 unused, losing less than half a cent of funding): such a limit holds
 * nothing back in the blend as reported, so it is not listed.
 */
const TIGHT_CENTS = 1;

/** Cents by which the final values stay within a row's bounds (0: at a bound). */
function rowRoom(row: Formulation['lp']['rows'][number], values: Float64Array): number {
  let activity = 0;
  for (let k = 0; k < row.indices.length; k++) activity += row.values[k]! * (values[row.indices[k]!] ?? 0);
  return Math.min(row.upper - activity, activity - row.lower);
}

/** The rules that hold the blend back, with the solver's duals as euros of gap closed per euro of limit. */
function fromDuals(f: Formulation, solved: SolvedFormulation): Found[] {
  const found = new Map<string, Found>();
  const awards = new Map(f.binaries.map((b) => [`${b.planIndex}|${b.streamIndex}`, b]));
  const note = (item: Found) => {
    const k = key(item);
    const before = found.get(k);
    if (before === undefined || item.value > before.value) found.set(k, item);
  };
  f.lp.rows.forEach((row, r) => {
    const value = Math.abs(solved.rowDual[r] ?? 0);
    // A binding lower minimum-award row only says the minimum forces money in; the link row says why a stream gives nothing.
    const tag = row.tag.rule;
    if (
      value < 1e-7 ||
      value >= PENALTY_LEAK ||
      tag === 'hall' ||
      tag === 'phase2' ||
      tag === 'minAward' ||
      tag === 'guaranteeShare' ||
      tag === 'revolvingReturns' ||
      // A granted award's row: the award explains itself (award-outcomes.ts).
      tag === 'award' ||
      rowRoom(row, solved.values) > TIGHT_CENTS
    )
      return;
    let rule: BlendRule;
    if (tag === 'minAwardLink') {
      // With the stream giving (z = 1) the link row is the cap `most`; only with the stream
      // held at nothing (z = 0) does the minimum award itself hold the money back.
      const award = awards.get(`${row.tag.planIndex}|${row.tag.streamIndex}`);
      const gives = award !== undefined && (solved.phase1[award.col] ?? 0) > 0.5;
      if (!gives) rule = 'minAward';
      else if (award.linkCap !== null) rule = award.linkCap;
      else return;
    } else rule = tag;
    const { planIndex, streamIndex, cooperativeId, year } = row.tag;
    note({
      rule,
      value,
      ...(planIndex === undefined ? {} : { planIndex }),
      ...(streamIndex === undefined ? {} : { streamIndex }),
      ...(cooperativeId === undefined ? {} : { cooperativeId }),
      ...(year === undefined || rule === 'maxPerPlan' || rule === 'maxShareOfPlan' ? {} : { year }),
    });
  });
  for (const v of f.funds) {
    const column = f.lp.columns[v.col]!;
    const value = solved.colDual[v.col] ?? 0;
    const atUpper =
      Math.abs((solved.phase1[v.col] ?? 0) - column.upper) < 1e-6 &&
      column.upper - (solved.values[v.col] ?? 0) <= TIGHT_CENTS;
    if (column.boundSource === null || value < 1e-7 || value >= PENALTY_LEAK || !atUpper) continue;
    const rule = column.boundSource.rule;
    note({
      rule,
      value,
      ...(rule === 'budget'
        ? { streamIndex: v.streamIndex, year: v.year }
        : { planIndex: v.planIndex, streamIndex: v.streamIndex }),
    });
  }
  return [...found.values()];
}

function withIds(problem: BlendProblem, found: Omit<Found, 'value'>): Partial<Binding> {
  const ids: Partial<Binding> = {};
  if (found.planIndex !== undefined) ids.planId = problem.plans[found.planIndex]!.plan.id;
  if (found.streamIndex !== undefined) ids.streamId = problem.streams[found.streamIndex]!.stream.id;
  if (found.cooperativeId !== undefined) ids.cooperativeId = found.cooperativeId;
  if (found.year !== undefined) ids.year = found.year;
  return ids;
}

export function explain(
  problem: BlendProblem,
  f: Formulation,
  solved: SolvedFormulation | null,
  lang: Lang,
): Binding[] {
  const out: Binding[] = [];
  for (const cell of f.uncoverable) {
    const params = {
      ...describe(problem, lang, { rule: 'eligibility', planIndex: cell.planIndex, year: cell.year }, 0),
      amount: () => euros(lang, cell.amount),
      category: messageTemplate(lang, `finance:blend.costCategory.${cell.category}`),
    };
    out.push({
      rule: 'eligibility',
      planId: problem.plans[cell.planIndex]!.plan.id,
      year: cell.year,
      valuePerEuro: 0,
      message: bindingMessage(lang, 'eligibility', params),
    });
  }
  for (const broken of f.locked.breaks) out.push(lockBinding(problem, broken, lang));
  const found = solved === null ? [] : fromDuals(f, solved);
  found.sort((a, b) => b.value - a.value || a.rule.localeCompare(b.rule));
  for (const item of found) {
    out.push({
      rule: item.rule,
      ...withIds(problem, item),
      valuePerEuro: Math.round(item.value * 1e6) / 1e6,
      message: bindingMessage(lang, item.rule, describe(problem, lang, item, item.value)),
    } as Binding);
  }
  return out;
}

function lockBinding(problem: BlendProblem, broken: LockBreak, lang: Lang): Binding {
  const params = describe(problem, lang, broken, 0);
  const plan =
    broken.planIndex === undefined
      ? ''
      : ` (${paramText(params, 'plan')}${paramText(params, 'stream') ? `, ${paramText(params, 'stream')}` : ''})`;
  return {
    rule: broken.rule,
    ...withIds(problem, broken),
    valuePerEuro: 0,
    brokenByLock: true,
    excess: asCents(Math.ceil(broken.excess - 1e-9)),
    message: brokenMessage(
      lang,
      broken.rule,
      { ...params, where: plan, excess: () => euros(lang, broken.excess) },
      broken.byPriorAid === true,
    ),
  } as Binding;
}
