import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingStreamJson } from '../../../../src/model/stream';
import { CheckboxField } from '../../components/form/choices';
import { draftFields } from '../../components/form/draftFields';
import { SelectField, TextField } from '../../components/form/inputs';
import { existingSilos } from '../../domain/budget';
import { streamEdits } from '../../domain/commands';
import { useLabels } from '../../i18n/useLabels';
import { useWorkspaceData } from '../../state/workspaceContext';
import { EditorShell } from '../shared/EditorShell';
import type { EditorProps } from '../shared/entityScreen';
import { NameIdFields } from '../shared/NameIdFields';
import { useEntityEditor } from '../shared/useEntityEditor';
import { BudgetFields } from './BudgetFields';
import { BudgetNatureField } from './BudgetNatureField';
import { EligibilityFields } from './EligibilityFields';
import { GuaranteeFields } from './GuaranteeFields';
import { LimitFields } from './LimitFields';
import { LoanFields } from './LoanFields';
import { StatusFields } from './StatusFields';
import {
  checkStreamEditorDraft,
  emptyStreamEditorDraft,
  remapStreamEditorPath,
  streamEditorDraftOf,
  streamEditorFields,
} from './termsDraft';
import { TermsFields } from './TermsFields';
import { HistoryPanel } from '../history/HistoryPanel';

export function StreamEditor({ original, latest, takenIds, onClose }: EditorProps<FundingStreamJson>) {
  const { t } = useTranslation();
  const labels = useLabels();
  // Silos in use are offered to pick from, so the streams of one budget holder share one silo code.
  const { streams } = useWorkspaceData();
  const silos = existingSilos(streams);
  const formRef = useRef<HTMLFormElement>(null);
  const editor = useEntityEditor({
    formRef,
    section: 'streams',
    edits: streamEdits,
    original,
    latest,
    onClose,
    emptyDraft: emptyStreamEditorDraft,
    draftOf: streamEditorDraftOf,
    fieldsOf: streamEditorFields,
    check: checkStreamEditorDraft,
    serverPrefix: 'stream',
    remapPath: remapStreamEditorPath,
  });
  const { formId, form } = editor;
  const { draft, update } = form;
  const silosId = `${formId}-silos`;
  const section = { formId, draft, update, errorsFor: form.errorsFor };
  const field = draftFields(formId, form);
  // The three yes/no facts of a stream, ticked side by side.
  const flags = [
    { key: 'public', label: t('streams.fields.public') },
    { key: 'stateAid', label: t('streams.fields.stateAid') },
    { key: 'sgei', label: t('streams.fields.sgei') },
  ] as const;

  return (
    <EditorShell editor={editor} formRef={formRef} testId="stream-editor" operation="fundingStreams.update">
      <StatusFields {...section} />
      <h3 className="form-section">{t('streams.sections.general')}</h3>
      <div className="form-grid">
        <NameIdFields editor={editor} takenIds={takenIds} />
        <TextField
          {...field.value('provider')}
          label={t('streams.fields.provider')}
          hint={t('form.optional')}
        />
        <TextField
          {...field.value('silo')}
          label={t('streams.fields.silo')}
          hint={t('streams.siloHint')}
          list={silosId}
        />
        <SelectField
          {...field.value('kind')}
          label={t('streams.fields.kind')}
          options={labels.streamKindOptions}
          placeholder={t('form.choose')}
        />
      </div>
      <datalist id={silosId}>
        {silos.map((silo) => (
          <option key={silo} value={silo} />
        ))}
      </datalist>
      <div className="checkbox-row">
        {flags.map(({ key, label }) => (
          <CheckboxField key={key} {...field.checked(key)} label={label} />
        ))}
      </div>
      {draft.sgei && <p className="field__hint">{t('streams.sgeiHint')}</p>}
      <h3 className="form-section">{t('streams.sections.terms')}</h3>
      <TermsFields {...section} />
      <h3 className="form-section">{t('streams.sections.money')}</h3>
      <BudgetFields {...section} />
      <BudgetNatureField {...section} />
      <LimitFields {...section} />
      <h3 className="form-section">{t('streams.sections.eligibility')}</h3>
      <EligibilityFields {...section} />
      {draft.kind === 'loan' && (
        <>
          <h3 className="form-section">{t('streams.sections.loan')}</h3>
          <LoanFields {...section} />
        </>
      )}
      {draft.kind === 'guarantee' && (
        <>
          <h3 className="form-section">{t('streams.sections.guarantee')}</h3>
          <GuaranteeFields {...section} streams={streams} />
        </>
      )}
      {original !== null && <HistoryPanel entity="fundingStream" id={original.id} record={original} />}
    </EditorShell>
  );
}
