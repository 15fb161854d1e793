import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../domain/format';
import { useLang } from '../i18n/useLang';
import { UserMenu } from '../session/UserMenu';
import { useWorkspace } from '../state/workspaceContext';
import { LanguageSwitch } from './LanguageSwitch';
import { UndoRedo } from './UndoRedo';

export function Header() {
  const { t } = useTranslation();
  const { locale } = useLang();
  const { load } = useWorkspace();
  const info = load.status === 'ready' ? load.data.info : null;
  const saved = info === null || info.lastSavedAt === null ? null : formatDateTime(info.lastSavedAt, locale);

  return (
    <header className="header">
      <div className="header__brand">
        <span className="header__product">{t('app.name')}</span>
        {info !== null && (
          <span className="header__workspace" data-testid="header-workspace">
            <span className="header__file" dir="auto" title={info.path}>
              {info.fileName}
            </span>
            {info.municipality !== '' && (
              <span className="header__municipality" dir="auto">
                {info.municipality}
              </span>
            )}
          </span>
        )}
      </div>
      <div className="header__tools">
        {info !== null && (
          <p className="header__saved" data-testid="last-saved">
            {saved === null ? t('header.neverSaved') : t('header.lastSaved', { time: saved })}
          </p>
        )}
        <UndoRedo />
        <UserMenu />
        <LanguageSwitch />
      </div>
    </header>
  );
}
