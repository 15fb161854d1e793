import { useTranslation } from 'react-i18next';
import type { FundingStreamJson } from '../../../../src/model/stream';
import type { StreamYearUse } from '../../domain/analysis/types';
import { formatMoneyRounded, formatPercent } from '../../domain/format';
import { useLang } from '../../i18n/useLang';
import { dominantStreams, draftStreams } from './concentration';

interface PortfolioWarningsProps {
  use: readonly StreamYearUse[];
  streams: readonly FundingStreamJson[];
  streamName: (id: string) => string;
}

/**
 * Said above the figures, in words: a stream that pays more than half of the portfolio's
 * outside money (and whether nothing limits it), and the draft streams that do not count.
 */
export function PortfolioWarnings({ use, streams, streamName }: PortfolioWarningsProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const dominant = dominantStreams(use, streams);
  const drafts = draftStreams(streams);
  if (dominant.length === 0 && drafts.length === 0) return null;
  return (
    <div className="portfolio-warnings">
      {dominant.map((d) => (
        <p key={d.streamId} className="alert alert--warning" role="note" data-testid="dominant-stream">
          {t('concentration.dominant', {
            name: streamName(d.streamId),
            share: formatPercent(d.share, locale, 0),
            amount: formatMoneyRounded(d.amount, locale),
            total: formatMoneyRounded(d.total, locale),
          })}
          {d.unlimited && ` ${t('concentration.unlimited')}`}
          {d.open && ` ${t('concentration.open')}`}
        </p>
      ))}
      {drafts.length > 0 && (
        <p className="muted" data-testid="draft-streams-note">
          {t('concentration.drafts', {
            count: drafts.length,
            names: drafts.map((s) => `“${s.name}”`).join(', '),
          })}
        </p>
      )}
    </div>
  );
}
