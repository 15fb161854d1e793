import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, kindOfDimension, LENSES } from '../../../../src/model/doughnut';
import type { IndicatorJson } from '../../../../src/model/indicator';
import { CheckboxField } from '../../components/form/choices';
import { DateField } from '../../components/form/DateField';
import { SelectField, TextField } from '../../components/form/inputs';
import { useEditorForm } from '../../components/form/useEditorForm';
import { FormSummary } from '../../components/form/FormSummary';
import { Modal } from '../../components/Modal';
import { formatNumber } from '../../domain/format';
import type { FormCheck } from '../../domain/issues';
import { useDoughnutLabels } from '../../i18n/useDoughnutLabels';
import { useLang } from '../../i18n/useLang';
import { useWorkspace, useWorkspaceData } from '../../state/workspaceContext';
import { TextAreaField } from '../plans/impact/TextAreaField';
import { NameIdPair } from '../shared/NameIdFields';
import {
  checkIndicatorDraft,
  conversionExample,
  convertByDefault,
  divisorChange,
  emptyIndicatorDraft,
  INDICATOR_FIELDS,
  indicatorDraftOf,
  placeIndicatorIssue,
  plansToSave,
  plansUsing,
  type IndicatorDraft,
} from './indicatorDraft';
import { indicatorCreate, indicatorUpdate } from './indicatorEdits';
import { SaveCancelFooter } from '../../components/form/SaveCancelFooter';

interface IndicatorEditorProps {
  /** The indicator being changed, or null for a new one. */
  original: IndicatorJson | null;
  takenIds: ReadonlySet<string>;
  onClose: () => void;
}

type Update = (patch: Partial<IndicatorDraft>) => void;
/** What a valid form gives its save: the indicator's JSON, and the draft it came from. */
interface Checked {
  indicator: IndicatorJson;
  draft: IndicatorDraft;
}
type ErrorsFor = (name: string) => string[];

interface SectionProps {
  formId: string;
  draft: IndicatorDraft;
  update: Update;
  errorsFor: ErrorsFor;
}

