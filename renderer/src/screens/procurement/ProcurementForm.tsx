import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcurementJson } from '../../../../src/model/procurement';
import { FormSummary } from '../../components/form/FormSummary';
import { draftFields } from '../../components/form/draftFields';
import { TextField } from '../../components/form/inputs';
import { SectionFormActions } from '../../components/form/SectionFormActions';
import { useSectionForm } from '../../components/form/useSectionForm';
import { useLang } from '../../i18n/useLang';
import { useCan } from '../../session/sessionContext';
import { useWorkspace, useWorkspaceData } from '../../state/workspaceContext';
import { ContractRows } from './ContractRows';
import {
  checkProcurementDraft,
  emptyContractRow,
  procurementDraftOf,
  procurementFields,
  type ProcurementDraft,
} from './procurementDraft';
import { procurementUpdate } from './procurementEdits';

/**
 * The procurement section, saved whole as one undoable step: purchasing volume per year,
 * where it comes from, the contribution margin the scenario lever counts, and the contracts.
 */
export function ProcurementForm({
  stored,
  onDirtyChange,
}: {
  stored: ProcurementJson | null;
  /** Told whether the draft differs from what the form started from. */
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const { perform, announce } = useWorkspace();
  const { settings } = useWorkspaceData();
  const editable = useCan()('procurement.update');
  const { formRef, formId, form, changed, discard } = useSectionForm<ProcurementDraft, ProcurementJson>({
    initial: procurementDraftOf(stored, locale),
    fieldsOf: procurementFields,
    check: checkProcurementDraft,
    save: (value) => perform(procurementUpdate(value, stored)),
    serverPrefix: 'procurement',
    onSaved: () => {
      // Saved: the form may start afresh from what is stored now.
      onDirtyChange(false);
      announce('success', t('procurement.saved'));
    },
  });
  const { draft, update, errorsFor } = form;
  useEffect(() => onDirtyChange(changed), [changed, onDirtyChange]);
  const field = draftFields(formId, form);
  const nextYear = () => {
    const years = draft.volumes.map((v) => Number(v.year)).filter(Number.isFinite);
    return String(years.length === 0 ? settings.startYear : Math.max(...years) + 1);
  };
  const setVolume = (i: number, patch: Partial<ProcurementDraft['volumes'][number]>) =>
    update({ volumes: draft.volumes.map((row, k) => (k === i ? { ...row, ...patch } : row)) });

  return (
    <form ref={formRef} onSubmit={form.onSubmit} noValidate className="panel" data-testid="procurement-form">
      <FormSummary count={form.issueCount} messages={form.formErrors} />
      {!editable && (
        <p className="muted" data-testid="read-only-note">
          {t('common.readOnly')}
        </p>
      )}
      {/* A role that may not save reads the section: every field and row button disabled. */}
      <fieldset className="read-only-group" disabled={!editable} data-testid="procurement-fields">
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('procurement.volumesLegend')}</legend>
          <p className="field__hint">{t('procurement.volumesHint')}</p>
          {draft.volumes.map((row, i) => {
            const volume = draftFields(
              formId,
              { draft: row, update: (patch) => setVolume(i, patch), errorsFor },
              `volumes[${i}].`,
            );
            return (
              <div className="form-grid procurement-row" key={i} data-testid={`volume-row-${i}`}>
                <TextField {...volume.value('year')} label={t('procurement.fields.year')} kind="year" />
                <TextField {...volume.value('amount')} label={t('procurement.fields.volume')} kind="amount" />
                <button
                  type="button"
                  className="button button--small procurement-row__remove"
                  onClick={() => update({ volumes: draft.volumes.filter((_, k) => k !== i) })}
                >
                  {t('procurement.removeVolume', { year: row.year })}
                </button>
              </div>
            );
          })}
          <button
            type="button"
            className="button button--small"
            data-testid="add-volume"
            onClick={() => update({ volumes: [...draft.volumes, { year: nextYear(), amount: '' }] })}
          >
            {t('procurement.addVolume')}
          </button>
          <TextField {...field.value('volumeSource')} label={t('procurement.fields.volumeSource')} />
          <div className="form-grid">
            <TextField
              {...field.value('contributionMargin')}
              label={t('procurement.fields.contributionMargin')}
              hint={t('procurement.hints.contributionMargin')}
              kind="percent"
            />
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('procurement.contractsLegend')}</legend>
          <p className="field__hint">{t('procurement.contractsHint')}</p>
          <ContractRows
            formId={formId}
            contracts={draft.contracts}
            onChange={(contracts) => update({ contracts })}
            errorsFor={errorsFor}
          />
          <button
            type="button"
            className="button button--small"
            data-testid="add-contract"
            onClick={() =>
              update({ contracts: [...draft.contracts, emptyContractRow(String(settings.startYear))] })
            }
          >
            {t('procurement.addContract')}
          </button>
        </fieldset>
      </fieldset>
      <SectionFormActions
        operation="procurement.update"
        changed={changed}
        saving={form.saving}
        onDiscard={discard}
        saveTestId="procurement-save"
      />
    </form>
  );
}
