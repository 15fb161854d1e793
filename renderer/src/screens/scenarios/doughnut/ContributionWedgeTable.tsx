import { useTranslation } from 'react-i18next';
import type { ContributionWedge } from '../../../../../src/impact/doughnut-wedges';
import { DataTable } from '../../../components/table/DataTable';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { useContributionWords, type ContributionSubject } from './useContributionWords';

interface ContributionWedgeTableProps {
  wedges: readonly ContributionWedge[];
  subject: ContributionSubject;
  caption: string;
}

/** The contribution Doughnut's wedges as a table: per dimension its state and how many indicators count. */
export function ContributionWedgeTable({ wedges, subject, caption }: ContributionWedgeTableProps) {
  const { t } = useTranslation();
  const names = useDoughnutLabels();
  const words = useContributionWords(subject);
  return (
    <DataTable
      className="table table--compact"
      testId="contribution-wedge-table"
      caption={caption}
      columns={[
        { label: t('contribution.columns.dimension') },
        { label: t('contribution.columns.state') },
        { label: t('contribution.columns.count'), num: true },
      ]}
    >
      <tbody>
        {wedges.map((wedge) => (
          <tr key={wedge.dimension} data-testid="contribution-wedge-row" data-dimension={wedge.dimension}>
            <th scope="row">{names.dimension(wedge.dimension)}</th>
            <td>{words.state(wedge)}</td>
            <td className="num">{wedge.indicatorIds.length}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
