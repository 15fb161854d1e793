import { useTranslation } from 'react-i18next';
import { localIsoDay, termsAge } from '../../../../src/reports/terms-age';
import { useLang } from '../../i18n/useLang';
import { formatTermsDate, sourceUrl } from './termsText';
import './TermsFlag.css';

interface TermsFlagProps {
  termsDate: string | undefined;
  /** The day to judge by, `YYYY-MM-DD`; default the user's today. */
  today?: string;
  /** Also say when terms are current ("Peildatum 3 maart 2025"); lists show only the flag. */
  showCurrent?: boolean;
  testId?: string;
}

/**
 * Says when a stream's terms need checking again: older than a year, or never dated
 * (issue 13, point 7). The words carry the warning, not the colour alone.
 */
export function TermsFlag({ termsDate, today, showCurrent = false, testId }: TermsFlagProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const age = termsAge(termsDate, today ?? localIsoDay());
  if (age.status === 'current') {
    if (!showCurrent || termsDate === undefined) return null;
    return (
      <span className="terms-flag terms-flag--current" data-testid={testId} data-status="current">
        {t('streams.terms.current', { date: formatTermsDate(termsDate, locale) })}
      </span>
    );
  }
  const text =
    age.status === 'stale' && termsDate !== undefined
      ? t('streams.terms.stale', { date: formatTermsDate(termsDate, locale) })
      : t('streams.terms.missing');
  return (
    <span className="terms-flag" data-testid={testId} data-status={age.status}>
      <span aria-hidden="true">⚠</span>
      {text}
    </span>
  );
}

/** Where the terms come from: a link for a web address, plain text for a regulation reference. */
export function TermsSource({ source, testId }: { source: string | undefined; testId?: string }) {
  const { t } = useTranslation();
  if (source === undefined || source.trim() === '') return null;
  const url = sourceUrl(source);
  return (
    <span className="terms-source" data-testid={testId} dir="auto" title={source}>
      {url === null ? (
        t('streams.terms.source', { source })
      ) : (
        <>
          {t('streams.terms.source', { source: '' })}
          <a href={url} target="_blank" rel="noopener noreferrer">
            {source}
          </a>
        </>
      )}
    </span>
  );
}
