import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetCycleJson } from '../../../../src/api/budget-cycle-operations';
import type { Locale } from '../../../../src/model/settings';
import { formatMoney, formatPercent } from '../../domain/format';
import { useLang } from '../../i18n/useLang';

/** The share of `oneOff` in the money of a row; a dash when the row has none. */
function oneOffShare(structural: number, oneOff: number, locale: Locale): string {
  const total = structural + oneOff;
  return total === 0 ? '–' : formatPercent(oneOff / total, locale, 0);
}

/**
 * Per budget year: all silos together (with own revenue and the continuing need of plans
 * whose years have ended), then each silo that paid something that year.
 */
export function BudgetCycleSilos({ cycle }: { cycle: BudgetCycleJson }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const money = (euros: number) => formatMoney(euros, locale, true);
  return (
    <section aria-labelledby="budget-cycle-silos-title">
      <h3 id="budget-cycle-silos-title" className="section-title">
        {t('budgetCycle.silosTitle')}
      </h3>
      <div className="table-wrap" role="region" aria-labelledby="budget-cycle-silos-title" tabIndex={0}>
        <table className="table table--compact table--figures" data-testid="budget-cycle-years">
          <caption className="visually-hidden">{t('budgetCycle.silosTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('charts.year')}</th>
              <th scope="col">{t('budgetCycle.columns.silo')}</th>
              <th scope="col" className="num">
                {t('budgetNature.structural')}
              </th>
              <th scope="col" className="num">
                {t('budgetNature.one-off')}
              </th>
              <th scope="col" className="num">
                {t('budgetCycle.columns.oneOffShare')}
              </th>
              <th scope="col" className="num">
                {t('charts.ownRevenue')}
              </th>
              <th scope="col" className="num">
                {t('budgetCycle.columns.needAfterPilots')}
              </th>
              <th scope="col" className="num">
                {t('budgetCycle.columns.oneOffCliff')}
              </th>
            </tr>
          </thead>
          <tbody>
            {cycle.years.map((year) => (
              <Fragment key={year.year}>
                <tr className="strong" data-testid="budget-cycle-year" data-year={year.year}>
                  <th scope="row">{year.year}</th>
                  <td>{t('budgetCycle.allSilos')}</td>
                  <td className="num" data-value={year.structural}>
                    {money(year.structural)}
                  </td>
                  <td className="num" data-value={year.oneOff}>
                    {money(year.oneOff)}
                  </td>
                  <td className="num">{oneOffShare(year.structural, year.oneOff, locale)}</td>
                  <td className="num">{money(year.ownRevenue)}</td>
                  <td className="num" data-value={year.needAfterPilots}>
                    {money(year.needAfterPilots)}
                  </td>
                  <td className="num">{money(year.oneOffCliff)}</td>
                </tr>
                {cycle.cells
                  .filter((cell) => cell.year === year.year)
                  .map((cell) => (
                    <tr key={cell.silo} data-testid="budget-cycle-cell" data-silo={cell.silo}>
                      <td />
                      <th scope="row" dir="auto">
                        {cell.siloLabel}
                      </th>
                      <td className="num" data-value={cell.structural}>
                        {money(cell.structural)}
                      </td>
                      <td className="num" data-value={cell.oneOff}>
                        {money(cell.oneOff)}
                      </td>
                      <td className="num">{oneOffShare(cell.structural, cell.oneOff, locale)}</td>
                      <td colSpan={3} />
                    </tr>
                  ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
