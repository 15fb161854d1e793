import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useWorkspaceData } from '../../state/workspaceContext';
import { BackupsPanel } from './BackupsPanel';
import { SettingsForm } from './SettingsForm';

/** The workspace's settings and its backups: what a coach sets once and rarely again. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const { settings } = useWorkspaceData();
  return (
    <>
      <PageHeading title={t('settings.title')} intro={t('settings.intro')} />
      <div className="panels">
        {/* Keyed on what is stored, so a save, undo or redo starts the form afresh from it. */}
        <SettingsForm key={JSON.stringify(settings)} settings={settings} />
        <BackupsPanel />
      </div>
    </>
  );
}
