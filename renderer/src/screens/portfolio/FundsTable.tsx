import { useTranslation } from 'react-i18next';
import type { FundYearJson } from '../../domain/analysis/types';
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
    <section aria-labelledby="funds-title" data-testid="funds">
      <h3 id="funds-title" className="section-title">
        {t('portfolio.fundsTitle')}
      </h3>
      <p className="field__hint">{t('portfolio.fundsHint')}</p>
      {streamIds.length === 0 && <p className="muted">{t('portfolio.noFunds')}</p>}
      {streamIds.map((streamId) => {
        const years = funds.filter((f) => f.streamId === streamId).sort((a, b) => a.year - b.year);
        const captionId = `fund-${streamId}-title`;
        return (
          <div
            key={streamId}
            className="table-wrap"
            role="region"
            aria-labelledby={captionId}
            tabIndex={0}
            data-testid="fund"
            data-id={streamId}
          >
            <table className="table table--compact table--figures">
              <caption id={captionId} className="strong" style={{ textAlign: 'start' }} dir="auto">
                {streamName(streamId)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('charts.year')}</span>
                  </th>
                  {years.map((row) => (
                    <th key={row.year} scope="col" className="num">
                      {row.year}
                    </th>
                  ))}
                </tr>
              </thead>
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
            </table>
          </div>
        );
      })}
    </section>
  );
}
