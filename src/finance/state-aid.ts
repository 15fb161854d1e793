import type { Cooperative } from '../model/cooperative';
import type { Settings } from '../model/settings';
import type { FundingStream } from '../model/stream';
import { GUARANTEE_GGE_PER_EURO_YEAR } from '../model/eu-rates';
import { grossGrantEquivalentPerEuro } from './loans';

/**
 * What one euro of a stream counts towards de minimis: its gross grant equivalent
 * (Reg. (EU) 2023/2831, art. 3 and 4). A grant, equity, procurement or in-kind aid
 * counts at face value; a guarantee per euro guaranteed (`guaranteeAidPerEuro`); a loan counts the interest it saves against the reference rate,
 * discounted to the year it is granted (`grossGrantEquivalentPerEuro`); a stream that is
 * no state aid counts nothing.
 */
export function aidPerEuro(stream: FundingStream, deMinimis: Settings['deMinimis']): number {
  if (!stream.stateAid) return 0;
  if (stream.kind === 'guarantee' && stream.guarantee !== undefined)
    return guaranteeAidPerEuro(stream.guarantee.termYears);
  if (stream.kind === 'loan' && stream.loan !== undefined)
    return grossGrantEquivalentPerEuro(stream.loan, {
      referenceRate: deMinimis.referenceRate,
      discountRate: deMinimis.discountRate,
    });
  return 1;
}

/**
 * A guarantee's gross grant equivalent per euro guaranteed under the safe harbour of
 * Reg. (EU) 2023/2831, art. 4(6)(b): a proportion of the EUR 300,000 ceiling, where EUR
 * 2,250,000 guaranteed for five years (or EUR 1,125,000 for ten) uses all of it, so a
 * constant amount per euro and year. The safe harbour covers up to ten years; a longer
 * guarantee is counted for ten (docs/blend.md says so).
 */
export function guaranteeAidPerEuro(termYears: number): number {
  return GUARANTEE_GGE_PER_EURO_YEAR * Math.min(termYears, 10);
}

/** Aid of this stream to this cooperative is SGEI de minimis aid (Reg. (EU) 2023/2832), not general. */
export function isSgeiAidFor(stream: FundingStream, cooperative: Cooperative): boolean {
  return stream.sgei && cooperative.sgei;
}
