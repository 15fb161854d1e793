import { useTranslation } from 'react-i18next';
import { useSession } from './sessionContext';

/** Who is signed in to the team server, and signing out; nothing on a host without accounts. */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  if (session === null || !session.user.team) return null;
  const { name, role } = session.user;
  return (
    <div className="header__user" data-testid="signed-in-user">
      <span dir="auto">{t('session.signedInAs', { name, role: t(`session.roles.${role}`) })}</span>
      <button
        type="button"
        className="button button--header"
        onClick={() => void session.signOut()}
        data-testid="sign-out"
      >
        {t('session.signOut')}
      </button>
    </div>
  );
}
