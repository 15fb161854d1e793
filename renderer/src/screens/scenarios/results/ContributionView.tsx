import { useTranslation } from 'react-i18next';
import type { ScenarioContributionJson } from '../../../../../src/contract';
import {
  contributionRows,
  distancesOf,
  type DistanceIndicator,
} from '../../../../../src/impact/doughnut-contribution-table';
import { contributionWedges, type LensChoice } from '../../../../../src/impact/doughnut-wedges';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { ContributionFigure } from '../doughnut/ContributionFigure';
import { ContributionGroups } from './ContributionGroups';
import { ContributionTable } from './ContributionTable';

interface ContributionViewProps {
  contribution: ScenarioContributionJson;
  /** The run's indicators: their path without the portfolio gives the share of the distance at P10 and P90. */
  indicators: readonly DistanceIndicator[];
  year: number;
  lens: LensChoice;
  scenarioName: string;
  indicatorLabel: (indicatorId: string) => string;
}

/**
 * "Bijdrage van het portfolio": what the portfolio changes against the path without it,
 * as a Doughnut of the difference, a table per indicator and sums per group.
 */
export function ContributionView({
  contribution,
  indicators,
  year,
  lens,
  scenarioName,
  indicatorLabel,
}: ContributionViewProps) {
  const { t } = useTranslation();
  const names = useDoughnutLabels();
  return (
    <section
      className="panel contribution-view"
      aria-labelledby="contribution-title"
      data-testid="contribution-view"
    >
      <h3 id="contribution-title" className="panel__title">
        {t('contribution.title')}
      </h3>
      <>
        <p>{t('contribution.intro', { year })}</p>
        <ContributionFigure
          wedges={contributionWedges(contribution.portfolio.dimensions, year, lens)}
          year={year}
          scenarioName={scenarioName}
          {...(lens === 'all' ? {} : { subtitle: names.lens(lens) })}
        />
        <ContributionTable
          rows={contributionRows(contribution.portfolio, year, lens, distancesOf(indicators))}
          year={year}
          indicatorLabel={indicatorLabel}
        />
        <ContributionGroups
          contribution={contribution}
          year={year}
          lens={lens}
          indicatorLabel={indicatorLabel}
        />
      </>
    </section>
  );
}
