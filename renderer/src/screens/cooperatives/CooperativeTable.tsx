import { useTranslation } from 'react-i18next';
import type { CooperativeJson } from '../../../../src/model/cooperative';
import { hrefOf } from '../../app/routes';
import { formatDay, formatMonth } from '../../domain/dates';
import { formatNumber } from '../../domain/format';
import { useLabels } from '../../i18n/useLabels';
import { useLang } from '../../i18n/useLang';
import type { TableProps } from '../shared/entityScreen';
import { ListTable, type ListColumn } from '../shared/ListTable';
import './cooperatives.css';

type Column = 'sector' | 'district' | 'stage' | 'coach' | 'members' | 'partnership';

/** "since Mar 2025" under the stage, when the history says when it began (the day is in the tooltip). */
function StageSince({ from }: { from: string | undefined }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  if (from === undefined) return null;
  return (
    <span className="muted cooperative-table__since" title={formatDay(from, locale)}>
      {t('cooperatives.stageSince', { date: formatMonth(from.slice(0, 7), locale) })}
    </span>
  );
}

export function CooperativeTable(props: TableProps<CooperativeJson>) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useLabels();

  const partnershipOf = (c: CooperativeJson) => labels.partnership(c.partnership ?? 'none');
  // The day the current stage began, when the path is recorded.
  const since = (c: CooperativeJson) => c.stageHistory?.at(-1)?.from;
  const columns: ListColumn<CooperativeJson, Column>[] = [
    { id: 'sector', sortValue: (c) => labels.sector(c.sector) },
    {
      id: 'district',
      sortValue: (c) => (c.district === undefined || c.district === '' ? undefined : c.district),
    },
    { id: 'stage', sortValue: (c) => labels.stage(c.stage) },
    { id: 'coach', sortValue: (c) => c.coach },
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
      nameHref={(c) => hrefOf({ screen: 'cooperatives', cooperativeId: c.id })}
      columnLabel={(column) => t(`cooperatives.columns.${column}`)}
      searchTexts={(c) => [
        c.name,
        c.id,
        c.district ?? '',
        c.coach ?? '',
        labels.sector(c.sector),
        labels.stage(c.stage),
        partnershipOf(c),
      ]}
      cells={(c) => (
        <>
          <td>{labels.sector(c.sector)}</td>
          <td dir="auto">{c.district}</td>
          <td>
            {labels.stage(c.stage)}
            <StageSince from={since(c)} />
          </td>
          <td dir="auto">{c.coach}</td>
          <td className="num">{formatNumber(c.members, locale)}</td>
          <td>{partnershipOf(c)}</td>
        </>
      )}
    />
  );
}
