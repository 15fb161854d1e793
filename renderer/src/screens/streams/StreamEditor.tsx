import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uniqueId } from '../../../../src/model/ids';
import type { FundingStreamJson } from '../../../../src/model/stream';
import { CheckboxField } from '../../components/form/choices';
import { FormSummary } from '../../components/form/FormSummary';
import { SelectField, TextField } from '../../components/form/inputs';
import { useEditorForm } from '../../components/form/useEditorForm';
import { Modal } from '../../components/Modal';
import { checkStreamDraft, remapStreamPath, streamFields } from '../../domain/streamCheck';
import { draftFromStream, emptyStreamDraft } from '../../domain/streamDraft';
import { useLabels } from '../../i18n/useLabels';
import { useLang } from '../../i18n/useLang';
import { useWorkspace } from '../../state/workspaceContext';
import { BudgetFields } from './BudgetFields';
import { EligibilityFields } from './EligibilityFields';
import { LimitFields } from './LimitFields';
import { LoanFields } from './LoanFields';

interface StreamEditorProps {
  original: FundingStreamJson | null;
  takenIds: ReadonlySet<string>;
  silos: readonly string[];
  onClose: () => void;
}

export function StreamEditor({ original, takenIds, silos, onClose }: StreamEditorProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useLabels();
  const { perform, announce } = useWorkspace();
  const formId = useId().replace(/:/g, '');
  const titleId = `${formId}-title`;
  const silosId = `${formId}-silos`;
  const [idTouched, setIdTouched] = useState(false);
  const creating = original === null;

  const formRef = useRef<HTMLFormElement>(null);
  const form = useEditorForm({
    formRef,
    initial: original === null ? emptyStreamDraft() : draftFromStream(original, locale),
    fieldsOf: streamFields,
    check: checkStreamDraft,
    serverPrefix: 'stream',
    remapPath: remapStreamPath,
    save: (stream: FundingStreamJson) =>
      perform(
        original === null
          ? { op: 'fundingStreams.create', stream }
          : { op: 'fundingStreams.update', stream, previous: original },
      ),
    onSaved: (saved) => {
      announce('success', t('streams.saved', { name: saved.name }));
      onClose();
    },
  });
  const { draft, update } = form;
  const errors = form.errorsFor;
  const section = { formId, draft, update, errorsFor: errors };

  const setName = (name: string) => {
    if (creating && !idTouched) update({ name, id: name.trim() === '' ? '' : uniqueId(name, takenIds) });
    else update({ name });
  };

  return (
    <Modal
      titleId={titleId}
      title={creating ? t('streams.newTitle') : t('streams.editTitle', { name: original.name })}
      onClose={onClose}
      size="large"
      testId="stream-editor"
    >
      <form ref={formRef} onSubmit={form.onSubmit} noValidate aria-labelledby={titleId}>
        <div className="modal__body">
          <FormSummary count={form.issueCount} messages={form.formErrors} />
          <h3 className="form-section">{t('streams.sections.general')}</h3>
          <div className="form-grid">
            <TextField
              formId={formId}
              name="name"
              label={t('streams.fields.name')}
              value={draft.name}
              onChange={setName}
              errors={errors('name')}
              maxLength={200}
            />
            <TextField
              formId={formId}
              name="id"
              label={t('streams.fields.id')}
              hint={creating ? t('form.idHintNew') : t('form.idHintFixed')}
              value={draft.id}
              onChange={(id) => {
                setIdTouched(true);
                update({ id });
              }}
              readOnly={!creating}
              errors={errors('id')}
            />
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
          </div>
          <h3 className="form-section">{t('streams.sections.money')}</h3>
          <BudgetFields {...section} />
          <LimitFields {...section} />
          <h3 className="form-section">{t('streams.sections.eligibility')}</h3>
          <EligibilityFields {...section} />
          {draft.kind === 'loan' && (
            <>
              <h3 className="form-section">{t('streams.sections.loan')}</h3>
              <LoanFields {...section} />
            </>
          )}
        </div>
        <div className="modal__footer">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={form.saving}
            data-testid="editor-save"
          >
            {t('common.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
