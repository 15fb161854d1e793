import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LENSES } from '../../../../../src/model/doughnut';
import { lensCounts, type LensChoice } from '../../../../../src/impact/doughnut-wedges';
import { RadioGroup } from '../../../components/form/choices';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { useLensQuestion } from './useLensQuestion';
import './doughnutViews.css';

interface LensPickerProps {
  /** The run's indicators: the picker counts how many each lens holds. */
  indicators: readonly Parameters<typeof lensCounts>[0][number][];
  value: LensChoice;
  onChange: (lens: LensChoice) => void;
}

/**
 * Which lens of the City Portrait the Doughnuts show (local social, local ecological,
 * global social, global ecological), or all indicators together; the lens's question
 * stands beneath it, as in the City Portrait.
 */
export function LensPicker({ indicators, value, onChange }: LensPickerProps) {
  const { t } = useTranslation();
  const names = useDoughnutLabels();
  const question = useLensQuestion();
  const formId = useId().replace(/:/g, '');
  const counts = lensCounts(indicators);
  return (
    <div className="lens-picker" data-testid="lens-picker">
      <RadioGroup
        formId={formId}
        name="doughnut-lens"
        legend={t('doughnutLens.legend')}
        hint={t('doughnutLens.rule')}
        options={[
          { value: 'all' as LensChoice, label: t('doughnutLens.all', { count: indicators.length }) },
          ...LENSES.map((lens) => ({
            value: lens as LensChoice,
            label: t('doughnutLens.option', { lens: names.lens(lens), count: counts[lens] }),
          })),
        ]}
        value={value}
        onChange={onChange}
      />
      <p className="lens-picker__question" data-testid="lens-question" aria-live="polite">
        {question(value)}
      </p>
    </div>
  );
}
