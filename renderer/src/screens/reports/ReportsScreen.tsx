import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { ReportExportPanel } from './ReportExportPanel';
import { SpreadsheetImport } from './SpreadsheetImport';

export function ReportsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('reports.title')} intro={t('reports.intro')} />
      <ReportExportPanel />
      <div className="panels">
        <ExportPanel />
        <ImportPanel />
        <SpreadsheetImport />
      </div>
    </>
  );
}
