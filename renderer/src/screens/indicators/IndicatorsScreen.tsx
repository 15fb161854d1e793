import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorKind } from '../../../../src/model/doughnut';
import type { IndicatorJson } from '../../../../src/model/indicator';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { NewButton } from '../../components/NewButton';
import { PageHeading } from '../../components/PageHeading';
import { RowActions } from '../../components/RowActions';
import { DataTable } from '../../components/table/DataTable';
import { formatNumber, formatPercent, sentence } from '../../domain/format';
import { useDoughnutLabels } from '../../i18n/useDoughnutLabels';
import { useLang } from '../../i18n/useLang';
import { useWorkspace, useWorkspaceData } from '../../state/workspaceContext';
import './indicators.css';
import { IndicatorEditor } from './IndicatorEditor';
import { indicatorDelete } from './indicatorEdits';

const RINGS: readonly IndicatorKind[] = ['floor', 'ceiling'];

/** Where one figure comes from, or a muted "no source" so a gap in the sourcing shows. */
function Source({ label, text }: { label: string; text: string | undefined }) {
  const { t } = useTranslation();
  const missing = text === undefined || text.trim() === '';
  return (
    <p className="indicator-source">
      <span className="indicator-source__label">{label}: </span>
      {missing ? <span className="muted">{t('indicators.noSource')}</span> : <span dir="auto">{text}</span>}
    </p>
  );
}

function IndicatorRow({
  indicator,
  lines,
  onEdit,
  onDelete,
}: {
  indicator: IndicatorJson;
  lines: number;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useDoughnutLabels();
  const value = (n: number) => formatNumber(n, locale, 6);
  const total = indicator.denominator;
  const dated = [String(indicator.baseline.year), indicator.baseline.date].filter(Boolean).join(' · ');
  return (
    // One body per indicator: its figures, then a full-width row with where they come from.
    <tbody className="table-entry" data-testid="indicator-row" data-id={indicator.id}>
      <tr>
        <th scope="row" dir="auto">
          {indicator.label}
          <span className="cell-sub">
            {labels.dimension(indicator.dimension)} · {indicator.unit}
          </span>
        </th>
        <td className="num" data-testid="indicator-baseline">
          {value(indicator.baseline.value)}
          <span className="cell-sub">{dated}</span>
        </td>
        <td className="num">
          {value(indicator.threshold)}
          <span className="cell-sub">
            {t('indicators.trendPerYear', { trend: formatPercent(indicator.trend ?? 0, locale, 2) })}
          </span>
        </td>
        <td className="num indicator-total" data-testid="indicator-total">
          {total === undefined ? (
            <span className="muted">{t('indicators.noTotal')}</span>
          ) : (
            <>
              {value(total.value)}
              <span className="cell-sub">
                {total.unit} ({total.year})
              </span>
            </>
          )}
        </td>
        <td className="num" data-testid="indicator-lines">
          {formatNumber(lines, locale)}
        </td>
        <RowActions
          name={indicator.label}
          onEdit={onEdit}
          onDelete={onDelete}
          operations={{ first: 'indicators.update', delete: 'indicators.delete' }}
        />
      </tr>
      <tr className="table-entry__more">
        <td colSpan={6} data-testid="indicator-sources">
          <Source label={t('indicators.columns.baseline')} text={indicator.baseline.source} />
          <Source label={t('indicators.columns.threshold')} text={indicator.thresholdSource} />
          {total !== undefined && <Source label={t('indicators.columns.total')} text={total.source} />}
        </td>
      </tr>
    </tbody>
  );
}

/**
 * The city's indicators: where each baseline and threshold comes from, the city total its
 * impact lines are divided by, and how many lines use it. The city adds its own here.
 */
export function IndicatorsScreen() {
  const { t } = useTranslation();
  const labels = useDoughnutLabels();
  const { perform, announce } = useWorkspace();
  const { indicators, plans } = useWorkspaceData();
  const [editing, setEditing] = useState<{ original: IndicatorJson | null } | null>(null);
  const [deleting, setDeleting] = useState<IndicatorJson | null>(null);
  const lineCount = (id: string) =>
    plans.flatMap((plan) => plan.impacts ?? []).filter((line) => line.indicatorId === id).length;

  const remove = async (indicator: IndicatorJson): Promise<string | null> => {
    const result = await perform(indicatorDelete(indicator.id));
    // The host names the plans and scenarios that still use it; its field path means nothing here.
    if (!result.ok)
      return result.error.issues?.map((issue) => sentence(issue.message)).join(' ') ?? result.error.message;
    announce('success', t('indicators.deleted', { name: indicator.label }));
    return null;
  };

  return (
    <>
      <PageHeading
        title={t('indicators.title')}
        intro={t('indicators.intro')}
        actions={
          <NewButton
            label={t('indicators.new')}
            testId="new-indicator"
            operation="indicators.create"
            onClick={() => setEditing({ original: null })}
          />
        }
      />
      {indicators.length === 0 && <EmptyState text={t('indicators.empty')} testId="indicators-empty" />}
      {RINGS.map((ring) => {
        const rows = indicators.filter((indicator) => indicator.kind === ring);
        if (rows.length === 0) return null;
        const titleId = `indicators-${ring}`;
        return (
          <section key={ring} aria-labelledby={titleId}>
            <h2 id={titleId} className="section-title">
              {labels.ring(ring)}
            </h2>
            <DataTable
              className="table indicator-table"
              testId={`indicator-table-${ring}`}
              caption={labels.ring(ring)}
              columns={[
                { label: t('indicators.columns.indicator') },
                { label: t('indicators.columns.baseline'), num: true },
                { label: t('indicators.columns.threshold'), num: true },
                { label: t('indicators.columns.total'), num: true },
                { label: t('indicators.columns.lines'), num: true },
                { label: t('common.actions'), hidden: true, className: 'actions-col' },
              ]}
            >
              {rows.map((indicator) => (
                <IndicatorRow
                  key={indicator.id}
                  indicator={indicator}
                  lines={lineCount(indicator.id)}
                  onEdit={() => setEditing({ original: indicator })}
                  onDelete={() => setDeleting(indicator)}
                />
              ))}
            </DataTable>
          </section>
        );
      })}
      {editing !== null && (
        <IndicatorEditor
          original={editing.original}
          takenIds={new Set(indicators.map((indicator) => indicator.id))}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting !== null && (
        <ConfirmDialog
          title={t('indicators.deleteTitle')}
          message={t('indicators.deleteConfirm', { name: deleting.label })}
          confirmLabel={t('common.delete')}
          danger
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
          testId="delete-dialog"
        />
      )}
    </>
  );
}