/** Name, id, where in the Doughnut, and the unit. */
function GeneralFields({
  formId,
  draft,
  update,
  errorsFor,
  creating,
  takenIds,
}: SectionProps & {
  creating: boolean;
  takenIds: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const labels = useDoughnutLabels();
  return (
    <div className="form-grid">
      <NameIdPair
        formId={formId}
        creating={creating}
        takenIds={takenIds}
        nameField="label"
        name={draft.label}
        id={draft.id}
        nameLabel={t('indicators.fields.label')}
        idLabel={t('indicators.fields.id')}
        idFixedHint={t('indicators.idFixed')}
        errorsFor={errorsFor}
        onChange={update}
      />
      <SelectField
        formId={formId}
        name="dimension"
        label={t('indicators.fields.dimension')}
        hint={draft.dimension === '' ? undefined : labels.ring(kindOfDimension(draft.dimension))}
        value={draft.dimension}
        options={DIMENSIONS.map((value) => ({ value, label: labels.dimension(value) }))}
        placeholder={t('form.choose')}
        onChange={(dimension) => update({ dimension })}
        errors={errorsFor('dimension')}
      />
      <SelectField
        formId={formId}
        name="lens"
        label={t('indicators.fields.lens')}
        hint={t('form.optional')}
        value={draft.lens}
        options={LENSES.map((value) => ({ value, label: labels.lens(value) }))}
        placeholder={t('indicators.noLens')}
        onChange={(lens) => update({ lens })}
        errors={errorsFor('lens')}
      />
      <TextField
        formId={formId}
        name="unit"
        label={t('indicators.fields.unit')}
        hint={t('indicators.hints.unit')}
        value={draft.unit}
        onChange={(unit) => update({ unit })}
        errors={errorsFor('unit')}
        maxLength={200}
      />
    </div>
  );
}

/** The starting point and the monitor it comes from; the threshold and its source; the trend. */
function FigureFields({ formId, draft, update, errorsFor }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="form-section">{t('indicators.sections.baseline')}</h3>
      <div className="form-grid">
        <TextField
          formId={formId}
          name="baseline.value"
          kind="number"
          label={t('indicators.fields.baselineValue')}
          value={draft.baselineValue}
          onChange={(baselineValue) => update({ baselineValue })}
          errors={errorsFor('baseline.value')}
        />
        <TextField
          formId={formId}
          name="baseline.year"
          kind="year"
          label={t('indicators.fields.baselineYear')}
          value={draft.baselineYear}
          onChange={(baselineYear) => update({ baselineYear })}
          errors={errorsFor('baseline.year')}
        />
        <DateField
          formId={formId}
          name="baseline.date"
          label={t('indicators.fields.baselineDate')}
          hint={t('indicators.hints.baselineDate')}
          value={draft.baselineDate}
          onChange={(baselineDate) => update({ baselineDate })}
          errors={errorsFor('baseline.date')}
        />
        <TextField
          formId={formId}
          name="trend"
          kind="percent"
          label={t('indicators.fields.trend')}
          hint={t('indicators.hints.trend')}
          value={draft.trend}
          onChange={(trend) => update({ trend })}
          errors={errorsFor('trend')}
        />
      </div>
      <TextAreaField
        formId={formId}
        name="baseline.source"
        label={t('indicators.fields.baselineSource')}
        hint={t('indicators.hints.baselineSource')}
        value={draft.baselineSource}
        onChange={(baselineSource) => update({ baselineSource })}
        errors={errorsFor('baseline.source')}
        maxLength={2000}
        rows={2}
      />
      <h3 className="form-section">{t('indicators.sections.threshold')}</h3>
      <div className="form-grid">
        <TextField
          formId={formId}
          name="threshold"
          kind="number"
          label={t('indicators.fields.threshold')}
          hint={t('indicators.hints.threshold')}
          value={draft.threshold}
          onChange={(threshold) => update({ threshold })}
          errors={errorsFor('threshold')}
        />
      </div>
      <TextAreaField
        formId={formId}
        name="thresholdSource"
        label={t('indicators.fields.thresholdSource')}
        value={draft.thresholdSource}
        onChange={(thresholdSource) => update({ thresholdSource })}
        errors={errorsFor('thresholdSource')}
        maxLength={2000}
        rows={2}
      />
    </>
  );
}

/**
 * The city total the indicator is a share of. When the lines' divisor changes, the form
 * offers to restate their outputs so their effect stays what it was.
 */
function DenominatorFields({
  formId,
  draft,
  update,
  errorsFor,
  original,
}: SectionProps & { original: IndicatorJson | null }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const { plans } = useWorkspaceData();
  const using = original === null ? [] : plansUsing(plans, original.id);
  const lineCount = using
    .flatMap((plan) => plan.impacts ?? [])
    .filter((l) => l.indicatorId === original?.id).length;
  const change = divisorChange(original, draft, locale);
  const example = original === null ? null : conversionExample(using, original.id, change);

  const toggle = (hasDenominator: boolean) =>
    update({
      hasDenominator,
      ...(original === null ? {} : { convertOutputs: convertByDefault(original, hasDenominator) }),
    });

  return (
    <>
      <h3 className="form-section">{t('indicators.sections.denominator')}</h3>
      <p className="field__hint">{t('indicators.denominatorIntro')}</p>
      <CheckboxField
        formId={formId}
        name="hasDenominator"
        label={t('indicators.fields.hasDenominator')}
        checked={draft.hasDenominator}
        onChange={toggle}
      />
      {draft.hasDenominator && (
        <>
          <div className="form-grid">
            <TextField
              formId={formId}
              name="denominator.value"
              kind="number"
              label={t('indicators.fields.denominatorValue')}
              value={draft.denominatorValue}
              onChange={(denominatorValue) => update({ denominatorValue })}
              errors={errorsFor('denominator.value')}
            />
            <TextField
              formId={formId}
              name="denominator.unit"
              label={t('indicators.fields.denominatorUnit')}
              hint={t('indicators.hints.denominatorUnit')}
              value={draft.denominatorUnit}
              onChange={(denominatorUnit) => update({ denominatorUnit })}
              errors={errorsFor('denominator.unit')}
              maxLength={200}
            />
            <TextField
              formId={formId}
              name="denominator.year"
              kind="year"
              label={t('indicators.fields.denominatorYear')}
              value={draft.denominatorYear}
              onChange={(denominatorYear) => update({ denominatorYear })}
              errors={errorsFor('denominator.year')}
            />
          </div>
          <TextAreaField
            formId={formId}
            name="denominator.source"
            label={t('indicators.fields.denominatorSource')}
            value={draft.denominatorSource}
            onChange={(denominatorSource) => update({ denominatorSource })}
            errors={errorsFor('denominator.source')}
            maxLength={2000}
            rows={2}
          />
        </>
      )}
      {change !== null && lineCount > 0 && (
        <div className="indicator-convert" data-testid="convert-outputs">
          <CheckboxField
            formId={formId}
            name="convertOutputs"
            label={t('indicators.convert', { count: lineCount, plans: using.length })}
            checked={draft.convertOutputs}
            onChange={(convertOutputs) => update({ convertOutputs })}
          />
          <p className="field__hint">
            {draft.convertOutputs && example !== null
              ? t('indicators.convertExample', {
                  plan: example.plan,
                  from: formatNumber(example.from, locale, 8),
                  to: formatNumber(example.to, locale, 8),
                })
              : t('indicators.keepOutputs')}
          </p>
        </div>
      )}
    </>
  );
}

