import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DoughnutFrameProps {
  /** The figure's title; also the caption of its table. */
  title: string;
  titleId: string;
  testId: string;
  /** How to use the chart, under the title; none for a chart that only shows. */
  hint?: string;
  /** The chart itself, drawn inside the canvas. */
  chart: ReactNode;
  legend: ReactNode;
  /** The words on the disclosure that opens the table. */
  showTable: string;
  /** The same figures as a table, behind the disclosure. */
  children: ReactNode;
}

/** A Doughnut's title plus any lens it is seen through (e.g. the City Portrait lens shown). */
export function useLensTitle(base: string, lens: string | undefined): string {
  const { t } = useTranslation();
  return lens === undefined ? base : t('doughnutLens.title', { title: base, lens });
}

/** What the status Doughnut and the contribution Doughnut show alike: title, chart, legend, table. */
export function DoughnutFrame({
  title,
  titleId,
  testId,
  hint,
  chart,
  legend,
  showTable,
  children,
}: DoughnutFrameProps) {
  return (
    <figure className="chart doughnut" aria-labelledby={titleId} data-testid={testId}>
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      {hint !== undefined && <p className="field__hint">{hint}</p>}
      <div className="doughnut__canvas">{chart}</div>
      {legend}
      <details className="chart__data">
        <summary>{showTable}</summary>
        {children}
      </details>
    </figure>
  );
}
