import './procurement.css';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useHeldWhileDirty } from '../../components/form/useHeldWhileDirty';
import { useLang } from '../../i18n/useLang';
import { useWorkspaceData } from '../../state/workspaceContext';
import { ProcurementForm } from './ProcurementForm';
import { ProcurementSummary } from './ProcurementSummary';

/**
 * Inkoop als vliegwiel: the municipality's relevant purchasing per year and the contracts it
 * awarded to cooperatives, and per year the share awarded, reserved contracts and Social Return.
 */
export function ProcurementScreen() {
  const { t } = useTranslation();
  const { value: procurement, onDirtyChange } = useHeldWhileDirty(useWorkspaceData().procurement);
  const { locale } = useLang();
  return (
    <>
      <PageHeading title={t('procurement.title')} intro={t('procurement.intro')} />
      <ProcurementSummary />
      {/* Keyed on what is stored (and the number format), so a save, undo or redo starts the form afresh (unless typed in). */}
      <ProcurementForm
        key={JSON.stringify([procurement, locale])}
        stored={procurement}
        onDirtyChange={onDirtyChange}
      />
    </>
  );
}
