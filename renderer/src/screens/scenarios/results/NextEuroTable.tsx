import { useTranslation } from 'react-i18next';
import type { NextEuroCandidate } from '../../../domain/impact/types';
import { formatMoney, formatSignificant } from '../../../domain/format';
import { DataTable } from '../../../components/table/DataTable';
import { useLang } from '../../../i18n/useLang';

interface NextEuroTableProps {
  candidates: readonly NextEuroCandidate[];
  /** The rank of the first row (rows without effect continue the numbering). */
  firstRank: number;
  name: (candidate: NextEuroCandidate) => string;
  caption: string;
  testId: string;
}

/**
 * Candidates in ranked order. Distances are shown in percentage points of the weighted
 * distance (a sum of shares of the thresholds), with two significant digits.
 */
export function NextEuroTable({ candidates, firstRank, name, caption, testId }: NextEuroTableProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const money = (euros: number) => formatMoney(Math.round(euros), locale, true);
  const points = (share: number) => formatSignificant(share * 100, locale, 2, true);
  return (
    <DataTable
      regionLabel={caption}
      className="table table--compact next-euro-table"
      testId={testId}
      caption={caption}
      columns={[
        { label: t('nextEuro.columns.rank'), num: true },
        { label: t('nextEuro.columns.stream') },
        { label: t('nextEuro.columns.lever') },
        { label: t('nextEuro.columns.added'), num: true },
        { label: t('nextEuro.columns.fundedChange'), num: true },
        { label: t('nextEuro.columns.distanceChange'), num: true },
        { label: t('nextEuro.columns.perMillion'), num: true },
      ]}
    >
      <tbody>
        {candidates.map((candidate, index) => (
          <tr key={`${candidate.kind}-${candidate.streamId}`} data-testid="next-euro-row">
            <td className="num">{firstRank + index}</td>
            <th scope="row" dir="auto">
              {name(candidate)}
            </th>
            <td>{t(`enums.nextEuroLever.${candidate.lever}`)}</td>
            <td className="num">{money(candidate.addedEuros)}</td>
            <td className="num">{money(candidate.fundedChange)}</td>
            <td className="num">{points(candidate.distanceChange)}</td>
            <td className="num" data-value={candidate.perEuro}>
              {points(candidate.perEuro * 1_000_000)}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
