import { useTranslation } from 'react-i18next';
import { outputUnitOf } from '../../../../../src/impact/denominator';
import type { IndicatorJson } from '../../../../../src/model/indicator';
import { RowActions } from '../../../components/RowActions';
import { formatNumber, formatPercent, formatSignificant, formatYearRange } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';
import { useWorkspaceData } from '../../../state/workspaceContext';
import type { PlanSaver } from '../builder/usePlanSaver';
import { PlanEntriesSection } from '../PlanEntriesSection';
import { usePlanEntries } from '../usePlanEntries';
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
  const { indicators } = useWorkspaceData();
  const entries = usePlanEntries(saver, TITLE_ID);
  const lines = saver.shown.impacts ?? [];
  const byId = new Map<string, IndicatorJson>(indicators.map((indicator) => [indicator.id, indicator]));
  const labelOf = (line: ImpactLineJson) => byId.get(line.indicatorId)?.label ?? line.indicatorId;

  return (
    <PlanEntriesSection
      titleId={TITLE_ID}
      className="builder-impact"
      testId="impact-lines"
      texts={{
        title: t('impactLines.title'),
        intro: t('impactLines.intro'),
        empty: t('impactLines.empty'),
        caption: t('impactLines.caption'),
        add: t('impactLines.add'),
        cannotAdd: t('impactLines.noIndicators'),
      }}
      count={lines.length}
      emptyTestId="impact-empty"
      table={{
        className: 'table impact-lines',
        testId: 'impact-table',
        columns: [
          { label: t('impactLines.columns.indicator') },
          { label: t('impactLines.columns.output'), num: true },
          { label: t('impactLines.columns.years') },
          { label: t('impactLines.columns.deflators'), num: true, className: 'impact-deflators' },
          { label: t('impactLines.columns.evidence') },
          { label: t('common.actions'), hidden: true, className: 'actions-col' },
        ],
      }}
      canAdd={indicators.length > 0}
      onAdd={entries.add}
      addTestId="add-impact-line"
      editor={
        entries.editing !== null && (
          <ImpactLineEditor
            saver={saver}
            index={entries.editing.index}
            indicators={indicators}
            onClose={entries.close}
          />
        )
      }
    >
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
                operations={{ first: 'plans.update', delete: 'plans.update' }}
                onEdit={() => entries.edit(index)}
                onDelete={() =>
                  entries.remove(
                    (plan) => withoutImpactLine(plan, index),
                    t('impactLines.removed', { label }),
                  )
                }
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
    </PlanEntriesSection>
  );
}
