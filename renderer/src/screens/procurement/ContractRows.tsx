import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/form/choices';
import { draftFields } from '../../components/form/draftFields';
import { SelectField, TextField } from '../../components/form/inputs';
import { useWorkspaceData } from '../../state/workspaceContext';
import type { ContractRowDraft } from './procurementDraft';

interface ContractRowsProps {
  formId: string;
  contracts: ContractRowDraft[];
  onChange: (contracts: ContractRowDraft[]) => void;
  errorsFor: (name: string) => string[];
}

/** One group of fields per contract: year, cooperative, its plan (optional), what, amount, reserved, Social Return. */
export function ContractRows({ formId, contracts, onChange, errorsFor }: ContractRowsProps) {
  const { t } = useTranslation();
  const { cooperatives, plans } = useWorkspaceData();
  const set = (i: number, patch: Partial<ContractRowDraft>) =>
    onChange(contracts.map((row, k) => (k === i ? { ...row, ...patch } : row)));
  if (contracts.length === 0) return <p className="muted">{t('procurement.noContracts')}</p>;
  return (
    <ol className="procurement-contracts">
      {contracts.map((row, i) => {
        const field = draftFields(
          formId,
          { draft: row, update: (patch) => set(i, patch), errorsFor },
          `contracts[${i}].`,
        );
        const coopName = cooperatives.find((c) => c.id === row.cooperativeId)?.name ?? '';
        return (
          <li key={i} className="procurement-contract" data-testid={`contract-row-${i}`}>
            <div className="form-grid">
              <TextField {...field.value('year')} label={t('procurement.fields.year')} kind="year" />
              <SelectField
                {...field.value('cooperativeId')}
                label={t('procurement.fields.cooperative')}
                placeholder={t('procurement.choose')}
                options={cooperatives.map((c) => ({ value: c.id, label: c.name }))}
                // Another cooperative's plan would be refused: the plan goes with the old choice.
                onChange={(cooperativeId) => set(i, { cooperativeId, planId: '' })}
              />
              <SelectField
                {...field.value('planId')}
                label={t('procurement.fields.plan')}
                placeholder={t('procurement.noPlan')}
                options={plans
                  .filter((p) => p.cooperativeId === row.cooperativeId)
                  .map((p) => ({ value: p.id, label: p.name }))}
              />
              <TextField {...field.value('amount')} label={t('procurement.fields.amount')} kind="amount" />
              <TextField
                {...field.value('socialReturn')}
                label={t('procurement.fields.socialReturn')}
                kind="amount"
              />
            </div>
            <TextField {...field.value('description')} label={t('procurement.fields.description')} />
            <CheckboxField {...field.checked('reserved')} label={t('procurement.fields.reserved')} />
            <button
              type="button"
              className="button button--small"
              onClick={() => onChange(contracts.filter((_, k) => k !== i))}
            >
              {t('procurement.removeContract', { name: coopName, year: row.year })}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
