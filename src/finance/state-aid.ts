import type { Cooperative } from '../model/cooperative';
import type { Settings } from '../model/settings';
import type { FundingStream } from '../model/stream';
import { grossGrantEquivalentPerEuro } from './loans';

/**
 * What one euro of a stream counts towards de minimis: its gross grant equivalent
 * (Reg. (EU) 2023/2831, art. 3 and 4). A grant, equity, procurement or in-kind aid
 * counts at face value; a loan counts the interest it saves against the reference rate,
 * discounted to the year it is granted (`grossGrantEquivalentPerEuro`); a stream that is
 * no state aid counts nothing.
 */
export function aidPerEuro(stream: FundingStream, deMinimis: Settings['deMinimis']): number {
  if (!stream.stateAid) return 0;
  if (stream.kind === 'loan' && stream.loan !== undefined)
    return grossGrantEquivalentPerEuro(stream.loan, {
      referenceRate: deMinimis.referenceRate,
      discountRate: deMinimis.discountRate,
    });
  return 1;
}

/** Aid of this stream to this cooperative is SGEI de minimis aid (Reg. (EU) 2023/2832), not general. */
export function isSgeiAidFor(stream: FundingStream, cooperative: Cooperative): boolean {
  return stream.sgei && cooperative.sgei;
}
