import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../../components/form/choices';
import type { DimensionStatus } from '../../../../../src/charts/dimension-status';
import type { RunIndicator } from '../../../domain/impact/types';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { IndicatorBandChart } from './IndicatorBandChart';

interface DimensionPanelProps {
  entry: DimensionStatus;
  indicators: readonly RunIndicator[];
  year: number;
  /** The City Portrait lens shown, when one is chosen: the panel shows only its indicators. */
  lensName?: string;
}

/** The chosen dimension: its names (2017 and 2025), status in the year and each indicator over time. */
export function DimensionPanel({ entry, indicators, year, lensName }: DimensionPanelProps) {
  const { t } = useTranslation();
  const names = useDoughnutLabels();
  // The indicators the wedge is made of: with a lens chosen, only that lens's.
  const members = indicators.filter((indicator) => entry.indicatorIds.includes(indicator.indicatorId));
  const name = names.dimension(entry.dimension);
  const name2025 = names.dimension2025(entry.dimension);
  const formId = useId().replace(/:/g, '');
  const [scale, setScale] = useState<'threshold' | 'zoomed'>('threshold');
  return (
    <section
      className="panel dimension-panel"
      aria-labelledby="dimension-panel-title"
      data-testid="dimension-panel"
      data-dimension={entry.dimension}
    >
      <h3 id="dimension-panel-title" className="panel__title">
        {t('dimensionPanel.title', { dimension: name })}
      </h3>
      {/* Choosing a wedge keeps focus on the chart; this line tells a screen reader what is shown now. */}
      <p className="visually-hidden" role="status">
        {t('dimensionPanel.title', { dimension: name })}
      </p>
      <p className="muted">
        {t('dimensionPanel.status', {
          ring: names.ring(entry.kind),
          status: names.status(entry.kind, entry.status),
          year,
        })}
        {name2025 !== name && <> · {t('dimensionPanel.label2025', { label: name2025 })}</>}
      </p>
      {members.length === 0 ? (
        <p className="muted">
          {lensName === undefined
            ? t('dimensionPanel.none')
            : t('doughnutLens.noneInLens', { lens: lensName })}
        </p>
      ) : (
        <>
          <p className="field__hint band__hint">{t('bands.hint')}</p>
          <RadioGroup
            formId={formId}
            name="band-scale"
            legend={t('bands.scale')}
            options={[
              { value: 'threshold', label: t('bands.scaleThreshold') },
              { value: 'zoomed', label: t('bands.scaleZoomed') },
            ]}
            value={scale}
            onChange={setScale}
          />
          <div className="band-grid">
            {members.map((indicator) => (
              <IndicatorBandChart
                key={indicator.indicatorId}
                indicator={indicator}
                year={year}
                zoomed={scale === 'zoomed'}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
