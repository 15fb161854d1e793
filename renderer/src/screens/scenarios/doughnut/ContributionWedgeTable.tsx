import { useTranslation } from 'react-i18next';
import type { ContributionWedge } from '../../../../../src/impact/doughnut-wedges';
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
    <div className="table-wrap">
      <table className="table table--compact" data-testid="contribution-wedge-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contribution.columns.dimension')}</th>
            <th scope="col">{t('contribution.columns.state')}</th>
            <th scope="col" className="num">
              {t('contribution.columns.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {wedges.map((wedge) => (
            <tr key={wedge.dimension} data-testid="contribution-wedge-row" data-dimension={wedge.dimension}>
              <th scope="row">{names.dimension(wedge.dimension)}</th>
              <td>{words.state(wedge)}</td>
              <td className="num">{wedge.indicatorIds.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
