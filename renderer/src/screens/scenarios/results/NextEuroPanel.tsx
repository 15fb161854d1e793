import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import type { NextEuroCandidate } from '../../../domain/impact/types';
import { formatMoney, formatNumber } from '../../../domain/format';
import { NextEuroTable } from './NextEuroTable';
import { useLang } from '../../../i18n/useLang';
import { useOnDemandRequest } from '../../../state/useOnDemandRequest';

const rank = (input: { scenarioId: string }) => api.scenarios.nextEuro(input);

interface NextEuroPanelProps {
  scenarioId: string;
  /** Describes the workspace state; a ranking for an earlier state is shown as out of date. */
  stateKey: string;
  streamName: (id: string) => string;
}

/** "Where the next euro helps most": computed on request (one blend per stream), ranked by effect per euro. */
export function NextEuroPanel({ scenarioId, stateKey, streamName }: NextEuroPanelProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const ranking = useOnDemandRequest(rank, stateKey);
  const value = ranking.value;
  const money = (euros: number) => formatMoney(Math.round(euros), locale, true);
  // Streams whose extra euros change nothing (not used, or no impact) are listed apart, after the ranking.
  const helping = value?.candidates.filter((c) => c.distanceChange !== 0) ?? [];
  const idle = value?.candidates.filter((c) => c.distanceChange === 0) ?? [];
  const name = (candidate: NextEuroCandidate) =>
    candidate.kind === 'incubator' ? t('nextEuro.incubator') : streamName(candidate.streamId);
  return (
    <section className="panel next-euro" aria-labelledby="next-euro-title" data-testid="next-euro">
      <h3 id="next-euro-title" className="panel__title">
        {t('nextEuro.title')}
      </h3>
      <p>{t('nextEuro.intro', { step: value === null ? money(10_000) : money(value.stepEurosPerYear) })}</p>
      <button
        type="button"
        className="button"
        onClick={() => ranking.request({ scenarioId })}
        disabled={ranking.pending}
        data-testid="next-euro-compute"
      >
        {ranking.idle ? t('nextEuro.compute') : t('nextEuro.recompute')}
      </button>
      <div role="status" className="next-euro__status">
        {ranking.pending && (
          <span className="next-euro__pending">
            <span className="spinner" aria-hidden="true" /> {t('nextEuro.computing')}
          </span>
        )}
        {ranking.error !== null && (
          <span className="field__error">{t('nextEuro.failed', { message: ranking.error.message })}</span>
        )}
        {!ranking.pending && ranking.stale && <span className="muted">{t('nextEuro.stale')}</span>}
      </div>
      {value !== null && (
        <>
          <p className="muted">
            {t('nextEuro.distance', { value: formatNumber(value.distance, locale, 4) })}
          </p>
          <p className="next-euro__meaning" data-testid="next-euro-meaning">
            {t('nextEuro.negative')}
          </p>
          <div className={ranking.stale || ranking.pending ? 'is-stale' : undefined}>
            <NextEuroTable
              candidates={helping}
              firstRank={1}
              name={name}
              caption={t('nextEuro.title')}
              testId="next-euro-table"
            />
            {idle.length > 0 && (
              <details className="next-euro__idle">
                <summary>{t('nextEuro.noEffect', { count: idle.length })}</summary>
                <NextEuroTable
                  candidates={idle}
                  firstRank={helping.length + 1}
                  name={name}
                  caption={t('nextEuro.noEffect', { count: idle.length })}
                  testId="next-euro-idle"
                />
              </details>
            )}
          </div>
        </>
      )}
    </section>
  );
}
