// Loan arithmetic the checker needs for the issue-13 rules (per euro drawn): what
// comes back to a revolving fund, and the gross grant equivalent of a loan or a
// guarantee. Written for the checker alone so that it shares no slip with the
// optimiser or the peer.
import { GUARANTEE_GGE_PER_EURO_YEAR } from '../../../src/model/eu-rates';
import type { CheckStream } from './check-context';

type Terms = NonNullable<CheckStream['loan']>;

export interface RepaymentYear {
  /** Years after the draw (1 = the year after). */
  offset: number;
  /** Balance outstanding when the year starts. */
  opening: number;
  interest: number;
  principal: number;
}

/** The schedule of one euro drawn: interest only in the grace years, then a level annuity. */
export function repaymentsPerEuro(terms: Terms): RepaymentYear[] {
  const { rate, termYears, graceYears } = terms;
  const rows: RepaymentYear[] = [];
  for (let k = 1; k <= graceYears; k++) rows.push({ offset: k, opening: 1, interest: rate, principal: 0 });
  // (1 + r)^-n computed once; at rate 0 the annuity is straight-line.
  const annuity = rate === 0 ? 1 / termYears : rate / (1 - (1 + rate) ** -termYears);
  let opening = 1;
  for (let k = 1; k <= termYears; k++) {
    const interest = opening * rate;
    const principal = k < termYears ? annuity - interest : opening;
    rows.push({ offset: graceYears + k, opening, interest, principal });
    opening -= principal;
  }
  return rows;
}

/** Money back to a revolving fund per euro drawn, in the year `offset` after the draw. */
export function returnedPerEuro(stream: CheckStream, offset: number): number {
  if (stream.loan === undefined) return 0;
  const row = repaymentsPerEuro(stream.loan).find((r) => r.offset === offset);
  if (row === undefined) return 0;
  return row.principal + (stream.revolvingInterest ? row.interest : 0);
}

/**
 * Gross grant equivalent per euro of a loan (Communication 2008/C 14/02): each year's
 * interest saved against the reference rate on the opening balance, discounted to the
 * year of the draw; never below 0 in total.
 */
export function loanGrantEquivalent(terms: Terms, referenceRate: number, discountRate: number): number {
  const saved = repaymentsPerEuro(terms).reduce(
    (sum, y) => sum + ((referenceRate - terms.rate) * y.opening) / (1 + discountRate) ** y.offset,
    0,
  );
  return saved > 0 ? saved : 0;
}

/** Gross grant equivalent per euro guaranteed (Reg. 2023/2831 art. 4(6)(b)), at most ten years. */
export function guaranteeGrantEquivalent(termYears: number): number {
  return GUARANTEE_GGE_PER_EURO_YEAR * Math.min(10, termYears);
}

/** Gross grant equivalent per euro a stream pays (1 for grants, equity, procurement, in kind). */
export function grantEquivalentPerEuro(
  stream: CheckStream,
  referenceRate: number,
  discountRate: number,
): number {
  return stream.loan === undefined ? 1 : loanGrantEquivalent(stream.loan, referenceRate, discountRate);
}
