import { useTranslation } from 'react-i18next';
import type { PlanJson } from '../../../../../src/model/plan';
import { Icon } from '../../../components/Icon';
import type { AllocationCell, AllocationRow } from '../../../domain/analysis/allocationGrid';
import type {
  AllocationTotals,
  CoverFigures,
  OwnRevenueRow,
} from '../../../domain/analysis/allocationTotals';
import { formatMoney } from '../../../domain/format';
import type { CellKey } from '../../../domain/planEdits';
import { useLang } from '../../../i18n/useLang';
import { useCan } from '../../../session/sessionContext';
import { YearColumnsHead } from './YearColumnsHead';

interface AllocationTableProps {
  plan: PlanJson;
  grid: { years: number[]; rows: AllocationRow[] };
  /** The plan's own revenue per cost line: shown apart from the streams, and never lockable. */
  ownRows: readonly OwnRevenueRow[];
  totals: AllocationTotals;
  streamName: (id: string) => string;
  onToggleLock: (cell: CellKey, amount: number, locked: boolean) => void;
  /** Locks wait while results are being updated: the amount to fix must be a current one. */
  disabled: boolean;
}

/**
 * The blend per stream, cost line and year; any amount can be fixed (locked) for the next
 * blends. Own revenue has rows of its own, and the foot adds up per year: funded from
 * outside + own revenue + gap = cost.
 */
export function AllocationTable({
  plan,
  grid,
  ownRows,
  totals,
  streamName,
  onToggleLock,
  disabled,
}: AllocationTableProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  // A lock is stored in the plan: shown to every role, pressed only by one that may change plans.
  const mayLock = useCan()('plans.update');
  const costLabel = (id: string) => plan.costs.find((cost) => cost.id === id)?.label ?? id;

  const cellContent = (row: AllocationRow, cell: AllocationCell) => {
    const names = { stream: streamName(row.streamId), cost: costLabel(row.costId), year: cell.year };
    const key: CellKey = { streamId: row.streamId, costId: row.costId, year: cell.year };
    const testId = `alloc-${row.streamId}-${row.costId}-${cell.year}`;
    if (!cell.locked && cell.amount <= 0) return <span className="muted">–</span>;
    const shown = cell.locked && cell.lockedAmount !== null ? cell.lockedAmount : cell.amount;
    return (
      <span className="alloc-cell">
        <span data-testid={`${testId}-amount`} data-value={shown}>
          {formatMoney(shown, locale, true)}
        </span>
        {cell.locked && <span className="visually-hidden"> ({t('allocations.locked')})</span>}
        <button
          type="button"
          className={cell.locked ? 'lock-button lock-button--locked' : 'lock-button'}
          aria-pressed={cell.locked}
          aria-label={t(cell.locked ? 'allocations.unlock' : 'allocations.lock', names)}
          title={t(cell.locked ? 'allocations.unlock' : 'allocations.lock', names)}
          onClick={() => onToggleLock(key, cell.amount, cell.locked)}
          disabled={disabled || !mayLock}
          data-testid={`${testId}-lock`}
          data-stream={row.streamId}
          data-cost={row.costId}
          data-year={cell.year}
        >
          <Icon name={cell.locked ? 'lock' : 'unlock'} />
        </button>
      </span>
    );
  };

  const money = (euros: number) => formatMoney(euros, locale, true);
  const footRows: { key: keyof CoverFigures; label: string }[] = [
    { key: 'outside', label: t('allocations.outside') },
    { key: 'ownRevenue', label: t('allocations.ownRevenue') },
    { key: 'gap', label: t('allocations.gap') },
    { key: 'cost', label: t('allocations.cost') },
  ];

  if (grid.rows.length === 0 && ownRows.length === 0)
    return <p className="muted">{t('allocations.empty')}</p>;
  return (
    <div className="table-wrap" role="region" aria-labelledby="allocations-caption" tabIndex={0}>
      <table className="table table--figures allocation-table" data-testid="allocation-table">
        <caption id="allocations-caption" className="visually-hidden">
          {t('allocations.caption')}
        </caption>
        <YearColumnsHead rowHeader={t('allocations.streamAndLine')} years={grid.years} />
        <tbody>
          {grid.rows.map((row) => (
            <tr key={`${row.streamId}-${row.costId}`} data-testid="allocation-row">
              <th scope="row">
                <span dir="auto">{streamName(row.streamId)}</span>
                <span className="cell-sub" dir="auto">
                  {costLabel(row.costId)}
                </span>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.year} className={cell.locked ? 'num alloc--locked' : 'num'}>
                  {cellContent(row, cell)}
                </td>
              ))}
              <td className="num strong">{money(row.total)}</td>
            </tr>
          ))}
          {ownRows.map((row) => (
            <tr key={`own-${row.costId}`} data-testid="own-revenue-row" data-cost={row.costId}>
              <th scope="row" title={t('allocations.ownRevenueNote')}>
                <span>{t('allocations.ownRevenue')}</span>
                <span className="cell-sub" dir="auto">
                  {costLabel(row.costId)}
                </span>
              </th>
              {row.cells.map((cell) => (
                <td
                  key={cell.year}
                  className={cell.amount > 0 ? 'num' : 'num muted'}
                  data-testid={`own-${row.costId}-${cell.year}`}
                  data-value={cell.amount}
                >
                  {cell.amount > 0 ? money(cell.amount) : '–'}
                </td>
              ))}
              <td className="num strong">{money(row.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot data-testid="allocation-totals">
          {footRows.map(({ key, label }) => (
            <tr key={key} data-testid={`allocation-total-${key}`}>
              <th scope="row" className="strong">
                {label}
              </th>
              {totals.years.map((year) => (
                <td key={year.year} className="num" data-value={year[key]}>
                  {money(year[key])}
                </td>
              ))}
              <td className="num strong" data-value={totals.total[key]}>
                {money(totals.total[key])}
              </td>
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}
