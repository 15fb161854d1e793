import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/form/choices';
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
        const name = (field: string) => `contracts[${i}].${field}`;
        const coopName = cooperatives.find((c) => c.id === row.cooperativeId)?.name ?? '';
        return (
          <li key={i} className="procurement-contract" data-testid={`contract-row-${i}`}>
            <div className="form-grid">
              <TextField
                formId={formId}
                name={name('year')}
                label={t('procurement.fields.year')}
                kind="year"
                value={row.year}
                onChange={(year) => set(i, { year })}
                errors={errorsFor(name('year'))}
              />
              <SelectField
                formId={formId}
                name={name('cooperativeId')}
                label={t('procurement.fields.cooperative')}
                value={row.cooperativeId}
                placeholder={t('procurement.choose')}
                options={cooperatives.map((c) => ({ value: c.id, label: c.name }))}
                // Another cooperative's plan would be refused: the plan goes with the old choice.
                onChange={(cooperativeId) => set(i, { cooperativeId, planId: '' })}
                errors={errorsFor(name('cooperativeId'))}
              />
              <SelectField
                formId={formId}
                name={name('planId')}
                label={t('procurement.fields.plan')}
                value={row.planId}
                placeholder={t('procurement.noPlan')}
                options={plans
                  .filter((p) => p.cooperativeId === row.cooperativeId)
                  .map((p) => ({ value: p.id, label: p.name }))}
                onChange={(planId) => set(i, { planId })}
                errors={errorsFor(name('planId'))}
              />
              <TextField
                formId={formId}
                name={name('amount')}
                label={t('procurement.fields.amount')}
                kind="amount"
                value={row.amount}
                onChange={(amount) => set(i, { amount })}
                errors={errorsFor(name('amount'))}
              />
              <TextField
                formId={formId}
                name={name('socialReturn')}
                label={t('procurement.fields.socialReturn')}
                kind="amount"
                value={row.socialReturn}
                onChange={(socialReturn) => set(i, { socialReturn })}
                errors={errorsFor(name('socialReturn'))}
              />
            </div>
            <TextField
              formId={formId}
              name={name('description')}
              label={t('procurement.fields.description')}
              value={row.description}
              onChange={(description) => set(i, { description })}
              errors={errorsFor(name('description'))}
            />
            <CheckboxField
              formId={formId}
              name={name('reserved')}
              label={t('procurement.fields.reserved')}
              checked={row.reserved}
              onChange={(reserved) => set(i, { reserved })}
              errors={errorsFor(name('reserved'))}
            />
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
