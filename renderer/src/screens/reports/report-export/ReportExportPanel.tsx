import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_FORMAT_NAMES, REPORT_SECTION_NAMES } from '../../../../../src/contract/report-operations';
import type { Lang } from '../../../../../src/model/messages';
import { api } from '../../../api';
import { IconButton } from '../../shared/IconButton';
import { useLang } from '../../../i18n/useLang';
import { useWorkspace, useWorkspaceData } from '../../../state/workspaceContext';
import { Panel } from '../../shared/Panel';
import { downloadBase64 } from '../download';
import { ChoiceFieldset } from './ChoiceFieldset';
import { DownloadAllButton } from './DownloadAllButton';
import { useReportExport } from './useReportExport';
import { ErrorAlert } from '../../../components/ErrorAlert';

type Format = (typeof REPORT_FORMAT_NAMES)[number];
type Section = (typeof REPORT_SECTION_NAMES)[number];

/**
 * The council report: pick scenarios, sections, language and formats; preview it; export
 * it with progress (the host writes the files beside the workspace file) and download
 * them all in one ZIP, or each file.
 */
export function ReportExportPanel() {
  const { t } = useTranslation();
  const id = useId();
  const { lang: uiLang } = useLang();
  const { announce } = useWorkspace();
  const { scenarios } = useWorkspaceData();
  const [scenarioIds, setScenarioIds] = useState<string[]>(() => scenarios.map((s) => s.id));
  const [sections, setSections] = useState<Section[]>([...REPORT_SECTION_NAMES]);
  const [formats, setFormats] = useState<Format[]>([...REPORT_FORMAT_NAMES]);
  const [lang, setLang] = useState<Lang>(uiLang);
  const [preview, setPreview] = useState(false);
  const { state, start, cancel } = useReportExport();
  const result = state.job?.result ?? null;
  const chosenScenarios = scenarios.filter((s) => scenarioIds.includes(s.id)).map((s) => s.id);
  const ready = chosenScenarios.length > 0 && state.phase !== 'running';

  const run = (withFormats: Format[]) => {
    setPreview(withFormats.length === 0);
    void start({
      scenarioIds: chosenScenarios,
      sections: REPORT_SECTION_NAMES.filter((s) => sections.includes(s)),
      formats: REPORT_FORMAT_NAMES.filter((f) => withFormats.includes(f)),
      lang,
    });
  };

  // Only the desktop app can show a folder; the browser host offers the files for download.
  const canOpenFolder = typeof window !== 'undefined' && window.coopfolio !== undefined;
  const openFolder = async () => {
    if (state.job === null) return;
    const answer = await api.reports.openFolder({ jobId: state.job.jobId });
    if (!answer.ok) announce('error', answer.error.message);
    else if (!answer.value.opened) announce('error', answer.value.reason ?? '');
  };

  const download = async (name: string) => {
    if (state.job === null) return;
    const answer = await api.reports.download({ jobId: state.job.jobId, name });
    if (!answer.ok) {
      announce('error', answer.error.message);
      return;
    }
    downloadBase64(answer.value.name, answer.value.base64, answer.value.mimeType);
  };

  return (
    <Panel
      title={t('reportExport.title')}
      titleId={`${id}-title`}
      intro={t('reportExport.intro')}
      className="report-export"
      testId="report-export"
    >
      <ChoiceFieldset
        legend={t('reportExport.scenarios')}
        choices={scenarios.map((s) => ({
          value: s.id,
          label: <span dir="auto">{s.name}</span>,
          testId: `report-scenario-${s.id}`,
        }))}
        selected={scenarioIds}
        setSelected={setScenarioIds}
      >
        {chosenScenarios.length === 0 && (
          <p className="field__error" role="alert">
            {t('reportExport.pickScenario')}
          </p>
        )}
      </ChoiceFieldset>
      <ChoiceFieldset
        legend={t('reportExport.sections')}
        choices={REPORT_SECTION_NAMES.map((section) => ({
          value: section,
          label: t(`reportExport.section.${section}`),
        }))}
        selected={sections}
        setSelected={setSections}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('reportExport.language')}</legend>
        <div className="checkbox-row" role="radiogroup">
          {(['nl', 'en'] as const).map((l) => (
            <label key={l} className="choice">
              <input
                type="radio"
                className="radio"
                name={`${id}-lang`}
                checked={lang === l}
                onChange={() => setLang(l)}
              />
              {t(`header.languageNames.${l}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <ChoiceFieldset
        legend={t('reportExport.formats')}
        choices={REPORT_FORMAT_NAMES.map((format) => ({
          value: format,
          label: t(`reportExport.format.${format}`),
          testId: `report-format-${format}`,
        }))}
        selected={formats}
        setSelected={setFormats}
      />
      <div className="report-export__actions">
        <IconButton
          icon="eye"
          label={t('reportExport.preview')}
          disabled={!ready}
          onClick={() => run([])}
          testId="report-preview"
        />
        <IconButton
          icon="download"
          label={t('reportExport.export')}
          className="button button--primary"
          disabled={!ready || formats.length === 0}
          onClick={() => run(formats)}
          testId="report-export-button"
        />
        {state.phase === 'running' && (
          <button type="button" className="button" onClick={cancel} data-testid="report-cancel">
            {t('reportExport.cancel')}
          </button>
        )}
      </div>
      <div className="job-progress" data-testid="report-progress" data-phase={state.phase}>
        {state.phase === 'running' && (
          <progress
            className="progress"
            aria-label={t('reportExport.progressLabel')}
            {...(state.done > 0 ? { max: state.total, value: state.done } : {})}
          />
        )}
        <p className="job-progress__text" role="status">
          {state.phase === 'running'
            ? t('reportExport.running')
            : state.phase === 'cancelled'
              ? t('reportExport.cancelled')
              : state.phase === 'done' && !preview
                ? t('reportExport.done', { folder: result?.folder ?? '' })
                : ''}
        </p>
        <ErrorAlert message={state.phase === 'failed' ? state.error : null} />
      </div>
      {result !== null && !preview && (
        <>
          {result.pdf === 'unavailable' && (
            <p className="alert" role="note">
              {t('reportExport.noPdf')}
            </p>
          )}
          {canOpenFolder && (
            <button
              type="button"
              className="button"
              onClick={() => void openFolder()}
              data-testid="report-open-folder"
            >
              {t('reportExport.openFolder')}
            </button>
          )}
          <DownloadAllButton
            jobId={state.job?.jobId ?? ''}
            folder={result.folder}
            names={result.files.map((file) => file.name)}
          />
          <ul className="report-files" data-testid="report-files">
            {result.files.map((file) => (
              <li key={file.name}>
                <IconButton icon="download" label={file.name} onClick={() => void download(file.name)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {result !== null && (
        <iframe
          className="report-preview"
          title={t('reportExport.previewTitle')}
          // No scripts, no forms, no navigation: the report is a document, nothing more.
          sandbox=""
          srcDoc={result.html}
          data-testid="report-preview-frame"
        />
      )}
    </Panel>
  );
}
