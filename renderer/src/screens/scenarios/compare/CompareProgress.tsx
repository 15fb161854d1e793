import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';
import type { ComparisonView } from '../../../state/comparisonRunner';
import { isActive } from '../../../state/scenarioJob';

interface CompareProgressProps {
  progress: ComparisonView['progress'];
  nameOf: (scenarioId: string) => string;
}

/** Each scenario's run of the comparison: a progress bar while it goes, then how it ended. */
export function CompareProgress({ progress, nameOf }: CompareProgressProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  if (progress.length === 0) return null;
  const words = (entry: CompareProgressProps['progress'][number]) => {
    switch (entry.phase) {
      case 'starting':
        return t('scenarioRun.starting');
      case 'running':
        return entry.done === 0
          ? t('scenarioRun.blending')
          : t('scenarioRun.progress', {
              done: formatNumber(entry.done, locale),
              total: formatNumber(entry.total, locale),
            });
      case 'cancelling':
        return t('scenarioRun.cancelling');
      case 'done':
        return t('scenarioRun.done');
      case 'cancelled':
        return t('scenarioRun.cancelled');
      case 'failed':
        return t('scenarioRun.failed', { message: entry.error ?? '' });
      default:
        return '';
    }
  };
  return (
    <ul className="compare-progress" data-testid="compare-progress">
      {progress.map((entry) => (
        <li key={entry.scenarioId} data-phase={entry.phase}>
          <span dir="auto">
            {t('compare.progressOf', { name: nameOf(entry.scenarioId), status: words(entry) })}
          </span>
          {isActive(entry.phase) && (
            <progress
              className="progress"
              aria-label={nameOf(entry.scenarioId)}
              {...(entry.total > 0 && entry.done > 0 ? { max: entry.total, value: entry.done } : {})}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
