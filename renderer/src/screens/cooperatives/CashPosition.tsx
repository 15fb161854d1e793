import { useTranslation } from 'react-i18next';
import type { CooperativeAnalysis } from '../../../../src/contract';
import { DataTable } from '../../components/table/DataTable';
import { formatMoney } from '../../domain/format';
import { useLang } from '../../i18n/useLang';

/**
 * The cooperative's cash position per year: its plans' cash flows added up (funding
 * received and revenue in; costs and debt service out) and the running total, whose
 * lowest point is what bridging money it would need.
 */
export function CashPosition({ years }: { years: CooperativeAnalysis['years'] }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const money = (euros: number) => formatMoney(euros, locale, true);
  const low = years.reduce<CooperativeAnalysis['years'][number] | null>(
    (lowest, year) => (lowest === null || year.cumulative < lowest.cumulative ? year : lowest),
    null,
  );
  return (
    <section className="panel" aria-labelledby="cooperative-cash-title" data-testid="cooperative-cash">
      <h3 id="cooperative-cash-title" className="panel__title">
        {t('cooperativePage.cash.title')}
      </h3>
      {low === null ? (
        <p className="muted">{t('cooperativePage.cash.none')}</p>
      ) : (
        <>
          <p data-testid="cooperative-cash-low">
            {t(low.cumulative < 0 ? 'cooperativePage.cash.lowShort' : 'cooperativePage.cash.low', {
              year: low.year,
              amount: money(low.cumulative),
            })}
          </p>
          <DataTable
            className="table table--compact"
            caption={t('cooperativePage.cash.title')}
            columns={[
              { label: t('charts.year') },
              ...(['funded', 'revenue', 'costs', 'debtService', 'net', 'cumulative'] as const).map((key) => ({
                label: t(`cooperativePage.cash.${key}`),
                num: true,
              })),
            ]}
          >
            <tbody>
              {years.map((year) => (
                <tr key={year.year} data-testid="cooperative-cash-year" data-year={year.year}>
                  <th scope="row">{year.year}</th>
                  <td className="num">{money(year.funded)}</td>
                  <td className="num">{money(year.revenue)}</td>
                  <td className="num">{money(year.costs)}</td>
                  <td className="num">{money(year.debtService)}</td>
                  <td className="num">{money(year.net)}</td>
                  <td className={year.cumulative < 0 ? 'num field__error' : 'num'}>
                    {money(year.cumulative)}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </section>
  );
}
