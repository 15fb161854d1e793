import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

export function ReportsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('reports.title')} intro={t('reports.intro')} />
      <div className="panels">
        <ExportPanel />
        <ImportPanel />
      </div>
    </>
  );
}
