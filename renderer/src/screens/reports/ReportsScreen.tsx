import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { ExportPanel } from './workspace-file/ExportPanel';
import { ImportPanel } from './workspace-file/ImportPanel';
import { ReportExportPanel } from './report-export/ReportExportPanel';
import { SpreadsheetImport } from './spreadsheet-import/SpreadsheetImport';

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
