import { asCents, type Cents } from '../model/money';

/** Loan terms as the workspace format gives them: annual rate, whole years. */
export interface LoanTermsInput {
  rate: number;
  termYears: number;
  graceYears: number;
}

export interface LoanYear {
  year: number;
  interest: Cents;
  principal: Cents;
  payment: Cents;
  /** Outstanding after this year's payment. */
  balance: Cents;
}

/** Payment per period that repays 1 unit over `periods` at `periodRate` (1/periods at rate 0). */
export function annuityFactor(periodRate: number, periods: number): number {
  if (periods < 1 || !Number.isInteger(periods)) throw new RangeError(`periods must be a whole number >= 1`);
  if (periodRate === 0) return 1 / periods;
  // 1 - (1+r)^-n through expm1/log1p: stays accurate (and non-zero) for tiny rates.
  return periodRate / -Math.expm1(-periods * Math.log1p(periodRate));
}

/** The periodic payment of an annuity loan, in the same unit as `principal`. */
export function annuityPayment(principal: number, periodRate: number, periods: number): number {
  return principal * annuityFactor(periodRate, periods);
}

/** The monthly rate equivalent to an annual effective rate: (1 + r)^(1/12) - 1. */
export function effectiveMonthlyRate(annualRate: number): number {
  return (1 + annualRate) ** (1 / 12) - 1;
}

/** Rounds a non-negative amount in cents to whole cents, half away from zero. */
function roundCents(value: number): Cents {
  return asCents(Math.sign(value) * Math.round(Math.abs(value)));
}

/**
 * Debt service per euro drawn, by years after the draw: interest only in the grace
 * years, then the annuity. Spec section 6, rule 7: an amount A drawn in year d pays
 * A*r in d+1 .. d+g, then the annuity in d+g+1 .. d+g+n.
 */
export function debtServicePerEuro(terms: LoanTermsInput): { offset: number; factor: number }[] {
  const out: { offset: number; factor: number }[] = [];
  for (let i = 1; i <= terms.graceYears; i++) out.push({ offset: i, factor: terms.rate });
  const annuity = annuityFactor(terms.rate, terms.termYears);
  for (let i = 1; i <= terms.termYears; i++) out.push({ offset: terms.graceYears + i, factor: annuity });
  return out;
}

/**
 * The yearly schedule of one draw in integer cents: interest on the outstanding
 * balance, a level annuity payment, and the rounding residual in the last instalment
 * so the principal repaid equals the amount drawn exactly.
 */
export function loanSchedule(amount: Cents, drawYear: number, terms: LoanTermsInput): LoanYear[] {
  const rows: LoanYear[] = [];
  let balance: number = amount;
  for (let i = 1; i <= terms.graceYears; i++) {
    const interest = roundCents(balance * terms.rate);
    rows.push({
      year: drawYear + i,
      interest,
      principal: asCents(0),
      payment: interest,
      balance: asCents(balance),
    });
  }
  const level = roundCents(amount * annuityFactor(terms.rate, terms.termYears));
  for (let k = 1; k <= terms.termYears; k++) {
    const interest = roundCents(balance * terms.rate);
    const last = k === terms.termYears;
    const principal = last ? balance : Math.min(balance, Math.max(0, level - interest));
    balance -= principal;
    rows.push({
      year: drawYear + terms.graceYears + k,
      interest,
      principal: asCents(principal),
      payment: asCents(interest + principal),
      balance: asCents(balance),
    });
  }
  return rows;
}

/** Sums several schedules into debt service per year (interest + principal). */
export function debtServiceByYear(schedules: readonly LoanYear[][]): Map<number, Cents> {
  const byYear = new Map<number, number>();
  for (const schedule of schedules) {
    for (const row of schedule) byYear.set(row.year, (byYear.get(row.year) ?? 0) + row.payment);
  }
  return new Map([...byYear.entries()].sort(([a], [b]) => a - b).map(([y, v]) => [y, asCents(v)]));
}

/**
 * Debt service coverage ratio per year: revenue / debt service (spec rule 7 uses
 * revenue after the plan's last year = its last year's revenue). Years without debt
 * service have no ratio.
 */
export function dscrByYear(
  debtService: ReadonlyMap<number, Cents>,
  revenueIn: (year: number) => Cents,
): Map<number, number> {
  const out = new Map<number, number>();
  for (const [year, service] of debtService) {
    if (service > 0) out.set(year, revenueIn(year) / service);
  }
  return out;
}

/** Per euro drawn, by years after the draw: the interest and principal paid that year. */
export interface RepaymentPerEuro {
  offset: number;
  interest: number;
  principal: number;
  /** Outstanding at the start of that year (before its payment). */
  balance: number;
}

/**
 * The schedule of one euro drawn, in real numbers (no rounding): interest only in the
 * grace years, then the annuity, whose principal part is the annuity less the interest
 * on the outstanding balance.
 */
export function repaymentsPerEuro(terms: LoanTermsInput): RepaymentPerEuro[] {
  const out: RepaymentPerEuro[] = [];
  let balance = 1;
  for (let i = 1; i <= terms.graceYears; i++)
    out.push({ offset: i, interest: balance * terms.rate, principal: 0, balance });
  const annuity = annuityFactor(terms.rate, terms.termYears);
  for (let k = 1; k <= terms.termYears; k++) {
    const interest = balance * terms.rate;
    const principal = k === terms.termYears ? balance : Math.min(balance, annuity - interest);
    out.push({ offset: terms.graceYears + k, interest, principal, balance });
    balance -= principal;
  }
  return out;
}

/** The rates a loan's aid is measured with (Communication 2008/C 14/02). */
export interface AidRates {
  referenceRate: number;
  discountRate: number;
}

/**
 * Gross grant equivalent per euro drawn (Reg. (EU) 2023/2831, art. 4(3)(c) and art. 3(6)
 * [verify numbering in docs/blend.md]): the interest the loan saves against the reference
 * rate on its outstanding balance in each year, discounted at the discount rate back to
 * the year the loan is granted. A loan at or above the reference rate carries no aid.
 */
export function grossGrantEquivalentPerEuro(terms: LoanTermsInput, rates: AidRates): number {
  let gge = 0;
  for (const year of repaymentsPerEuro(terms)) {
    const saving = (rates.referenceRate - terms.rate) * year.balance;
    gge += saving / (1 + rates.discountRate) ** year.offset;
  }
  return Math.max(0, gge);
}
