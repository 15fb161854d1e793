import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outputUnitOf } from '../../../../../src/impact/denominator';
import type { IndicatorJson } from '../../../../../src/model/indicator';
import { EmptyState } from '../../../components/EmptyState';
import { Icon } from '../../../components/Icon';
import { RowActions } from '../../../components/RowActions';
import { formatNumber, formatPercent, formatSignificant, formatYearRange } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';
import { useWorkspace, useWorkspaceData } from '../../../state/workspaceContext';
import type { PlanSaver } from '../builder/usePlanSaver';
import '../../indicators/indicators.css';
import './impact.css';
import { ImpactLineEditor } from './ImpactLineEditor';
import { DEFLATORS, withoutImpactLine, type ImpactLineJson } from './impactLineDraft';

const TITLE_ID = 'plan-impact-title';

/** "20% / 30% / 0% / 5%": the four deflators in one cell, in the order the header names them. */
function deflatorText(line: ImpactLineJson, locale: Parameters<typeof formatPercent>[1]): string {
  return DEFLATORS.map((deflator) => formatPercent(line[deflator] ?? 0, locale, 1)).join(' / ');
}

/** An output as read: counts with up to two decimals, small figures (a share of the city) to four significant digits. */
function outputText(value: number, locale: Parameters<typeof formatNumber>[1]): string {
  return value !== 0 && Math.abs(value) < 1
    ? formatSignificant(value, locale, 4)
    : formatNumber(value, locale, 2);
}

/**
 * The plan's impact lines: what the cooperative delivers per year for each indicator, with
 * the SROI deflators and the evidence behind it. Added, changed and removed through the
 * builder's saver, so every change is one undoable step like an edit in the grid.
 */
export function ImpactLinesSection({ saver }: { saver: PlanSaver }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const { announce } = useWorkspace();
  const { indicators } = useWorkspaceData();
  const [editing, setEditing] = useState<{ index: number | null } | null>(null);
  const lines = saver.shown.impacts ?? [];
  const byId = new Map<string, IndicatorJson>(indicators.map((indicator) => [indicator.id, indicator]));
  const labelOf = (line: ImpactLineJson) => byId.get(line.indicatorId)?.label ?? line.indicatorId;

  const remove = async (index: number, label: string) => {
    const result = await saver.save((plan) => withoutImpactLine(plan, index));
    if (result.ok) announce('success', t('impactLines.removed', { label }));
    else announce('error', result.error.message);
    // The row and its buttons are gone; the section's heading is the nearest place to resume.
    document.getElementById(TITLE_ID)?.focus();
  };

  return (
    <section aria-labelledby={TITLE_ID} className="builder-impact" data-testid="impact-lines">
      <h2 id={TITLE_ID} className="section-title" tabIndex={-1}>
        {t('impactLines.title')}
      </h2>
      <p className="field__hint">{t('impactLines.intro')}</p>
      {lines.length === 0 ? (
        <EmptyState text={t('impactLines.empty')} testId="impact-empty" />
      ) : (
        <div className="table-wrap">
          <table className="table impact-lines" data-testid="impact-table">
            <caption className="visually-hidden">{t('impactLines.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('impactLines.columns.indicator')}</th>
                <th scope="col" className="num">
                  {t('impactLines.columns.output')}
                </th>
                <th scope="col">{t('impactLines.columns.years')}</th>
                <th scope="col" className="num impact-deflators">
                  {t('impactLines.columns.deflators')}
                </th>
                <th scope="col">{t('impactLines.columns.evidence')}</th>
                <th scope="col" className="actions-col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            {lines.map((line, index) => {
              const label = labelOf(line);
              return (
                // One body per line: its figures, then its basis across the table.
                <tbody
                  key={`${line.indicatorId}-${index}`}
                  className="table-entry"
                  data-testid="impact-row"
                  data-indicator={line.indicatorId}
                >
                  <tr>
                    <th scope="row" dir="auto">
                      {label}
                    </th>
                    <td className="num" data-testid="impact-output" data-value={line.output}>
                      {outputText(line.output, locale)}
                      <span className="cell-sub">{outputUnitOf(line, byId.get(line.indicatorId))}</span>
                    </td>
                    <td className="nowrap">{formatYearRange(line.start, line.start + line.duration - 1)}</td>
                    <td className="num nowrap">{deflatorText(line, locale)}</td>
                    <td>{t(`impactLines.evidence.${line.evidence}`)}</td>
                    <RowActions
                      name={label}
                      onEdit={() => setEditing({ index })}
                      onDelete={() => void remove(index, label)}
                    />
                  </tr>
                  <tr className="table-entry__more">
                    <td colSpan={6} className="impact-basis" dir="auto">
                      {line.basis === undefined || line.basis === '' ? (
                        <span className="muted">{t('impactLines.noBasis')}</span>
                      ) : (
                        line.basis
                      )}
                    </td>
                  </tr>
                </tbody>
              );
            })}
          </table>
        </div>
      )}
      <button
        type="button"
        className="button"
        onClick={() => setEditing({ index: null })}
        data-testid="add-impact-line"
        disabled={indicators.length === 0}
      >
        <Icon name="plus" />
        {t('impactLines.add')}
      </button>
      {indicators.length === 0 && <p className="field__hint">{t('impactLines.noIndicators')}</p>}
      {editing !== null && (
        <ImpactLineEditor
          saver={saver}
          index={editing.index}
          indicators={indicators}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
