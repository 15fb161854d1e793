import { useTranslation } from 'react-i18next';

/** The session ended while the app was open: say so, and offer the sign-in screen. */
export function SessionEnded({ onSignInAgain }: { onSignInAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--error session-ended" role="alert" data-testid="session-ended">
      <p>{t('session.ended')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={onSignInAgain}
        data-testid="sign-in-again"
      >
        {t('session.signInAgain')}
      </button>
    </div>
  );
}
