import { useTranslation } from 'react-i18next';
import type { ContributionWedge } from '../../../../../src/impact/doughnut-wedges';
import { ContributionChart } from './ContributionChart';
import { ContributionLegend } from './ContributionLegend';
import { ContributionWedgeTable } from './ContributionWedgeTable';
import { DoughnutFrame, useLensTitle } from './DoughnutFrame';
import type { ContributionSubject } from './useContributionWords';
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
  const title = useLensTitle(t('contribution.doughnutTitle', { year }), subtitle);
  return (
    <DoughnutFrame
      title={title}
      titleId="contribution-doughnut-title"
      testId="contribution-doughnut"
      chart={
        <ContributionChart
          wedges={wedges}
          year={year}
          scenarioName={scenarioName}
          compact={compact}
          testId="contribution-svg"
          subject={subject}
        />
      }
      legend={<ContributionLegend subject={subject} />}
      showTable={t('contribution.showTable')}
    >
      <ContributionWedgeTable wedges={wedges} subject={subject} caption={title} />
    </DoughnutFrame>
  );
}
