import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OIDC_START_PATH, type OidcProvider, type OidcRefusal } from '../../../src/contract/oidc-sign-in';
import { api } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitch } from '../app/LanguageSwitch';
import {
  fetchIdentityProvider,
  forgetIdentityProviderRefusal,
  identityProviderRefusal,
} from './identityProvider';

interface SignInScreenProps {
  onSignedIn: () => void;
}

/**
 * The team server's sign-in: name and password, and beside them the city's identity
 * provider when the server has one (a plain link: the provider's pages take over the
 * browser and send it back signed in). The session cookie is the server's business.
 */
export function SignInScreen({ onSignedIn }: SignInScreenProps) {
  const { t } = useTranslation();
  const nameId = useId();
  const passwordId = useId();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // undefined while the server is being asked, so a refusal is worded once, with the name.
  const [provider, setProvider] = useState<OidcProvider | null | undefined>(undefined);
  // Read once, on the first render: the server's reason for sending the browser back here.
  const [refusal] = useState<OidcRefusal | null>(() => identityProviderRefusal(window.location.search));

  useEffect(() => {
    forgetIdentityProviderRefusal(window.location, window.history);
    let current = true;
    void fetchIdentityProvider().then((found) => {
      if (current) setProvider(found);
    });
    return () => {
      current = false;
    };
  }, []);

  const offered = provider ?? null;

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
          <p className="field__hint">{t(offered === null ? 'session.intro' : 'session.oidc.intro')}</p>
          {error !== null && <ErrorAlert message={error} testId="sign-in-error" />}
          {error === null && refusal !== null && provider !== undefined && (
            <ErrorAlert
              message={t(`session.oidc.refused.${refusal}`, {
                provider: provider?.name ?? t('session.oidc.theProvider'),
              })}
              testId="sign-in-oidc-error"
            />
          )}
          {offered !== null && (
            <>
              <a
                className="button button--primary sign-in__provider"
                href={OIDC_START_PATH}
                data-testid="sign-in-oidc"
              >
                {t('session.oidc.signIn', { provider: offered.name })}
              </a>
              <p className="sign-in__or">{t('session.oidc.orPassword')}</p>
            </>
          )}
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
            className={offered === null ? 'button button--primary' : 'button'}
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
