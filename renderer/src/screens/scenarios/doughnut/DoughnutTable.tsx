import { useTranslation } from 'react-i18next';
import type { DimensionStatus } from '../../../../../src/charts/dimension-status';
import { DataTable } from '../../../components/table/DataTable';
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
    <DataTable
      className="table table--compact"
      testId="doughnut-table"
      caption={caption}
      columns={[
        { label: t('doughnut.columns.dimension') },
        { label: t('doughnut.columns.ring') },
        { label: t('doughnut.columns.status'), num: true },
        { label: t('doughnut.columns.worst') },
        { label: t('doughnut.columns.count'), num: true },
      ]}
    >
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
    </DataTable>
  );
}
