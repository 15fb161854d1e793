import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperativeAnalysis } from '../../../../src/contract';
import type { ApiError } from '../../../../src/contract/result';
import type { PlanJson } from '../../../../src/model/plan';
import { siloColours } from '../../../../src/charts/colours';
import { AnalysisRegion } from '../analysis/AnalysisRegion';
import { CashPosition } from './CashPosition';
import { cooperativeFundingBySilo } from './cooperativeFunding';
import { CooperativeAwards } from './CooperativeAwards';
import { DeMinimisRoom } from './DeMinimisRoom';

// The plan builder's silo chart brings Recharts: loaded with the first figures, as there.
const FundingBySiloChart = lazy(() =>
  import('../plans/builder/charts/FundingBySiloChart').then((module) => ({
    default: module.FundingBySiloChart,
  })),
);

interface CooperativeFundingProps {
  scenarioName: string;
  plans: readonly PlanJson[];
  analysis: {
    value: CooperativeAnalysis | null;
    updating: boolean;
    error: ApiError | null;
    retry: () => void;
  };
}

/** The cooperative under the chosen scenario's blend: silo funding per year, de minimis room, awards, cash. */
export function CooperativeFunding({ scenarioName, plans, analysis }: CooperativeFundingProps) {
  const { t } = useTranslation();
  const value = analysis.value;
  const funding = value === null ? null : cooperativeFundingBySilo(value);
  return (
    <AnalysisRegion
      titleId="cooperative-funding-title"
      title={t('cooperativePage.fundingTitle', { scenario: scenarioName })}
      updating={analysis.updating}
      error={analysis.error}
      hasValue={value !== null}
      onRetry={analysis.retry}
      computingText={t('cooperativePage.computing')}
      testId="cooperative-funding"
    >
      {value !== null && funding !== null && (
        <>
          {value.plans.length === 0 ? (
            <p className="muted" data-testid="cooperative-funding-none">
              {t('cooperativePage.noPlansInScenario')}
            </p>
          ) : (
            <Suspense fallback={<p className="muted">{t('scenarioRun.loadingCharts')}</p>}>
              <FundingBySiloChart data={funding} colours={siloColours(funding.silos)} />
            </Suspense>
          )}
          <DeMinimisRoom analysis={value} />
          <CooperativeAwards plans={plans} outcomes={value.awards} />
          <CashPosition years={value.years} />
        </>
      )}
    </AnalysisRegion>
  );
}
