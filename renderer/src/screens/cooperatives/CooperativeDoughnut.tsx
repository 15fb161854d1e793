import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yearOfLargestContribution } from '../../../../src/impact/cooperative-year';
import { contributionRows } from '../../../../src/impact/doughnut-contribution-table';
import { contributionWedges, type LensChoice } from '../../../../src/impact/doughnut-wedges';
import type { ScenarioRun } from '../../domain/impact/types';
import { nameById } from '../../domain/plans';
import { useWorkspaceData } from '../../state/workspaceContext';
import { useDoughnutLabels } from '../../i18n/useDoughnutLabels';
import { ContributionFigure } from '../scenarios/doughnut/ContributionFigure';
import { LensPicker } from '../scenarios/doughnut/LensPicker';
import { YearSlider } from '../scenarios/results/YearSlider';
import { CooperativeContributionTable } from './CooperativeContributionTable';

interface CooperativeDoughnutProps {
  run: ScenarioRun;
  cooperativeId: string;
  scenarioName: string;
}

/**
 * The cooperative's own Doughnut in a year: per dimension the share of the city's
 * distance to the boundary its plans close (the scenarios screen's contribution
 * Doughnut, drawn for this cooperative's group of the run), and its figures per indicator.
 */
export function CooperativeDoughnut({ run, cooperativeId, scenarioName }: CooperativeDoughnutProps) {
  const { t } = useTranslation();
  const data = useWorkspaceData();
  const group = run.contribution.byCooperative.find((g) => g.key === cooperativeId);
  const [year, setYear] = useState<number | null>(null);
  // The City Portrait's four lenses kept apart, as on the scenarios screen.
  const [lens, setLens] = useState<LensChoice>('all');
  const names = useDoughnutLabels();
  if (group === undefined) {
    return (
      <p className="muted" data-testid="cooperative-no-contribution">
        {t('cooperativePage.noContribution')}
      </p>
    );
  }
  const shown =
    year !== null && run.years.includes(year) ? year : yearOfLargestContribution(group, run.years);
  const indicatorLabel = nameById(data.indicators, (indicator) => indicator.label);
  const touched = new Set(group.dimensions.filter((d) => d.touched).map((d) => d.dimension));
  return (
    <div data-testid="cooperative-doughnut" data-touched={touched.size}>
      <YearSlider years={run.years} value={shown} onChange={setYear} testId="cooperative-year" />
      <LensPicker indicators={run.indicators} value={lens} onChange={setLens} />
      <p>
        {t('cooperativePage.doughnutSummary', {
          year: shown,
          touched: touched.size,
          total: group.dimensions.length,
        })}
      </p>
      <ContributionFigure
        wedges={contributionWedges(group.dimensions, shown, lens)}
        year={shown}
        scenarioName={scenarioName}
        subject="cooperative"
        {...(lens === 'all' ? {} : { subtitle: names.lens(lens) })}
      />
      <CooperativeContributionTable
        rows={contributionRows(group, shown, lens)}
        touched={touched}
        lensChosen={lens !== 'all'}
        year={shown}
        indicatorLabel={indicatorLabel}
      />
    </div>
  );
}
