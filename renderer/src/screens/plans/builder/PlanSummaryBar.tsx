import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanAnalysisJson } from '../../../domain/analysis/types';
import { formatMoney, formatPercent } from '../../../domain/format';
import { planInPortfolio } from '../../../domain/planScenarios';
import { useLang } from '../../../i18n/useLang';
import { usePortfolioFigure } from './usePortfolioFigure';

/** The figures both rows show, as plans.analysis and portfolio.analysis (per plan) give them. */
interface Figures {
  totalCost: number;
  funded: number;
  ownRevenue: number;
  gap: number;
  fundedShare: number;
}

interface PlanSummaryBarProps {
  planId: string;
  /** The plan's standalone blend (every budget to itself), or null before the first answer. */
  analysis: PlanAnalysisJson | null;
  updating: boolean;
  /** The scenarios that list the plan; the second row shows the plan within the chosen one's portfolio. */
  scenarios: readonly { id: string; name: string }[];
  scenarioId: string | null;
  onScenarioChange: (id: string) => void;
  lastSavedAt: string | null;
  /** Cells holding text that was not saved. */
  heldCount: number;
}

const COLUMNS = ['total-cost', 'funded', 'own-revenue', 'gap', 'share'] as const;

/**
 * The plan's key figures, kept in view (sticky) while the grid below is edited, in two
 * labelled rows: blended on its own (as if the plan had every budget to itself) and
 * within a scenario's portfolio, where it shares the budgets with the other plans.
 */
export function PlanSummaryBar(props: PlanSummaryBarProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const { scenarios, scenarioId } = props;
  const scenario = scenarios.find((s) => s.id === scenarioId) ?? null;

  const portfolioLabel =
    scenario === null ? (
      <span data-testid="summary-no-scenario">{t('summary.inNoScenario')}</span>
    ) : scenarios.length > 1 ? (
      <label htmlFor={selectId} className="plan-summary__scenario">
        <span>{t('summary.inPortfolioOf')}</span>
        <select
          id={selectId}
          className="input select"
          value={scenario.id}
          onChange={(event) => props.onScenarioChange(event.target.value)}
          data-testid="summary-scenario"
        >
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
    ) : (
      <span className="plan-summary__scenario">
        <span>{t('summary.inPortfolioOf')}</span>
        <span className="plan-summary__scenario-name" title={scenario.name} dir="auto">
          {scenario.name}
        </span>
      </span>
    );

  return (
    <section
      className="plan-summary"
      aria-labelledby={`${selectId}-title`}
      data-testid="plan-summary"
      data-state={props.updating ? 'updating' : 'current'}
      aria-busy={props.updating}
    >
      <table className="plan-summary__table">
        <caption id={`${selectId}-title`} className="visually-hidden">
          {t('summary.title')}
        </caption>
        <thead>
          <tr>
            <td className="plan-summary__status">
              <span role="status">
                {props.updating && <span className="spinner" aria-hidden="true" />}
                {props.updating ? t('analysis.updating') : ''}
              </span>
            </td>
            <th scope="col">{t('metrics.totalCost')}</th>
            <th scope="col">{t('metrics.fundedOutside')}</th>
            <th scope="col">{t('metrics.ownRevenue')}</th>
            <th scope="col">{t('metrics.gap')}</th>
            <th scope="col">{t('summary.share')}</th>
          </tr>
        </thead>
        <tbody>
          <FigureRow
            label={t('summary.standalone')}
            figures={props.analysis}
            placeholder="…"
            dim={props.updating}
            prefix="summary"
          />
          {scenario === null ? (
            <tr>
              <th scope="row">{portfolioLabel}</th>
              <td colSpan={COLUMNS.length} />
            </tr>
          ) : (
            <PortfolioRow
              key={scenario.id}
              label={portfolioLabel}
              planId={props.planId}
              scenarioId={scenario.id}
              lastSavedAt={props.lastSavedAt}
            />
          )}
        </tbody>
      </table>
      {props.heldCount > 0 && (
        <p className="plan-summary__held" data-testid="summary-held">
          <span aria-hidden="true">⚠ </span>
          {t('summary.held', { count: props.heldCount })}
        </p>
      )}
    </section>
  );
}

function PortfolioRow(props: {
  label: ReactNode;
  planId: string;
  scenarioId: string;
  lastSavedAt: string | null;
}) {
  const { t } = useTranslation();
  const portfolio = usePortfolioFigure(props.scenarioId, props.lastSavedAt);
  const figures = portfolio.value === null ? null : planInPortfolio(portfolio.value, props.planId);
  return (
    <FigureRow
      label={props.label}
      figures={figures}
      placeholder={portfolio.error !== null ? t('analysis.failedShort') : '…'}
      dim={portfolio.updating}
      prefix="summary-portfolio"
    />
  );
}

function FigureRow(props: {
  label: ReactNode;
  figures: Figures | null;
  placeholder: string;
  dim: boolean;
  prefix: string;
}) {
  const { locale } = useLang();
  const { figures } = props;
  const values: Record<(typeof COLUMNS)[number], number | undefined> = {
    'total-cost': figures?.totalCost,
    funded: figures?.funded,
    'own-revenue': figures?.ownRevenue,
    gap: figures?.gap,
    share: figures?.fundedShare,
  };
  const text = (column: (typeof COLUMNS)[number], value: number) =>
    // Cents only when there are any, as the grid writes them: the bar must agree with the totals below it.
    column === 'share' ? formatPercent(value, locale, 1) : formatMoney(value, locale, true);
  return (
    <tr
      className={props.dim ? 'is-dim' : undefined}
      data-testid={`${props.prefix}-row`}
      data-state={props.dim ? 'updating' : 'current'}
    >
      <th scope="row">{props.label}</th>
      {COLUMNS.map((column) => {
        const value = values[column];
        const warn = column === 'gap' && value !== undefined && value > 0;
        return (
          <td
            key={column}
            className={warn ? 'plan-summary__value plan-summary__value--warn' : 'plan-summary__value'}
            data-testid={`${props.prefix}-${column}`}
            data-value={value}
          >
            {value === undefined ? props.placeholder : text(column, value)}
          </td>
        );
      })}
    </tr>
  );
}
