import { useMemo } from 'react';
import type { PlanJson } from '../../../../../src/model/plan';
import { api } from '../../../api';
import type { PlanAnalysisJson } from '../../../domain/analysis/types';
import { useLang } from '../../../i18n/useLang';
import type { LatestView } from '../../../state/latestRequest';
import type { WorkspaceData } from '../../../state/loadWorkspace';
import { useLatestRequest } from '../../../state/useLatestRequest';

type AnalysisInput = { planId: string; streamIds?: string[]; draft?: PlanJson };

const analyse = (input: AnalysisInput) => api.plans.analysis(input);

/** Everything in the workspace but the plan itself, as text: what else can change its blend. */
function restOfWorkspace(data: WorkspaceData, planId: string): string {
  const { settings, cooperatives, streams, plans, indicators, scenarios } = data;
  return JSON.stringify([
    settings,
    cooperatives,
    streams,
    plans.filter((p) => p.id !== planId),
    indicators,
    scenarios,
  ]);
}

/**
 * The blend of the plan as the builder shows it, computed in the host (the server
 * process of the browser host, Electron's main process: never on the page's thread).
 * An edit is blended at once as a draft, beside its save rather than after the save and
 * the reload that follows it; once saved, the stored plan equals the draft and nothing
 * is asked again. A change anywhere else in the workspace, or of the candidate streams
 * or the language, asks again. Answers to older requests are dropped.
 */
export function usePlanAnalysis(
  stored: PlanJson,
  shown: PlanJson,
  streamIds: string[] | undefined,
  data: WorkspaceData,
): LatestView<PlanAnalysisJson> & { retry: () => void } {
  const input: AnalysisInput = {
    planId: stored.id,
    ...(streamIds === undefined ? {} : { streamIds }),
    ...(shown === stored ? {} : { draft: shown }),
  };
  const { lang } = useLang();
  // Computed once per reload of the workspace, not on every render of the builder.
  const rest = useMemo(() => restOfWorkspace(data, stored.id), [data, stored.id]);
  // The explanations come worded in the request's language, so another language asks again.
  const key = JSON.stringify([shown, streamIds ?? null, rest, lang]);
  return useLatestRequest(analyse, input, key);
}
