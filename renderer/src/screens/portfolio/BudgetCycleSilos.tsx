import { useTranslation } from 'react-i18next';
import type { BudgetCycleJson } from '../../../../src/contract';
import { SectionTable } from '../../components/table/TableSection';
import { formatNumberCompact, formatPercent } from '../../domain/format';
import { useLang } from '../../i18n/useLang';

const NATURES = [
  { key: 'structural', label: 'budgetNature.structural' },
  { key: 'oneOff', label: 'budgetNature.one-off' },
] as const;

const TOTALS = ['structural', 'oneOff', 'ownRevenue', 'needAfterPilots', 'oneOffCliff'] as const;
const TOTAL_LABELS = {
  structural: 'budgetNature.structural',
  oneOff: 'budgetNature.one-off',
  ownRevenue: 'charts.ownRevenue',
  needAfterPilots: 'budgetCycle.columns.needAfterPilots',
  oneOffCliff: 'budgetCycle.columns.oneOffCliff',
} as const satisfies Record<(typeof TOTALS)[number], string>;

/**
 * Budget years across, as the budget-use and fund tables read: each silo's structural
 * and one-off money, then all silos together with their one-off share, the plans' own
 * revenue and what plans whose years have ended need to keep running. Amounts are in
 * euros, written compactly (the heading says so); the workbook has them to the cent.
 */
export function BudgetCycleSilos({ cycle }: { cycle: BudgetCycleJson }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const money = (euros: number) => formatNumberCompact(euros, locale);
  const cellOf = (year: number, silo: string) => cycle.cells.find((c) => c.year === year && c.silo === silo);
  const years = cycle.years;
  return (
    <SectionTable
      titleId="budget-cycle-silos-title"
      title={t('budgetCycle.silosTitle')}
      hint={t('budgetCycle.silosHint')}
      table={{
        className: 'table table--compact table--figures',
        testId: 'budget-cycle-years',
        columns: [
          { label: t('budgetCycle.columns.silo') },
          { label: t('budgetCycle.columns.nature'), hidden: true },
          ...years.map((y) => ({ label: y.year, num: true })),
        ],
      }}
      scrolls
    >
      {cycle.silos.map(({ silo, label }) => (
        <tbody key={silo} data-testid="budget-cycle-silo" data-silo={silo}>
          {NATURES.map((nature, i) => (
            <tr key={nature.key} data-testid="budget-cycle-cell" data-nature={nature.key}>
              {i === 0 && (
                <th scope="rowgroup" rowSpan={NATURES.length} dir="auto">
                  {label}
                </th>
              )}
              <th scope="row" className="muted">
                {t(nature.label)}
              </th>
              {years.map((y) => {
                const value = cellOf(y.year, silo)?.[nature.key] ?? 0;
                return (
                  <td key={y.year} className="num" data-year={y.year} data-value={value}>
                    {value === 0 ? '–' : money(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      ))}
      <tbody data-testid="budget-cycle-totals">
        {TOTALS.map((measure, i) => (
          <tr
            key={measure}
            className={i < 2 ? 'strong' : undefined}
            data-testid="budget-cycle-total"
            data-measure={measure}
          >
            {i === 0 && (
              <th scope="rowgroup" rowSpan={TOTALS.length + 1}>
                {t('budgetCycle.allSilos')}
              </th>
            )}
            <th scope="row">{t(TOTAL_LABELS[measure])}</th>
            {years.map((y) => (
              <td key={y.year} className="num" data-year={y.year} data-value={y[measure]}>
                {money(y[measure])}
              </td>
            ))}
          </tr>
        ))}
        <tr data-testid="budget-cycle-total" data-measure="oneOffShare">
          <th scope="row">{t('budgetCycle.columns.oneOffShare')}</th>
          {years.map((y) => {
            const total = y.structural + y.oneOff;
            return (
              <td key={y.year} className="num" data-year={y.year}>
                {total === 0 ? '–' : formatPercent(y.oneOff / total, locale, 0)}
              </td>
            );
          })}
        </tr>
      </tbody>
    </SectionTable>
  );
}
