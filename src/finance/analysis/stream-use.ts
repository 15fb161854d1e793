import type { z } from 'zod';
import type { streamYearUseSchema } from './schemas';
import { buildProblem } from '../blend/problem';
import type { Allocation } from '../blend/types';
import { asCents } from '../../model/money';
import type { Workspace } from '../../model/workspace';
import { euros } from './euros';

export type StreamYearUse = z.infer<typeof streamYearUseSchema>;

/**
 * How much of each stream's yearly budget a blend uses, per stream and year, in the
 * workspace's stream order and then by year. The budget is the one the blend itself
 * enforced (rule 2 after the scenario's factor, rounded as the blend rounds it), taken
 * from the blend's own problem data so the two can never disagree by a cent.
 *
 * The years are the workspace horizon, limited to the stream's own years (a budget
 * outside them cannot be spent, so showing it as unused would mislead), plus any year
 * in which the blend did use the stream (locked amounts may fall outside), so that no
 * euro is left out. A stream-year appears when it has a budget or some use: unlimited
 * streams show only the years they are used in.
 */
export function streamUse(
  workspace: Workspace,
  allocations: readonly Allocation[],
  streamFactors: Readonly<Record<string, number>> = {},
): StreamYearUse[] {
  const used = new Map<string, Map<number, number>>();
  for (const a of allocations) {
    const byYear = used.get(a.streamId) ?? new Map<number, number>();
    byYear.set(a.year, (byYear.get(a.year) ?? 0) + a.amount);
    used.set(a.streamId, byYear);
  }
  const { startYear, horizonYears } = workspace.settings;
  const { streams } = buildProblem(workspace, { planIds: [], streamFactors });
  const rows: StreamYearUse[] = [];
  for (const data of streams) {
    const { stream } = data;
    // A draft's budget is not on offer to any blend, so showing it unused would mislead.
    if (stream.draft) continue;
    const usedIn = used.get(stream.id) ?? new Map<number, number>();
    const years = new Set(usedIn.keys());
    for (let year = startYear; year < startYear + horizonYears; year++) {
      if (stream.years === undefined || (year >= stream.years[0] && year <= stream.years[1])) years.add(year);
    }
    for (const year of [...years].sort((a, b) => a - b)) {
      const limit = data.budgetIn(year);
      const budget = Number.isFinite(limit) ? limit : null;
      const cents = usedIn.get(year) ?? 0;
      if (budget === null && cents === 0) continue;
      rows.push({
        streamId: stream.id,
        silo: stream.silo,
        year,
        used: euros(asCents(cents)),
        budget: budget === null ? null : euros(asCents(budget)),
        usedShare: budget === null || budget === 0 ? null : cents / budget,
      });
    }
  }
  return rows;
}
