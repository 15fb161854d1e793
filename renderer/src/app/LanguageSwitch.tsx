import { useTranslation } from 'react-i18next';
import { LANGS, setLang } from '../i18n/i18n';
import { useLang } from '../i18n/useLang';

/** Two toggle buttons; each language is named in itself so either reader finds theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <div className="lang-switch" role="group" aria-label={t('header.language')}>
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          className="lang-switch__button"
          aria-pressed={option === lang}
          lang={option}
          onClick={() => setLang(option)}
          data-testid={`lang-${option}`}
          title={t(`header.languageNames.${option}`)}
        >
          {t(`header.languageCodes.${option}`)}
          <span className="visually-hidden"> {t(`header.languageNames.${option}`)}</span>
        </button>
      ))}
    </div>
  );
}
