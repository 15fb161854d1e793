import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface YearSliderProps {
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
  testId?: string;
}

/** Picks the year the Doughnut shows; the arrow keys step a year, Home and End jump to the ends. */
export function YearSlider({ years, value, onChange, testId = 'year-slider' }: YearSliderProps) {
  const { t } = useTranslation();
  const id = useId();
  const first = years[0] ?? value;
  const last = years[years.length - 1] ?? value;
  return (
    <div className="year-slider">
      <label htmlFor={id} className="field__label">
        {t('scenarioRun.yearLabel')}
      </label>
      <input
        id={id}
        type="range"
        className="year-slider__input"
        min={first}
        max={last}
        step={1}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        aria-valuetext={String(value)}
        list={`${id}-years`}
        data-testid={testId}
      />
      {/* The slider itself says the year to assistive technology; this repeats it for the eye. */}
      <span className="year-slider__value" aria-hidden="true">
        {value}
      </span>
      <datalist id={`${id}-years`}>
        {years.map((year) => (
          <option key={year} value={year} />
        ))}
      </datalist>
    </div>
  );
}
