import { useTranslation } from 'react-i18next';
import type { ContributionWedge } from '../../../../../src/impact/doughnut-wedges';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { ContributionChart } from './ContributionChart';
import { ContributionLegend } from './ContributionLegend';
import { useContributionWords, type ContributionSubject } from './useContributionWords';
import './doughnutViews.css';

interface ContributionFigureProps {
  wedges: readonly ContributionWedge[];
  year: number;
  scenarioName: string;
  /** Added to the title, e.g. the lens shown. */
  subtitle?: string;
  compact?: boolean;
  /** Whose contribution it is; default the portfolio's. */
  subject?: ContributionSubject;
}

/** The contribution Doughnut with its title, legend and its wedges as a table. */
export function ContributionFigure({
  wedges,
  year,
  scenarioName,
  subtitle,
  compact = false,
  subject = 'portfolio',
}: ContributionFigureProps) {
  const { t } = useTranslation();
  const names = useDoughnutLabels();
  const words = useContributionWords(subject);
  const base = t('contribution.doughnutTitle', { year });
  const title = subtitle === undefined ? base : t('doughnutLens.title', { title: base, lens: subtitle });
  return (
    <figure
      className="chart doughnut"
      aria-labelledby="contribution-doughnut-title"
      data-testid="contribution-doughnut"
    >
      <figcaption id="contribution-doughnut-title" className="chart__title">
        {title}
      </figcaption>
      <div className="doughnut__canvas">
        <ContributionChart
          wedges={wedges}
          year={year}
          scenarioName={scenarioName}
          compact={compact}
          testId="contribution-svg"
          subject={subject}
        />
      </div>
      <ContributionLegend subject={subject} />
      <details className="chart__data">
        <summary>{t('contribution.showTable')}</summary>
        <div className="table-wrap">
          <table className="table table--compact" data-testid="contribution-wedge-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('contribution.columns.dimension')}</th>
                <th scope="col">{t('contribution.columns.state')}</th>
                <th scope="col" className="num">
                  {t('contribution.columns.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {wedges.map((wedge) => (
                <tr
                  key={wedge.dimension}
                  data-testid="contribution-wedge-row"
                  data-dimension={wedge.dimension}
                >
                  <th scope="row">{names.dimension(wedge.dimension)}</th>
                  <td>{words.state(wedge)}</td>
                  <td className="num">{wedge.indicatorIds.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
