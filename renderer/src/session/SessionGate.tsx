import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignedIn } from '../../../src/contract/session-operations';
import { api } from '../api';
import { SessionContext, type SessionValue } from './sessionContext';
import { SessionEnded } from './SessionEnded';
import { SignInScreen } from './SignInScreen';

type GateState = { status: 'checking' } | { status: 'signed-in'; user: SignedIn } | { status: 'sign-in' };

/** Where the app starts afresh after signing in or out: the page itself, so no state of another user stays. */
function restartApp() {
  window.location.reload();
}

/**
 * Asks the host who is signed in before anything else loads. The team server answers
 * `unauthenticated` without a session: then the sign-in screen shows instead of the
 * app. Any other answer (a host without accounts, or a failure the app reports itself)
 * goes on to the app.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<GateState>({ status: 'checking' });

  useEffect(() => {
    let current = true;
    void api.session.current({}).then((result) => {
      if (!current) return;
      if (result.ok) setState({ status: 'signed-in', user: result.value });
      else if (result.error.code === 'unauthenticated') setState({ status: 'sign-in' });
      else setState({ status: 'signed-in', user: { name: '', role: 'admin', team: false } });
    });
    return () => {
      current = false;
    };
  }, []);

  // Back in the tab after a while: has the session ended meanwhile (idle timeout, signed
  // out elsewhere, account disabled)? Then say so above the app, which stays as it is so
  // nothing typed is lost. Only on the user's return: a timer would keep an idle session alive.
  const [ended, setEnded] = useState(false);
  const team = state.status === 'signed-in' && state.user.team;
  useEffect(() => {
    if (!team) return;
    const check = () => {
      if (document.visibilityState !== 'visible') return;
      void api.session.current({}).then((result) => {
        if (!result.ok && result.error.code === 'unauthenticated') setEnded(true);
      });
    };
    document.addEventListener('visibilitychange', check);
    return () => document.removeEventListener('visibilitychange', check);
  }, [team]);

  const signOut = useCallback(async () => {
    await api.session.logout({});
    restartApp();
  }, []);

  if (state.status === 'checking') {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (state.status === 'sign-in') return <SignInScreen onSignedIn={restartApp} />;
  const value: SessionValue = { user: state.user, signOut };
  return (
    <SessionContext.Provider value={value}>
      {ended && <SessionEnded onSignInAgain={restartApp} />}
      {children}
    </SessionContext.Provider>
  );
}
