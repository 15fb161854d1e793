import { api } from '../../../api';
import type { PortfolioAnalysisJson } from '../../../domain/analysis/types';
import { useLang } from '../../../i18n/useLang';
import type { LatestView } from '../../../state/latestRequest';
import { useLatestRequest } from '../../../state/useLatestRequest';

const analyse = (input: { scenarioId: string }) => api.portfolio.analysis(input);

/**
 * The portfolio blend of the scenario the plan is shown within, asked for again after
 * every saved change anywhere in the workspace: in a portfolio the plan shares every
 * budget with the other plans, which its standalone blend does not.
 */
export function usePortfolioFigure(
  scenarioId: string,
  lastSavedAt: string | null,
): LatestView<PortfolioAnalysisJson> & { retry: () => void } {
  const { lang } = useLang();
  const key = JSON.stringify([scenarioId, lastSavedAt, lang]);
  return useLatestRequest(analyse, { scenarioId }, key);
}
