import { DEFAULT_DECISION_WEEKS, type Award, type AwardStatus } from './award';
import type { Cents } from './money';
import type { Workspace } from './workspace';

/**
 * The coach's week (issue 14, "Deze week"): what needs doing about applications and
 * awards now, from the workspace and today's date alone. Dates are `YYYY-MM-DD`.
 */

/** Days ahead the week view looks: reports due and application rounds closing within two weeks. */
export const WEEK_HORIZON_DAYS = 14;

export const WEEK_ITEM_KINDS = ['reportDue', 'decisionOverdue', 'windowClosing'] as const;
export type WeekItemKind = (typeof WEEK_ITEM_KINDS)[number];

export interface WeekItem {
  /**
   * `reportDue`: the award must be accounted for by `date` (within the horizon or overdue,
   * not yet settled); `decisionOverdue`: applied for, and the decision was expected by
   * `date` (applied on + the stream's decision time) but has not come; `windowClosing`:
   * an application still to make (status idea) whose round closes on `date`.
   */
  kind: WeekItemKind;
  date: string;
  /** Days from today to `date`: negative when it has passed. */
  days: number;
  planId: string;
  planName: string;
  cooperativeId: string;
  cooperativeName: string;
  streamId: string;
  streamName: string;
  status: AwardStatus;
  /** Granted amount for a report due, the amount asked for otherwise; null when not recorded. */
  amount: Cents | null;
  reference: string | null;
  appliedOn: string | null;
  /** The decision time used (reminders about decisions only): the stream's, or the default. */
  decisionWeeks: number | null;
  /** True when the stream gives no decision time and DEFAULT_DECISION_WEEKS was used. */
  decisionWeeksDefault: boolean;
}

export interface WeekGroup {
  /** The cooperative's coach; null for cooperatives without one. */
  coach: string | null;
  items: WeekItem[];
}

export interface WeekAgenda {
  today: string;
  horizonDays: number;
  groups: WeekGroup[];
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar date of an instant on this computer's clock, as `YYYY-MM-DD`. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `iso` moved by whole days. */
export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

const KIND_ORDER: Record<WeekItemKind, number> = { reportDue: 0, decisionOverdue: 1, windowClosing: 2 };

function itemsOf(award: Award, today: string, stream: Workspace['fundingStreams'][number]) {
  const out: { kind: WeekItemKind; date: string; weeks?: number; defaulted?: boolean }[] = [];
  const horizon = addDays(today, WEEK_HORIZON_DAYS);
  if (award.reportDue !== undefined && award.status !== 'settled' && award.reportDue <= horizon) {
    out.push({ kind: 'reportDue', date: award.reportDue });
  }
  if (award.status === 'applied' && award.appliedOn !== undefined) {
    const weeks = stream.decisionWeeks ?? DEFAULT_DECISION_WEEKS;
    const expected = addDays(award.appliedOn, weeks * 7);
    if (expected < today) {
      out.push({
        kind: 'decisionOverdue',
        date: expected,
        weeks,
        defaulted: stream.decisionWeeks === undefined,
      });
    }
  }
  const deadline = stream.applicationDeadline;
  if (award.status === 'idea' && deadline !== undefined && deadline >= today && deadline <= horizon) {
    out.push({ kind: 'windowClosing', date: deadline });
  }
  return out;
}

/**
 * Everything due about the workspace's awards as of `today`, grouped per coach (by
 * name, cooperatives without a coach last), each group in date order.
 */
export function weekAgenda(workspace: Workspace, today: string): WeekAgenda {
  const cooperatives = new Map(workspace.cooperatives.map((c) => [c.id, c]));
  const streams = new Map(workspace.fundingStreams.map((s) => [s.id, s]));
  const byCoach = new Map<string | null, WeekItem[]>();
  for (const plan of workspace.plans) {
    const cooperative = cooperatives.get(plan.cooperativeId);
    if (cooperative === undefined) continue;
    // Optional: a cooperative may not have a coach yet.
    const coach = cooperative.coach ?? null;
    for (const award of plan.awards) {
      const stream = streams.get(award.streamId);
      if (stream === undefined) continue;
      for (const found of itemsOf(award, today, stream)) {
        const items = byCoach.get(coach) ?? [];
        items.push({
          kind: found.kind,
          date: found.date,
          days: daysBetween(today, found.date),
          planId: plan.id,
          planName: plan.name,
          cooperativeId: cooperative.id,
          cooperativeName: cooperative.name,
          streamId: stream.id,
          streamName: stream.name,
          status: award.status,
          amount: (found.kind === 'reportDue' ? award.granted : award.requested) ?? null,
          reference: award.reference ?? null,
          appliedOn: award.appliedOn ?? null,
          decisionWeeks: found.weeks ?? null,
          decisionWeeksDefault: found.defaulted === true,
        });
        byCoach.set(coach, items);
      }
    }
  }
  const groups = [...byCoach.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'nl')))
    .map(([coach, items]) => ({
      coach,
      items: items.sort(
        (x, y) =>
          x.date.localeCompare(y.date) ||
          KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
          x.cooperativeName.localeCompare(y.cooperativeName, 'nl') ||
          x.planName.localeCompare(y.planName, 'nl'),
      ),
    }));
  return { today, horizonDays: WEEK_HORIZON_DAYS, groups };
}
