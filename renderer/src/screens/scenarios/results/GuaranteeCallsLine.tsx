import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/useLang';
import { guaranteeCallsFigures, type GuaranteeCallsJson } from './guaranteeCalls';

/** One line on what the blend's guarantees may cost when called; nothing without guarantees. */
export function GuaranteeCallsLine({ calls }: { calls: GuaranteeCallsJson }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const figures = guaranteeCallsFigures(calls, locale);
  if (figures === null) return null;
  return (
    <p className="monte-carlo-note" data-testid="guarantee-calls">
      {t('guaranteeCalls.line', figures)} <span className="muted">{t('guaranteeCalls.hint')}</span>
    </p>
  );
}
