import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanJson } from '../../../../../src/model/plan';
import { Icon } from '../../../components/Icon';
import { storedCell, type GridRow } from '../../../domain/costGrid';
import { formatMoney, formatNumber } from '../../../domain/format';
import { costTable } from '../../../domain/plans';
import { useLabels } from '../../../i18n/useLabels';
import { useLang } from '../../../i18n/useLang';
import { useCan } from '../../../session/sessionContext';
import { CostGridCell } from './CostGridCell';
import { useCostGrid, type HeldEntries } from './useCostGrid';
import type { PlanSaver } from './usePlanSaver';
import { YearColumnsHead } from './YearColumnsHead';

interface CostGridProps {
  saver: PlanSaver;
  /** The plan as stored, to mark cells whose new value is still being saved. */
  stored: PlanJson;
  /** Text typed into cells that could not be saved, kept until corrected or cancelled. */
  held: HeldEntries;
  onEditLine: (costId: string) => void;
  onRemoveLine: (costId: string, label: string) => void;
}

/** Cost lines and revenues per year, edited in place like a spreadsheet. */
export function CostGrid({ saver, stored: storedPlan, held, onEditLine, onRemoveLine }: CostGridProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useLabels();
  const id = useId().replace(/:/g, '');
  const gridRef = useRef<HTMLTableElement>(null);
  // A role that may not change plans reads the grid: no edits, no line buttons.
  const editable = useCan()('plans.update');
  const grid = useCostGrid(saver, gridRef, held, editable);
  const plan = saver.shown;
  const { layout } = grid;
  const totals = costTable(plan);
  const revenueRow = layout.rows.length - 1;

  const rowLabel = (row: GridRow) => (row.kind === 'revenue' ? t('plans.revenues') : row.label);
  const rowKey = (row: GridRow) => (row.kind === 'revenue' ? 'revenue' : row.costId);
  const cells = (row: GridRow, rowIndex: number) =>
    layout.years.map((year, col) => {
      const stored = storedCell(plan, row, year);
      return (
        <CostGridCell
          key={year}
          grid={grid}
          position={{ row: rowIndex, col }}
          display={stored === undefined ? '' : formatNumber(stored, locale)}
          label={t('builder.cellLabel', { row: rowLabel(row), year })}
          testId={`cell-${rowKey(row)}-${year}`}
          unsaved={stored !== storedCell(storedPlan, row, year)}
        />
      );
    });

  return (
    <>
      <p id={`${id}-help`} className="field__hint grid-help">
        {t('builder.gridHelp')}
      </p>
      {plan.costs.length === 0 && <p className="muted">{t('plans.noCosts')}</p>}
      <div className="table-wrap" role="region" aria-labelledby={`${id}-caption`}>
        <table
          ref={gridRef}
          className="table table--figures cost-grid"
          aria-describedby={`${id}-help`}
          data-testid="cost-grid"
        >
          <caption id={`${id}-caption`} className="visually-hidden">
            {t('builder.gridCaption', { name: plan.name })}
          </caption>
          <YearColumnsHead rowHeader={t('plans.costLine')} years={layout.years} />
          <tbody>
            {layout.rows.map((row, rowIndex) =>
              row.kind === 'revenue' ? null : (
                <tr key={row.costId} data-testid="cost-row" data-id={row.costId}>
                  <th scope="row">
                    <span className="cost-grid__line">
                      <span>
                        <span dir="auto">{row.label}</span>
                        <span className="cell-sub">{labels.costCategory(row.category)}</span>
                      </span>
                      {editable && (
                        <span className="cost-grid__line-actions">
                          <button
                            type="button"
                            className="button button--icon button--small"
                            onClick={() => onEditLine(row.costId)}
                            aria-label={t('builder.editLine', { label: row.label })}
                            title={t('builder.editLine', { label: row.label })}
                            data-testid={`edit-line-${row.costId}`}
                          >
                            <Icon name="edit" />
                          </button>
                          <button
                            type="button"
                            className="button button--icon button--small button--quiet-danger"
                            onClick={() => onRemoveLine(row.costId, row.label)}
                            aria-label={t('builder.removeLine', { label: row.label })}
                            title={t('builder.removeLine', { label: row.label })}
                            data-testid={`remove-line-${row.costId}`}
                          >
                            <Icon name="trash" />
                          </button>
                        </span>
                      )}
                    </span>
                  </th>
                  {cells(row, rowIndex)}
                  <td className="num strong">
                    {formatMoney(totals.rows[rowIndex]?.total ?? 0, locale, true)}
                  </td>
                </tr>
              ),
            )}
          </tbody>
          <tbody className="cost-grid__totals">
            <tr className="cost-grid__total-row">
              <th scope="row">{t('builder.totalCosts')}</th>
              {totals.yearTotals.map((amount, i) => (
                <td key={layout.years[i]} className="num" data-testid={`cost-total-${layout.years[i]}`}>
                  {formatMoney(amount, locale, true)}
                </td>
              ))}
              <td className="num" data-testid="cost-total">
                {formatMoney(totals.total, locale, true)}
              </td>
            </tr>
            <tr className="revenue-row">
              <th scope="row">{t('plans.revenues')}</th>
              {cells({ kind: 'revenue' }, revenueRow)}
              <td className="num">{formatMoney(totals.revenueTotal, locale, true)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}
