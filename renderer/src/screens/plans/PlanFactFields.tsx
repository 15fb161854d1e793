import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { draftFields } from '../../components/form/draftFields';
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
  const field = draftFields(formId, { draft, update: onChange, errorsFor });
  const name = field.value('name');
  return (
    <div className="form-grid plan-facts-form">
      <TextField
        {...name}
        label={t('planActions.fields.name')}
        onChange={onNameChange ?? name.onChange}
        maxLength={200}
      />
      {id !== undefined && (
        <TextField
          {...field.value('id')}
          label={t('planActions.fields.id')}
          hint={id.hint}
          onChange={id.onChange}
        />
      )}
      <SelectField
        {...field.value('cooperativeId')}
        label={t('planActions.fields.cooperative')}
        options={cooperatives.map((c) => ({ value: c.id, label: c.name }))}
        placeholder={t('form.choose')}
      />
      <TextField {...field.value('startYear')} kind="year" label={t('planActions.fields.startYear')} />
      <TextField
        {...field.value('years')}
        kind="number"
        label={t('planActions.fields.years')}
        hint={t('planActions.fields.yearsHint')}
      />
      {periodNote}
    </div>
  );
}
