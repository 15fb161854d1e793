import './settings.css';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsJson } from '../../../../src/model/settings';
import { DateField } from '../../components/form/DateField';
import { FormSummary } from '../../components/form/FormSummary';
import { SelectField, TextField } from '../../components/form/inputs';
import { useEditorForm } from '../../components/form/useEditorForm';
import { settingsUpdate } from '../../domain/commands';
import { useLang } from '../../i18n/useLang';
import { useWorkspace } from '../../state/workspaceContext';
import { checkSettingsDraft, settingsDraftOf, settingsFields, type SettingsDraft } from './settingsDraft';

const LOCALE_OPTIONS = [
  { value: 'nl-NL', label: 'Nederlands (1.234,56)' },
  { value: 'en-GB', label: 'English (1,234.56)' },
] as const;

/**
 * The workspace settings, saved together as one undoable step. The screen remounts
 * this form whenever the stored settings change (a save, an undo, a redo), so it
 * always starts from what is stored.
 */
export function SettingsForm({ settings }: { settings: SettingsJson }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const { perform, announce } = useWorkspace();
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId().replace(/:/g, '');
  const initial = settingsDraftOf(settings, locale);
  const form = useEditorForm<SettingsDraft, SettingsJson>({
    initial,
    formRef,
    fieldsOf: settingsFields,
    check: checkSettingsDraft,
    save: (value) => perform(settingsUpdate(value, settings)),
    serverPrefix: 'settings',
    onSaved: () => announce('success', t('settings.saved')),
  });
  const { draft, update, errorsFor } = form;
  const changed = JSON.stringify(draft) !== JSON.stringify(initial);
  const text = (name: keyof SettingsDraft, field: string, label: string, extra: object = {}) => ({
    formId,
    name: field,
    label,
    value: draft[name],
    onChange: (value: string) => update({ [name]: value } as Partial<SettingsDraft>),
    errors: errorsFor(field),
    ...extra,
  });

  return (
    <form ref={formRef} onSubmit={form.onSubmit} noValidate className="panel" data-testid="settings-form">
      <FormSummary count={form.issueCount} messages={form.formErrors} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('settings.workspace')}</legend>
        <div className="form-grid">
          <TextField {...text('municipality', 'municipality', t('settings.fields.municipality'))} />
          <SelectField
            formId={formId}
            name="locale"
            label={t('settings.fields.locale')}
            hint={t('settings.hints.locale')}
            value={draft.locale}
            options={LOCALE_OPTIONS}
            onChange={(value) => value !== '' && update({ locale: value })}
            errors={errorsFor('locale')}
          />
          <TextField {...text('startYear', 'startYear', t('settings.fields.startYear'), { kind: 'year' })} />
          <TextField
            {...text('horizonYears', 'horizonYears', t('settings.fields.horizonYears'), {
              kind: 'number',
              hint: t('settings.hints.horizonYears'),
            })}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('settings.finance')}</legend>
        <div className="form-grid">
          <TextField
            {...text('discountRate', 'discountRate', t('settings.fields.discountRate'), {
              kind: 'percent',
              hint: t('settings.hints.discountRate'),
            })}
          />
          <TextField
            {...text('minDscr', 'minDscr', t('settings.fields.minDscr'), {
              kind: 'number',
              hint: t('settings.hints.minDscr'),
            })}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('settings.deMinimis')}</legend>
        <p className="field__hint">{t('settings.hints.deMinimis')}</p>
        <div className="form-grid">
          <TextField
            {...text('deMinimisCeiling', 'deMinimis.ceiling', t('settings.fields.ceiling'), {
              kind: 'amount',
            })}
          />
          <TextField
            {...text('deMinimisPeriodYears', 'deMinimis.periodYears', t('settings.fields.periodYears'), {
              kind: 'number',
            })}
          />
          <TextField
            {...text('deMinimisSgeiCeiling', 'deMinimis.sgeiCeiling', t('settings.fields.sgeiCeiling'), {
              kind: 'amount',
              hint: t('settings.hints.sgeiCeiling'),
            })}
          />
          <TextField
            {...text(
              'deMinimisReferenceRate',
              'deMinimis.referenceRate',
              t('settings.fields.referenceRate'),
              {
                kind: 'percent',
                hint: t('settings.hints.referenceRate'),
              },
            )}
          />
          <TextField
            {...text('deMinimisDiscountRate', 'deMinimis.discountRate', t('settings.fields.euDiscountRate'), {
              kind: 'percent',
              hint: t('settings.hints.euDiscountRate'),
            })}
          />
          <DateField
            formId={formId}
            name="deMinimis.ratesDate"
            label={t('settings.fields.ratesDate')}
            value={draft.deMinimisRatesDate}
            onChange={(deMinimisRatesDate) => update({ deMinimisRatesDate })}
            errors={errorsFor('deMinimis.ratesDate')}
          />
        </div>
        <TextField
          {...text('deMinimisRatesSource', 'deMinimis.ratesSource', t('settings.fields.ratesSource'))}
        />
      </fieldset>
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={form.saving || !changed}
          data-testid="settings-save"
        >
          {t('common.save')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!changed}
          onClick={() => update(initial)}
          data-testid="settings-discard"
        >
          {t('settings.discard')}
        </button>
        {changed && (
          <span className="muted" role="status">
            {t('settings.unsaved')}
          </span>
        )}
      </div>
    </form>
  );
}
