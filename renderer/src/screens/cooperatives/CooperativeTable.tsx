import { useTranslation } from 'react-i18next';
import type { CooperativeJson } from '../../../../src/model/cooperative';
import { formatNumber } from '../../domain/format';
import { useLabels } from '../../i18n/useLabels';
import { useLang } from '../../i18n/useLang';
import type { TableProps } from '../shared/entityScreen';
import { ListTable, type ListColumn } from '../shared/ListTable';

type Column = 'sector' | 'district' | 'stage' | 'members' | 'partnership';

export function CooperativeTable(props: TableProps<CooperativeJson>) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useLabels();

  const partnershipOf = (c: CooperativeJson) => labels.partnership(c.partnership ?? 'none');
  const columns: ListColumn<CooperativeJson, Column>[] = [
    { id: 'sector', sortValue: (c) => labels.sector(c.sector) },
    {
      id: 'district',
      sortValue: (c) => (c.district === undefined || c.district === '' ? undefined : c.district),
    },
    { id: 'stage', sortValue: (c) => labels.stage(c.stage) },
    { id: 'members', sortValue: (c) => c.members, numeric: true },
    { id: 'partnership', sortValue: partnershipOf },
  ];

  return (
    <ListTable
      {...props}
      section="cooperatives"
      testIds={{
        empty: 'cooperatives-empty',
        search: 'cooperative-search',
        table: 'cooperative-table',
        row: 'cooperative-row',
      }}
      columns={columns}
      columnLabel={(column) => t(`cooperatives.columns.${column}`)}
      searchTexts={(c) => [
        c.name,
        c.id,
        c.district ?? '',
        labels.sector(c.sector),
        labels.stage(c.stage),
        partnershipOf(c),
      ]}
      cells={(c) => (
        <>
          <td>{labels.sector(c.sector)}</td>
          <td dir="auto">{c.district}</td>
          <td>{labels.stage(c.stage)}</td>
          <td className="num">{formatNumber(c.members, locale)}</td>
          <td>{partnershipOf(c)}</td>
        </>
      )}
    />
  );
}
