import { useTranslation } from 'react-i18next';
import type { ScenarioContributionJson } from '../../../../../src/api/contribution-schema';
import { contributionRows } from '../../../../../src/impact/doughnut-contribution-table';
import { contributionWedges, type LensChoice } from '../../../../../src/impact/doughnut-wedges';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { ContributionFigure } from '../doughnut/ContributionFigure';
import { ContributionGroups } from './ContributionGroups';
import { ContributionTable } from './ContributionTable';

interface ContributionViewProps {
  contribution: ScenarioContributionJson;
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
          rows={contributionRows(contribution.portfolio, year, lens)}
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
