import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitch } from '../app/LanguageSwitch';

interface SignInScreenProps {
  onSignedIn: () => void;
}

/** The team server's sign-in: name and password; the session cookie is the server's business. */
export function SignInScreen({ onSignedIn }: SignInScreenProps) {
  const { t } = useTranslation();
  const nameId = useId();
  const passwordId = useId();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await api.session.login({ user: name, password });
    setBusy(false);
    if (result.ok) {
      onSignedIn();
      return;
    }
    setPassword('');
    setError(result.error.message);
  };

  return (
    <>
      <header className="header">
        <div className="header__brand">
          <span className="header__product">{t('app.name')}</span>
        </div>
        <div className="header__tools">
          <LanguageSwitch />
        </div>
      </header>
      <main className="sign-in" data-testid="sign-in">
        <form className="card sign-in__form" onSubmit={(event) => void submit(event)}>
          <h1>{t('session.title', { app: t('app.name') })}</h1>
          <p className="field__hint">{t('session.intro')}</p>
          {error !== null && <ErrorAlert message={error} testId="sign-in-error" />}
          <div className="field">
            <label htmlFor={nameId} className="field__label">
              {t('session.name')}
            </label>
            <input
              id={nameId}
              name="username"
              autoComplete="username"
              required
              value={name}
              onChange={(event) => setName(event.target.value)}
              data-testid="sign-in-name"
            />
          </div>
          <div className="field">
            <label htmlFor={passwordId} className="field__label">
              {t('session.password')}
            </label>
            <input
              id={passwordId}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              data-testid="sign-in-password"
            />
          </div>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy}
            data-testid="sign-in-submit"
          >
            {busy ? t('session.signingIn') : t('session.submit')}
          </button>
        </form>
      </main>
    </>
  );
}
