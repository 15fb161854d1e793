import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioContributionJson } from '../../../../../src/contract';
import { groupSumTable, type GroupSumTable } from '../../../../../src/impact/doughnut-contribution-table';
import type { LensChoice } from '../../../../../src/impact/doughnut-wedges';
import { RadioGroup } from '../../../components/form/choices';
import { CellLabel } from '../../../components/table/CellLabel';
import { Table, TableWrap, type Column } from '../../../components/table/DataTable';
import { useLang } from '../../../i18n/useLang';
import { formatChange } from './contributionFormat';

export type GroupKind = 'district' | 'sector' | 'partnership';
const GROUP_KINDS: readonly GroupKind[] = ['district', 'sector', 'partnership'];

interface ContributionGroupsProps {
  contribution: ScenarioContributionJson;
  year: number;
  lens: LensChoice;
  indicatorLabel: (indicatorId: string) => string;
}

function groupsOf(contribution: ScenarioContributionJson, kind: GroupKind) {
  if (kind === 'district') return contribution.byDistrict;
  if (kind === 'sector') return contribution.bySector;
  return contribution.byPartnership;
}

/** A group's name: the district as typed ("Geen stadsdeel" for none), the sector or partnership form in words. */
function useGroupName(kind: GroupKind): (key: string) => string {
  const { t } = useTranslation();
  return (key) => {
    if (kind === 'district') return key === '' ? t('contribution.groups.noDistrict') : key;
    return kind === 'sector'
      ? t(`enums.sector.${key}` as 'enums.sector.other')
      : t(`enums.partnership.${key}` as 'enums.partnership.none');
  };
}

/**
 * The portfolio's change per indicator summed per district, sector or partnership form,
 * in absolute units so the groups add up to the portfolio total; groups as columns
 * (indicators down) or as rows (indicators across).
 */
export function ContributionGroups({ contribution, year, lens, indicatorLabel }: ContributionGroupsProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const formId = useId().replace(/:/g, '');
  const [kind, setKind] = useState<GroupKind>('district');
  const [layout, setLayout] = useState<'columns' | 'rows'>('columns');
  const table = groupSumTable(contribution.portfolio, groupsOf(contribution, kind), year, lens);
  const groupName = useGroupName(kind);
  const title = t('contribution.groups.title', { year });
  const cell = (value: number | null) =>
    value === null ? t('contribution.groups.notTouched') : formatChange(value, locale);
  const words = {
    indicator: t('contribution.table.indicator'),
    group: t('contribution.groups.group'),
    total: t('contribution.groups.total'),
  };
  const layoutOf = layout === 'columns' ? groupsAsColumns : groupsAsRows;
  const shown = layoutOf({ table, groupName, indicatorLabel, cell, words });
  return (
    <div
      className="contribution-groups"
      data-testid="contribution-groups"
      data-kind={kind}
      data-layout={layout}
    >
      <h4 id="contribution-groups-title" className="section-title">
        {title}
      </h4>
      <p className="field__hint">{t('contribution.groups.hint')}</p>
      <div className="contribution-groups__switches">
        <RadioGroup
          formId={formId}
          name="contribution-group-kind"
          legend={t('contribution.groups.by')}
          options={GROUP_KINDS.map((value) => ({ value, label: t(`contribution.groups.${value}`) }))}
          value={kind}
          onChange={setKind}
        />
        <RadioGroup
          formId={formId}
          name="contribution-group-layout"
          legend={t('contribution.groups.layout')}
          options={[
            { value: 'columns' as const, label: t('contribution.groups.asColumns') },
            { value: 'rows' as const, label: t('contribution.groups.asRows') },
          ]}
          value={layout}
          onChange={setLayout}
        />
      </div>
      {table.groups.length === 0 || table.rows.length === 0 ? (
        <p className="muted">
          {table.groups.length === 0 ? t('contribution.groups.none') : t('contribution.table.none')}
        </p>
      ) : (
        <TableWrap regionLabelledBy="contribution-groups-title">
          <Table
            className="table table--compact"
            testId="contribution-group-table"
            caption={title}
            columns={shown.columns}
          >
            {shown.body}
          </Table>
        </TableWrap>
      )}
    </div>
  );
}

interface LayoutProps {
  table: GroupSumTable;
  groupName: (key: string) => string;
  indicatorLabel: (indicatorId: string) => string;
  /** A summed change in words; null: no plan of the group touches the indicator. */
  cell: (value: number | null) => string;
  /** The headings that are words: the indicator and group columns and the total. */
  words: { indicator: string; group: string; total: string };
}

/** The two layouts share their table and differ only in its columns and rows. */
interface Layout {
  columns: Column[];
  body: ReactNode;
}

/** Indicators down, groups across, the portfolio total last. */
function groupsAsColumns({ table, groupName, indicatorLabel, cell, words }: LayoutProps): Layout {
  return {
    columns: [
      { label: words.indicator },
      ...table.groups.map((group) => ({
        label: groupName(group.key),
        num: true,
        dir: 'auto' as const,
        testId: 'contribution-group-name',
      })),
      { label: words.total, num: true },
    ],
    body: (
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.indicatorId} data-testid="contribution-group-row" data-id={row.indicatorId}>
            <th scope="row">
              <CellLabel label={indicatorLabel(row.indicatorId)} sub={row.absoluteUnit} />
            </th>
            {row.byGroup.map((value, index) => (
              <td key={table.groups[index]?.key ?? index} className="num" data-value={value ?? ''}>
                {cell(value)}
              </td>
            ))}
            <td className="num total" data-testid="contribution-group-total" data-value={row.portfolio}>
              {cell(row.portfolio)}
            </td>
          </tr>
        ))}
      </tbody>
    ),
  };
}

/** Groups down, indicators across, the portfolio total as the last row. */
function groupsAsRows({ table, groupName, indicatorLabel, cell, words }: LayoutProps): Layout {
  return {
    columns: [
      { label: words.group },
      ...table.rows.map((row) => ({
        label: <CellLabel label={indicatorLabel(row.indicatorId)} sub={row.absoluteUnit} />,
        num: true,
      })),
    ],
    body: (
      <tbody>
        {table.groups.map((group, index) => (
          <tr key={group.key} data-testid="contribution-group-row" data-key={group.key}>
            <th scope="row" dir="auto">
              {groupName(group.key)}
            </th>
            {table.rows.map((row) => (
              <td key={row.indicatorId} className="num" data-value={row.byGroup[index] ?? ''}>
                {cell(row.byGroup[index] ?? null)}
              </td>
            ))}
          </tr>
        ))}
        <tr className="total" data-testid="contribution-group-total-row">
          <th scope="row">{words.total}</th>
          {table.rows.map((row) => (
            <td key={row.indicatorId} className="num" data-value={row.portfolio}>
              {cell(row.portfolio)}
            </td>
          ))}
        </tr>
      </tbody>
    ),
  };
}
