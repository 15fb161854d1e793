import { SECTORS, STAGES, type Sector, type Stage } from '../../model/cooperative';
import type { CostCategory, FundingStream } from '../../model/stream';
import type { Workspace } from '../../model/workspace';

/**
 * Eligibility of one cost in one year (spec section 6), in one place for the blend's
 * problem and its checker: category, sector, stage and the year window, each only when
 * the stream sets it.
 *
 * The sector is the cost line's own when it has one (a care cooperative's solar panels
 * serve energy), else the cooperative's. A pooled stream (src/impact/desiloing.ts) is
 * eligible where at least one of the streams it pools is: eligibility per cost line
 * instead of per stream, never wider than its members together.
 */
export interface CostCell {
  category: CostCategory;
  /** The cost line's sector, or the cooperative's when the line has none. */
  sector: Sector;
  stage: Stage;
  year: number;
}

/**
 * A stream that the de-siloing overlay built from several streams of one instrument
 * kind. `pooledFrom` is no workspace field: it exists only on the overlay's in-memory
 * workspace and is never parsed or stored.
 */
export interface PooledStream extends FundingStream {
  pooledFrom: readonly FundingStream[];
}

export function poolMembersOf(stream: FundingStream): readonly FundingStream[] | undefined {
  return (stream as Partial<PooledStream>).pooledFrom;
}

/** The sector a stream's sector rule checks for this cost line. */
export function costSector(cost: { sector?: Sector | undefined }, cooperativeSector: Sector): Sector {
  return cost.sector ?? cooperativeSector;
}

/** One stream's own rules (no pooling); a draft funds nothing. */
function ownRulesFit(stream: FundingStream, cell: CostCell): boolean {
  if (stream.draft) return false;
  const rules = stream.eligible;
  if (rules?.categories !== undefined && !rules.categories.includes(cell.category)) return false;
  if (rules?.sectors !== undefined && !rules.sectors.includes(cell.sector)) return false;
  if (rules?.stages !== undefined && !rules.stages.includes(cell.stage)) return false;
  const window = stream.years;
  return window === undefined || (cell.year >= window[0] && cell.year <= window[1]);
}

/** Whether the stream may pay this cost in this year. */
export function fundsCost(stream: FundingStream, cell: CostCell): boolean {
  const members = poolMembersOf(stream);
  if (members === undefined) return ownRulesFit(stream, cell);
  return members.some((member) => ownRulesFit(member, cell));
}

/** Whether the stream's sector rule (or a pooled member's) admits this sector. */
export function opensToSector(stream: FundingStream, sector: Sector): boolean {
  return (poolMembersOf(stream) ?? [stream]).some(
    (member) => member.eligible?.sectors === undefined || member.eligible.sectors.includes(sector),
  );
}

/**
 * Whether the stream is open to a cooperative in this stage at all (before any cost
 * line is looked at): not a draft, and its stage rule (or a pooled member's) admits it.
 * The sector is judged per cost line (`fundsCost`).
 */
export function openToStage(stream: FundingStream, stage: Stage): boolean {
  const members = poolMembersOf(stream) ?? [stream];
  if (stream.draft) return false;
  return members.some(
    (member) =>
      !member.draft && (member.eligible?.stages === undefined || member.eligible.stages.includes(stage)),
  );
}

/**
 * Spec section 6: category, sector (the cost line's own, else the cooperative's), stage
 * and year window, each only when given; a pooled stream where any member allows it
 * (as fundsCost above). What the stream picker offers (analysis/eligibility.ts) and
 * what the blend's checker holds an allocation to.
 */
export function isEligible(
  stream: Workspace['fundingStreams'][number],
  cooperative: Workspace['cooperatives'][number] | undefined,
  cost: Workspace['plans'][number]['costs'][number],
  year: number,
): boolean {
  // A draft funds nothing (the blend leaves it out), so any amount from it breaks eligibility.
  if (stream.draft) return false;
  if (cooperative === undefined) {
    // Without its cooperative a stage rule cannot hold, nor a sector rule unless the line names its sector.
    return (poolMembersOf(stream) ?? [stream]).some(
      (member) =>
        member.eligible?.stages === undefined &&
        (cost.sector !== undefined || member.eligible?.sectors === undefined) &&
        fundsCost(member, {
          category: cost.category,
          sector: cost.sector ?? SECTORS[0],
          stage: STAGES[0],
          year,
        }),
    );
  }
  const sector = costSector(cost, cooperative.sector);
  return fundsCost(stream, { category: cost.category, sector, stage: cooperative.stage, year });
}
