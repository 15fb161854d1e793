import { useTranslation } from 'react-i18next';
import type { DimensionStatus } from '../../../../../src/charts/dimension-status';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';

interface DoughnutTableProps {
  statuses: readonly DimensionStatus[];
  indicatorLabel: (indicatorId: string) => string;
  caption: string;
}

/** The Doughnut's figures as a table: per dimension its ring, mean status and worst indicator. */
export function DoughnutTable({ statuses, indicatorLabel, caption }: DoughnutTableProps) {
  const { t } = useTranslation();
  const names = useDoughnutLabels();
  return (
    <div className="table-wrap">
      <table className="table table--compact" data-testid="doughnut-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('doughnut.columns.dimension')}</th>
            <th scope="col">{t('doughnut.columns.ring')}</th>
            <th scope="col" className="num">
              {t('doughnut.columns.status')}
            </th>
            <th scope="col">{t('doughnut.columns.worst')}</th>
            <th scope="col" className="num">
              {t('doughnut.columns.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((entry) => (
            <tr key={entry.dimension} data-testid="doughnut-row" data-dimension={entry.dimension}>
              <th scope="row">{names.dimension(entry.dimension)}</th>
              <td>{names.ring(entry.kind)}</td>
              <td className="num">{names.status(entry.kind, entry.status)}</td>
              <td dir="auto">
                {entry.worst === null
                  ? '–'
                  : t('doughnut.worstValue', {
                      label: indicatorLabel(entry.worst.indicatorId),
                      status: names.status(entry.kind, entry.worst.status),
                    })}
              </td>
              <td className="num">{entry.indicatorIds.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
