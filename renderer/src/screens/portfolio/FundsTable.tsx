import { useTranslation } from 'react-i18next';
import type { FundYearJson } from '../../domain/analysis/types';
import { Table, TableWrap } from '../../components/table/DataTable';
import { TableSection } from '../../components/table/TableSection';
import { formatNumberCompact } from '../../domain/format';
import { useLang } from '../../i18n/useLang';

interface FundsTableProps {
  funds: readonly FundYearJson[];
  streamName: (id: string) => string;
}

const MEASURES = ['budget', 'drawn', 'returned', 'relent', 'balance'] as const;

/**
 * Each revolving fund year by year: its own budget, what the plans drew, the repayments
 * that came back, what of those was lent again and the balance left to lend. Years run
 * across, like the budget-use table above, so the two read side by side.
 */
export function FundsTable({ funds, streamName }: FundsTableProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const money = (euros: number) => formatNumberCompact(euros, locale);
  const streamIds = [...new Set(funds.map((f) => f.streamId))].sort((a, b) =>
    streamName(a).localeCompare(streamName(b), locale),
  );
  return (
    <TableSection
      titleId="funds-title"
      title={t('portfolio.fundsTitle')}
      hint={t('portfolio.fundsHint')}
      testId="funds"
    >
      {streamIds.length === 0 && <p className="muted">{t('portfolio.noFunds')}</p>}
      {streamIds.map((streamId) => {
        const years = funds.filter((f) => f.streamId === streamId).sort((a, b) => a.year - b.year);
        const captionId = `fund-${streamId}-title`;
        return (
          <TableWrap key={streamId} regionLabelledBy={captionId} testId="fund" dataId={streamId}>
            <Table
              className="table table--compact table--figures"
              caption={
                <caption id={captionId} className="strong" style={{ textAlign: 'start' }} dir="auto">
                  {streamName(streamId)}
                </caption>
              }
              columns={[
                { label: t('charts.year'), hidden: true },
                ...years.map((row) => ({ label: row.year, num: true })),
              ]}
            >
              <tbody>
                {MEASURES.map((measure) => (
                  <tr key={measure} data-testid={`fund-${measure}`}>
                    <th scope="row">{t(`portfolio.fund.${measure}`)}</th>
                    {years.map((row) => {
                      const value = row[measure];
                      return (
                        <td key={row.year} className="num" data-value={value ?? undefined}>
                          {value === null ? t('portfolio.fund.unlimited') : money(value)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </Table>
          </TableWrap>
        );
      })}
    </TableSection>
  );
}
