import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/form/inputs';
import type { PlanDetailsDraft } from '../../domain/planForm';
import { useWorkspaceData } from '../../state/workspaceContext';

interface PlanFactFieldsProps {
  formId: string;
  draft: PlanDetailsDraft;
  errorsFor: (field: string) => string[];
  onChange: (patch: Partial<PlanDetailsDraft>) => void;
  /** The name may drive the id (new plans); defaults to a plain change. */
  onNameChange?: (name: string) => void;
  /** Shown for a new plan only: an existing plan's id never changes (scenarios refer to it). */
  id?: { hint: string; onChange: (id: string) => void };
  /** Under the period fields: what a new period would leave out, and the choice to remove it. */
  periodNote?: ReactNode;
}

/** The plan's own facts: name, cooperative, start year and number of years. */
export function PlanFactFields({
  formId,
  draft,
  errorsFor,
  onChange,
  onNameChange,
  id,
  periodNote,
}: PlanFactFieldsProps) {
  const { t } = useTranslation();
  const { cooperatives } = useWorkspaceData();
  return (
    <div className="form-grid plan-facts-form">
      <TextField
        formId={formId}
        name="name"
        label={t('planActions.fields.name')}
        value={draft.name}
        onChange={onNameChange ?? ((name) => onChange({ name }))}
        errors={errorsFor('name')}
        maxLength={200}
      />
      {id !== undefined && (
        <TextField
          formId={formId}
          name="id"
          label={t('planActions.fields.id')}
          hint={id.hint}
          value={draft.id}
          onChange={id.onChange}
          errors={errorsFor('id')}
        />
      )}
      <SelectField
        formId={formId}
        name="cooperativeId"
        label={t('planActions.fields.cooperative')}
        value={draft.cooperativeId}
        options={cooperatives.map((c) => ({ value: c.id, label: c.name }))}
        placeholder={t('form.choose')}
        onChange={(cooperativeId) => onChange({ cooperativeId })}
        errors={errorsFor('cooperativeId')}
      />
      <TextField
        formId={formId}
        name="startYear"
        kind="year"
        label={t('planActions.fields.startYear')}
        value={draft.startYear}
        onChange={(startYear) => onChange({ startYear })}
        errors={errorsFor('startYear')}
      />
      <TextField
        formId={formId}
        name="years"
        kind="number"
        label={t('planActions.fields.years')}
        hint={t('planActions.fields.yearsHint')}
        value={draft.years}
        onChange={(years) => onChange({ years })}
        errors={errorsFor('years')}
      />
      {periodNote}
    </div>
  );
}