/** Adds a city's own indicator or changes one; undo takes the change back, outputs included. */
export function IndicatorEditor({ original, takenIds, onClose }: IndicatorEditorProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const { perform, announce } = useWorkspace();
  const { plans } = useWorkspaceData();
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId().replace(/:/g, '');

  const form = useEditorForm({
    initial: original === null ? emptyIndicatorDraft() : indicatorDraftOf(original, locale),
    formRef,
    fieldsOf: () => INDICATOR_FIELDS,
    // The checked value keeps the draft: the save needs the conversion choice and the new total.
    check: (draft, lang, loc): FormCheck<Checked> => {
      const checked = checkIndicatorDraft(draft, lang, loc);
      return checked.ok ? { ok: true, value: { indicator: checked.value, draft } } : checked;
    },
    serverPrefix: 'indicator',
    remapPath: placeIndicatorIssue,
    save: ({ indicator, draft }: Checked) => {
      if (original === null) return perform(indicatorCreate(indicator));
      const change = divisorChange(original, draft, locale);
      const using = plansUsing(plans, original.id);
      const converted = plansToSave(using, original.id, change, draft.convertOutputs);
      const previous = using.filter((plan) => converted.some((c) => c.id === plan.id));
      return perform(indicatorUpdate(indicator, original, converted, previous));
    },
    onSaved: ({ indicator }) => {
      announce('success', t('indicators.saved', { name: indicator.label }));
      onClose();
    },
  });
  const { draft, update, errorsFor } = form;
  const titleId = `${formId}-title`;
  const title =
    original === null ? t('indicators.newTitle') : t('indicators.editTitle', { name: original.label });
  const section = { formId, draft, update, errorsFor };

  return (
    <Modal titleId={titleId} title={title} onClose={onClose} size="large" testId="indicator-editor">
      <form ref={formRef} onSubmit={form.onSubmit} noValidate aria-labelledby={titleId}>
        <div className="modal__body">
          <FormSummary count={form.issueCount} messages={form.formErrors} />
          <GeneralFields {...section} creating={original === null} takenIds={takenIds} />
          <FigureFields {...section} />
          <DenominatorFields {...section} original={original} />
          <h3 className="form-section">{t('indicators.sections.notes')}</h3>
          <TextAreaField
            formId={formId}
            name="source"
            label={t('indicators.fields.source')}
            hint={t('indicators.hints.source')}
            value={draft.source}
            onChange={(source) => update({ source })}
            errors={errorsFor('source')}
            maxLength={2000}
          />
        </div>
        <SaveCancelFooter onCancel={onClose} saving={form.saving} saveTestId="editor-save" />
      </form>
    </Modal>
  );
}
