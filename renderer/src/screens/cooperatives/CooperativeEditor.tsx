import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperativeJson } from '../../../../src/model/cooperative';
import { uniqueId } from '../../../../src/model/ids';
import { FormSummary } from '../../components/form/FormSummary';
import { SelectField, TextField } from '../../components/form/inputs';
import { useEditorForm } from '../../components/form/useEditorForm';
import { Modal } from '../../components/Modal';
import {
  checkCooperativeDraft,
  cooperativeFields,
  draftFromCooperative,
  emptyCooperativeDraft,
} from '../../domain/cooperativeForm';
import { useLabels } from '../../i18n/useLabels';
import { useLang } from '../../i18n/useLang';
import { useWorkspace } from '../../state/workspaceContext';
import { AidRows } from './AidRows';

interface CooperativeEditorProps {
  /** The cooperative being edited, or null for a new one. */
  original: CooperativeJson | null;
  takenIds: ReadonlySet<string>;
  onClose: () => void;
}

export function CooperativeEditor({ original, takenIds, onClose }: CooperativeEditorProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useLabels();
  const { perform, announce } = useWorkspace();
  const formId = useId().replace(/:/g, '');
  const titleId = `${formId}-title`;
  // The id follows the name until the user types one; after creation it never changes (plans refer to it).
  const [idTouched, setIdTouched] = useState(false);
  const creating = original === null;

  const formRef = useRef<HTMLFormElement>(null);
  const form = useEditorForm({
    formRef,
    initial: original === null ? emptyCooperativeDraft() : draftFromCooperative(original, locale),
    fieldsOf: cooperativeFields,
    check: checkCooperativeDraft,
    serverPrefix: 'cooperative',
    save: (cooperative: CooperativeJson) =>
      perform(
        original === null
          ? { op: 'cooperatives.create', cooperative }
          : { op: 'cooperatives.update', cooperative, previous: original },
      ),
    onSaved: (saved) => {
      announce('success', t('cooperatives.saved', { name: saved.name }));
      onClose();
    },
  });
  const { draft, update } = form;
  const errors = form.errorsFor;
  const common = { formId };

  const setName = (name: string) => {
    if (creating && !idTouched) update({ name, id: name.trim() === '' ? '' : uniqueId(name, takenIds) });
    else update({ name });
  };

  return (
    <Modal
      titleId={titleId}
      title={creating ? t('cooperatives.newTitle') : t('cooperatives.editTitle', { name: original.name })}
      onClose={onClose}
      size="large"
      testId="cooperative-editor"
    >
      <form ref={formRef} onSubmit={form.onSubmit} noValidate aria-labelledby={titleId}>
        <div className="modal__body">
          <FormSummary count={form.issueCount} messages={form.formErrors} />
          <div className="form-grid">
            <TextField
              {...common}
              name="name"
              label={t('cooperatives.fields.name')}
              value={draft.name}
              onChange={setName}
              errors={errors('name')}
              maxLength={200}
            />
            <TextField
              {...common}
              name="id"
              label={t('cooperatives.fields.id')}
              hint={creating ? t('form.idHintNew') : t('form.idHintFixed')}
              value={draft.id}
              onChange={(id) => {
                setIdTouched(true);
                update({ id });
              }}
              readOnly={!creating}
              errors={errors('id')}
            />
            <SelectField
              {...common}
              name="sector"
              label={t('cooperatives.fields.sector')}
              value={draft.sector}
              options={labels.sectorOptions}
              placeholder={t('form.choose')}
              onChange={(sector) => update({ sector })}
              errors={errors('sector')}
            />
            <TextField
              {...common}
              name="district"
              label={t('cooperatives.fields.district')}
              value={draft.district}
              onChange={(district) => update({ district })}
              errors={errors('district')}
            />
            <SelectField
              {...common}
              name="legalForm"
              label={t('cooperatives.fields.legalForm')}
              value={draft.legalForm}
              options={labels.legalFormOptions}
              onChange={(legalForm) => legalForm !== '' && update({ legalForm })}
              errors={errors('legalForm')}
            />
            <SelectField
              {...common}
              name="stage"
              label={t('cooperatives.fields.stage')}
              value={draft.stage}
              options={labels.stageOptions}
              placeholder={t('form.choose')}
              onChange={(stage) => update({ stage })}
              errors={errors('stage')}
            />
            <TextField
              {...common}
              name="members"
              kind="number"
              label={t('cooperatives.fields.members')}
              value={draft.members}
              onChange={(members) => update({ members })}
              errors={errors('members')}
            />
            <TextField
              {...common}
              name="foundedYear"
              kind="year"
              label={t('cooperatives.fields.foundedYear')}
              hint={t('form.optional')}
              value={draft.foundedYear}
              onChange={(foundedYear) => update({ foundedYear })}
              errors={errors('foundedYear')}
            />
            <SelectField
              {...common}
              name="partnership"
              label={t('cooperatives.fields.partnership')}
              value={draft.partnership}
              options={labels.partnershipOptions}
              onChange={(partnership) => partnership !== '' && update({ partnership })}
              errors={errors('partnership')}
            />
          </div>
          <AidRows
            formId={formId}
            rows={draft.priorStateAid}
            onChange={(priorStateAid) => update({ priorStateAid })}
            errorsFor={errors}
          />
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
