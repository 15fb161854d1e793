import type { IndicatorKind } from '../../../model/doughnut';
import type { ReportEnv } from '../context';

/** A status in words: inside, shortfall or overshoot as a share of the threshold, or no indicator. */
export function statusText(env: ReportEnv, kind: IndicatorKind, status: number | null): string {
  if (status === null) return env.t('noIndicator');
  if (status <= 0) return env.t('inside');
  const share = env.fmt.percent(status, status >= 0.1 ? 0 : 1);
  return env.t(kind === 'floor' ? 'shortfall' : 'overshoot', { share });
}
