import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useHeldWhileDirty } from '../../components/form/useHeldWhileDirty';
import { useWorkspaceData } from '../../state/workspaceContext';
import { BackupsPanel } from './BackupsPanel';
import { SettingsForm } from './SettingsForm';

/** The workspace's settings and its backups: what a coach sets once and rarely again. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const { settings: stored } = useWorkspaceData();
  const { value: settings, onDirtyChange } = useHeldWhileDirty(stored);
  return (
    <>
      <PageHeading title={t('settings.title')} intro={t('settings.intro')} />
      <div className="panels">
        {/* Keyed on what is stored, so a save, undo or redo starts the form afresh from it (unless typed in). */}
        <SettingsForm key={JSON.stringify(settings)} settings={settings} onDirtyChange={onDirtyChange} />
        <BackupsPanel />
      </div>
    </>
  );
}
