import { useTranslation } from 'react-i18next';
import type { IndicatorJson } from '../../../../../src/model/indicator';
import { formatNumber, formatPercent } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';
import { InputCell } from './CellInput';
import { EditorTable } from './EditorTable';

type OverrideTexts = { trend: string; threshold: string };

interface OverrideTableProps {
  formId: string;
  indicators: readonly IndicatorJson[];
  overrides: Readonly<Record<string, OverrideTexts>>;
  onChange: (indicatorId: string, patch: Partial<OverrideTexts>) => void;
  errorsFor: (name: string) => string[];
}

/** Per indicator another trend (percent a year) or threshold for this scenario; empty keeps the recorded one. */
export function OverrideTable({ formId, indicators, overrides, onChange, errorsFor }: OverrideTableProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  return (
    <EditorTable
      hint={t('scenarioEditor.overridesHint')}
      testId="override-table"
      caption={t('scenarioEditor.sections.overrides')}
      rowHeader={t('scenarioEditor.columns.indicator')}
      inputHeaders={[t('scenarioEditor.columns.trend'), t('scenarioEditor.columns.threshold')]}
    >
      {indicators.map((indicator) => {
        const texts = overrides[indicator.id] ?? { trend: '', threshold: '' };
        const name = `indicatorOverrides.${indicator.id}`;
        return (
          <tr key={indicator.id}>
            <th scope="row">
              <span dir="auto">{indicator.label}</span>
              <span className="cell-sub" dir="auto">
                {indicator.unit}
              </span>
            </th>
            <InputCell
              formId={formId}
              name={`${name}.trend`}
              label={t('scenarioEditor.trendLabel', { name: indicator.label })}
              value={texts.trend}
              onChange={(trend) => onChange(indicator.id, { trend })}
              errorsFor={errorsFor}
              note={t('scenarioEditor.recorded', { value: formatPercent(indicator.trend ?? 0, locale, 2) })}
            />
            <InputCell
              formId={formId}
              name={`${name}.threshold`}
              label={t('scenarioEditor.thresholdLabel', { name: indicator.label })}
              value={texts.threshold}
              onChange={(threshold) => onChange(indicator.id, { threshold })}
              errorsFor={errorsFor}
              note={t('scenarioEditor.recorded', { value: formatNumber(indicator.threshold, locale, 4) })}
            />
          </tr>
        );
      })}
    </EditorTable>
  );
}
