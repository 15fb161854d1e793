import type { PlanJson } from '../../../../../src/model/plan';
import { api } from '../../../api';
import type { PlanAnalysisJson } from '../../../domain/analysis/types';
import { useLang } from '../../../i18n/useLang';
import type { LatestView } from '../../../state/latestRequest';
import { useLatestRequest } from '../../../state/useLatestRequest';

type AnalysisInput = { planId: string; streamIds?: string[] };

const analyse = (input: AnalysisInput) => api.plans.analysis(input);

/**
 * The blend of the plan as stored, recomputed in the host (off the UI thread) after
 * every saved change of the plan, of anything else in the workspace, or of the
 * candidate streams. Answers to older requests are dropped.
 */
export function usePlanAnalysis(
  plan: PlanJson,
  streamIds: string[] | undefined,
  lastSavedAt: string | null,
): LatestView<PlanAnalysisJson> & { retry: () => void } {
  const input: AnalysisInput = streamIds === undefined ? { planId: plan.id } : { planId: plan.id, streamIds };
  const { lang } = useLang();
  // Another stream's budget or the cooperative can change the blend too; the save time catches those.
  // The explanations come worded in the request's language, so another language asks again.
  const key = JSON.stringify([plan, streamIds ?? null, lastSavedAt, lang]);
  return useLatestRequest(analyse, input, key);
}
