import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperativeJson } from '../../../../src/model/cooperative';
import { CheckboxField } from '../../components/form/choices';
import { SelectField, TextField } from '../../components/form/inputs';
import { cooperativeEdits } from '../../domain/commands';
import { useLabels } from '../../i18n/useLabels';
import { EditorShell } from '../shared/EditorShell';
import type { EditorProps } from '../shared/entityScreen';
import { NameIdFields } from '../shared/NameIdFields';
import { useEntityEditor } from '../shared/useEntityEditor';
import { AidRows } from './AidRows';
import {
  checkCooperativeEditorDraft,
  cooperativeEditorDraftOf,
  cooperativeEditorFields,
  emptyCooperativeEditorDraft,
} from './sgeiDraft';

export function CooperativeEditor({ original, takenIds, onClose }: EditorProps<CooperativeJson>) {
  const { t } = useTranslation();
  const labels = useLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const editor = useEntityEditor({
    formRef,
    section: 'cooperatives',
    edits: cooperativeEdits,
    original,
    onClose,
    emptyDraft: emptyCooperativeEditorDraft,
    draftOf: cooperativeEditorDraftOf,
    fieldsOf: cooperativeEditorFields,
    check: checkCooperativeEditorDraft,
    serverPrefix: 'cooperative',
  });
  const { formId, form } = editor;
  const { draft, update } = form;
  const errors = form.errorsFor;
  const common = { formId };

  return (
    <EditorShell editor={editor} formRef={formRef} testId="cooperative-editor">
      <div className="form-grid">
        <NameIdFields editor={editor} takenIds={takenIds} />
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
      <div className="checkbox-row">
        <CheckboxField
          {...common}
          name="sgei"
          label={t('cooperatives.fields.sgei')}
          checked={draft.sgei}
          onChange={(sgei) => update({ sgei })}
          errors={errors('sgei')}
        />
      </div>
      <p className="field__hint">{t('cooperatives.sgeiHint')}</p>
      <AidRows
        formId={formId}
        rows={draft.priorStateAid}
        onChange={(priorStateAid) => update({ priorStateAid })}
        errorsFor={errors}
      />
    </EditorShell>
  );
}
