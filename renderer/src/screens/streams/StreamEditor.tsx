import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingStreamJson } from '../../../../src/model/stream';
import { CheckboxField } from '../../components/form/choices';
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

export function StreamEditor({ original, takenIds, onClose }: EditorProps<FundingStreamJson>) {
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
  const errors = form.errorsFor;
  const silosId = `${formId}-silos`;
  const section = { formId, draft, update, errorsFor: errors };

  return (
    <EditorShell editor={editor} formRef={formRef} testId="stream-editor">
      <StatusFields {...section} />
      <h3 className="form-section">{t('streams.sections.general')}</h3>
      <div className="form-grid">
        <NameIdFields editor={editor} takenIds={takenIds} />
        <TextField
          formId={formId}
          name="provider"
          label={t('streams.fields.provider')}
          hint={t('form.optional')}
          value={draft.provider}
          onChange={(provider) => update({ provider })}
          errors={errors('provider')}
        />
        <TextField
          formId={formId}
          name="silo"
          label={t('streams.fields.silo')}
          hint={t('streams.siloHint')}
          value={draft.silo}
          onChange={(silo) => update({ silo })}
          errors={errors('silo')}
          list={silosId}
        />
        <SelectField
          formId={formId}
          name="kind"
          label={t('streams.fields.kind')}
          value={draft.kind}
          options={labels.streamKindOptions}
          placeholder={t('form.choose')}
          onChange={(kind) => update({ kind })}
          errors={errors('kind')}
        />
      </div>
      <datalist id={silosId}>
        {silos.map((silo) => (
          <option key={silo} value={silo} />
        ))}
      </datalist>
      <div className="checkbox-row">
        <CheckboxField
          formId={formId}
          name="public"
          label={t('streams.fields.public')}
          checked={draft.public}
          onChange={(value) => update({ public: value })}
          errors={errors('public')}
        />
        <CheckboxField
          formId={formId}
          name="stateAid"
          label={t('streams.fields.stateAid')}
          checked={draft.stateAid}
          onChange={(stateAid) => update({ stateAid })}
          errors={errors('stateAid')}
        />
        <CheckboxField
          formId={formId}
          name="sgei"
          label={t('streams.fields.sgei')}
          checked={draft.sgei}
          onChange={(sgei) => update({ sgei })}
          errors={errors('sgei')}
        />
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
    </EditorShell>
  );
}
