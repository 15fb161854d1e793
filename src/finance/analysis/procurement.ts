import { asCents, type Cents } from '../../model/money';
import type { Procurement } from '../../model/procurement';
import { yearsOf } from '../../model/years';

/**
 * Procurement as a flywheel (issue 15, point 6): per year what the municipality awarded to
 * cooperatives, as an amount and as a share of its relevant purchasing volume, the reserved
 * contracts among them, and the Social Return realised. Pure: the workspace's procurement
 * section in, figures in cents out (docs/methodology.md, "Inkoop als vliegwiel").
 */
export interface ProcurementYear {
  year: number;
  /** Relevant purchasing volume; null when the user entered none for the year. */
  volume: Cents | null;
  /** Sum of the contracts awarded to cooperatives in the year. */
  awarded: Cents;
  /** awarded / volume; null without a volume (or a volume of 0). */
  share: number | null;
  contracts: number;
  /** Sum and count of the reserved contracts (voorbehouden opdrachten). */
  reserved: Cents;
  reservedContracts: number;
  /** Social Return realised on the year's contracts. */
  socialReturn: Cents;
  /** socialReturn / awarded; null when nothing was awarded. */
  socialReturnShare: number | null;
}

export interface ProcurementCooperative {
  cooperativeId: string;
  awarded: Cents;
  reserved: Cents;
  socialReturn: Cents;
  contracts: number;
}

export interface ProcurementAnalysis {
  /** Every year with a volume or a contract, in order. */
  years: ProcurementYear[];
  /** Per cooperative over all years, in the order cooperatives first appear in the contracts. */
  cooperatives: ProcurementCooperative[];
  contributionMargin: number;
}

const ratio = (part: number, whole: number | null): number | null =>
  whole === null || whole === 0 ? null : part / whole;

export function procurementAnalysis(procurement: Procurement | undefined): ProcurementAnalysis {
  if (procurement === undefined) return { years: [], cooperatives: [], contributionMargin: 0 };
  const contractYears = procurement.contracts.map((c) => c.year);
  const years = [...new Set([...yearsOf(procurement.volumes), ...contractYears])].sort((a, b) => a - b);
  const perYear = years.map((year): ProcurementYear => {
    const contracts = procurement.contracts.filter((c) => c.year === year);
    const reserved = contracts.filter((c) => c.reserved);
    const awarded = sum(contracts.map((c) => c.amount));
    const socialReturn = sum(contracts.map((c) => c.socialReturn));
    const volume = procurement.volumes[String(year)] ?? null;
    return {
      year,
      volume,
      awarded,
      share: ratio(awarded, volume),
      contracts: contracts.length,
      reserved: sum(reserved.map((c) => c.amount)),
      reservedContracts: reserved.length,
      socialReturn,
      socialReturnShare: ratio(socialReturn, awarded),
    };
  });
  const byCooperative = new Map<string, ProcurementCooperative>();
  for (const contract of procurement.contracts) {
    const row = byCooperative.get(contract.cooperativeId) ?? {
      cooperativeId: contract.cooperativeId,
      awarded: asCents(0),
      reserved: asCents(0),
      socialReturn: asCents(0),
      contracts: 0,
    };
    row.awarded = asCents(row.awarded + contract.amount);
    if (contract.reserved) row.reserved = asCents(row.reserved + contract.amount);
    row.socialReturn = asCents(row.socialReturn + contract.socialReturn);
    row.contracts += 1;
    byCooperative.set(contract.cooperativeId, row);
  }
  return {
    years: perYear,
    cooperatives: [...byCooperative.values()],
    contributionMargin: procurement.contributionMargin,
  };
}

function sum(values: readonly Cents[]): Cents {
  return asCents(values.reduce((a, b) => a + b, 0));
}
