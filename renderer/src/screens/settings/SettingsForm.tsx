import { useEffect } from 'react';
import './settings.css';
import { useTranslation } from 'react-i18next';
import type { SettingsJson } from '../../../../src/model/settings';
import { DateField } from '../../components/form/DateField';
import { FormSummary } from '../../components/form/FormSummary';
import { draftFields } from '../../components/form/draftFields';
import { SelectField, TextField } from '../../components/form/inputs';
import { SectionFormActions } from '../../components/form/SectionFormActions';
import { useSectionForm } from '../../components/form/useSectionForm';
import { settingsUpdate } from '../../domain/commands';
import { useLang } from '../../i18n/useLang';
import { useCan } from '../../session/sessionContext';
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
export function SettingsForm({
  settings,
  onDirtyChange,
}: {
  settings: SettingsJson;
  /** Told whether the draft differs from what the form started from. */
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const { perform, announce } = useWorkspace();
  const { formRef, formId, form, changed, discard } = useSectionForm<SettingsDraft, SettingsJson>({
    initial: settingsDraftOf(settings, locale),
    fieldsOf: settingsFields,
    check: checkSettingsDraft,
    save: (value) => perform(settingsUpdate(value, settings)),
    serverPrefix: 'settings',
    onSaved: () => {
      // Saved: the form may start afresh from what is stored now.
      onDirtyChange(false);
      announce('success', t('settings.saved'));
    },
  });
  const { update } = form;
  useEffect(() => onDirtyChange(changed), [changed, onDirtyChange]);
  // A role that may not change the settings reads them: every field disabled, no Save.
  const editable = useCan()('settings.update');
  const field = draftFields(formId, form);
  // Figures that differ only in what they hold and say: one text field each, in this order.
  const financeFigures = [
    {
      key: 'discountRate',
      name: 'discountRate',
      kind: 'percent',
      label: t('settings.fields.discountRate'),
      hint: t('settings.hints.discountRate'),
    },
    {
      key: 'minDscr',
      name: 'minDscr',
      kind: 'number',
      label: t('settings.fields.minDscr'),
      hint: t('settings.hints.minDscr'),
    },
  ] as const;
  const deMinimisFigures = [
    {
      key: 'deMinimisCeiling',
      name: 'deMinimis.ceiling',
      kind: 'amount',
      label: t('settings.fields.ceiling'),
      hint: undefined,
    },
    {
      key: 'deMinimisPeriodYears',
      name: 'deMinimis.periodYears',
      kind: 'number',
      label: t('settings.fields.periodYears'),
      hint: undefined,
    },
    {
      key: 'deMinimisSgeiCeiling',
      name: 'deMinimis.sgeiCeiling',
      kind: 'amount',
      label: t('settings.fields.sgeiCeiling'),
      hint: t('settings.hints.sgeiCeiling'),
    },
    {
      key: 'deMinimisReferenceRate',
      name: 'deMinimis.referenceRate',
      kind: 'percent',
      label: t('settings.fields.referenceRate'),
      hint: t('settings.hints.referenceRate'),
    },
    {
      key: 'deMinimisDiscountRate',
      name: 'deMinimis.discountRate',
      kind: 'percent',
      label: t('settings.fields.euDiscountRate'),
      hint: t('settings.hints.euDiscountRate'),
    },
  ] as const;
  const figureFields = (figures: typeof financeFigures | typeof deMinimisFigures) =>
    figures.map((figure) => (
      <TextField
        key={figure.key}
        {...field.value(figure.key, figure.name)}
        kind={figure.kind}
        label={figure.label}
        hint={figure.hint}
      />
    ));

  return (
    <form ref={formRef} onSubmit={form.onSubmit} noValidate className="panel" data-testid="settings-form">
      <FormSummary count={form.issueCount} messages={form.formErrors} />
      <fieldset className="settings-fields" disabled={!editable} data-testid="settings-fields">
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('settings.workspace')}</legend>
          <div className="form-grid">
            <TextField {...field.value('municipality')} label={t('settings.fields.municipality')} />
            <SelectField
              {...field.value('locale')}
              label={t('settings.fields.locale')}
              hint={t('settings.hints.locale')}
              options={LOCALE_OPTIONS}
              onChange={(value) => value !== '' && update({ locale: value })}
            />
            <TextField {...field.value('startYear')} kind="year" label={t('settings.fields.startYear')} />
            <TextField
              {...field.value('horizonYears')}
              kind="number"
              label={t('settings.fields.horizonYears')}
              hint={t('settings.hints.horizonYears')}
            />
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('settings.finance')}</legend>
          <div className="form-grid">{figureFields(financeFigures)}</div>
        </fieldset>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{t('settings.deMinimis')}</legend>
          <p className="field__hint">{t('settings.hints.deMinimis')}</p>
          <div className="form-grid">
            {figureFields(deMinimisFigures)}
            <DateField
              {...field.value('deMinimisRatesDate', 'deMinimis.ratesDate')}
              label={t('settings.fields.ratesDate')}
            />
          </div>
          <TextField
            {...field.value('deMinimisRatesSource', 'deMinimis.ratesSource')}
            label={t('settings.fields.ratesSource')}
          />
        </fieldset>
      </fieldset>
      <SectionFormActions
        changed={changed}
        saving={form.saving}
        onDiscard={discard}
        saveTestId="settings-save"
        discardTestId="settings-discard"
        operation="settings.update"
      />
    </form>
  );
}
