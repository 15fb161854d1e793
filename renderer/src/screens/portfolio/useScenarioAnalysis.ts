import type { Result } from '../../../../src/contract/result';
import { useLang } from '../../i18n/useLang';
import type { LatestView } from '../../state/latestRequest';
import { useLatestRequest } from '../../state/useLatestRequest';
import { useWorkspaceData } from '../../state/workspaceContext';

type Request<T> = LatestView<T> & { retry: () => void };

/**
 * One scenario's analysis from the host, asked again whenever the workspace is saved or
 * the language changes: explanations come worded in the request's language.
 */
export function useScenarioAnalysis<T>(
  run: (input: { scenarioId: string }) => Promise<Result<T>>,
  scenarioId: string,
): Request<T> {
  const data = useWorkspaceData();
  const { lang } = useLang();
  return useLatestRequest(run, { scenarioId }, JSON.stringify([scenarioId, data.info.lastSavedAt, lang]));
}

/** The props of an AnalysisRegion that follow its request: updating, failed, first answer in, retry. */
export function regionState(request: Request<unknown>) {
  return {
    updating: request.updating,
    error: request.error,
    hasValue: request.value !== null,
    onRetry: request.retry,
  };
}
