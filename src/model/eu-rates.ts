/*
 * EU figures the de minimis rules are computed with. Each is dated and sourced:
 * these go stale, and a finance officer must be able to see from when they are.
 */

/** Reg. (EU) 2023/2832, art. 3(2): SGEI de minimis, per single undertaking over three years. */
export const DEFAULT_SGEI_CEILING_EUROS = 750_000;

/**
 * Reference and discount rates for the Netherlands (Communication 2008/C 14/02): the
 * Commission's base rate plus 400 basis points for the reference rate (the floor the
 * communication sets for undertakings without a credit history, as most young
 * cooperatives are) and plus 100 basis points for the discount rate.
 *
 * Verification (docs/data-sources.md, "EU figures"): the +100 bp discount margin is in the
 * Commission's rate notices; the 2.42% base rate dated 2025-07-01 could NOT be verified
 * against the Commission's table of base rates and is illustrative until someone checks it
 * (DG Competition, "Reference and discount rates and recovery interest rates").
 */
export const EU_BASE_RATE_NL = { rate: 0.0242, date: '2025-07-01' } as const;
export const REFERENCE_MARGIN_NO_CREDIT_HISTORY = 0.04;
export const DISCOUNT_MARGIN = 0.01;

export const DEFAULT_EU_RATES = {
  referenceRate: round4(EU_BASE_RATE_NL.rate + REFERENCE_MARGIN_NO_CREDIT_HISTORY),
  discountRate: round4(EU_BASE_RATE_NL.rate + DISCOUNT_MARGIN),
  date: EU_BASE_RATE_NL.date,
  source:
    'European Commission, reference and discount rates (base rate NL) with the margins of Communication 2008/C 14/02',
} as const;

/**
 * Reg. (EU) 2023/2831, art. 4(6)(b): a guarantee of at most 80% of the loan counts as a
 * corresponding proportion of the EUR 300,000 ceiling, where EUR 2,250,000 guaranteed for
 * five years (or EUR 1,125,000 for ten) uses it all: 300,000 / (2,250,000 x 5) per euro
 * guaranteed and year.
 *
 * Verification (docs/data-sources.md, "EU figures"): secondary only. Reg. 1407/2013 had
 * EUR 1,500,000 / 5 years and EUR 750,000 / 10 years for its EUR 200,000 ceiling, scaled by
 * 1.5 these are the amounts above; either way the rate is 2.667% per euro guaranteed and
 * year (the formula guarantee funds such as PMV apply). Check art. 4(6) of
 * http://data.europa.eu/eli/reg/2023/2831/oj before quoting the amounts.
 */
export const GUARANTEE_GGE_PER_EURO_YEAR = 300_000 / (2_250_000 * 5);
/** The largest share of a loan the safe harbour of art. 4(6)(b) allows a guarantee to cover. */
export const GUARANTEE_SAFE_HARBOUR_SHARE = 0.8;

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
