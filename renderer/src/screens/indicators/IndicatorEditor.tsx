import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, kindOfDimension, LENSES } from '../../../../src/model/doughnut';
import type { IndicatorJson } from '../../../../src/model/indicator';
import { CheckboxField } from '../../components/form/choices';
import { DateField } from '../../components/form/DateField';
import { draftFields, type DraftSection } from '../../components/form/draftFields';
import { SelectField, TextField } from '../../components/form/inputs';
import { useEditorForm } from '../../components/form/useEditorForm';
import { formatNumber } from '../../domain/format';
import type { FormCheck } from '../../domain/issues';
import { useDoughnutLabels } from '../../i18n/useDoughnutLabels';
import { useLang } from '../../i18n/useLang';
import { useWorkspace, useWorkspaceData } from '../../state/workspaceContext';
import { TextAreaField } from '../plans/impact/TextAreaField';
import { EditorShell } from '../shared/EditorShell';
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

interface IndicatorEditorProps {
  /** The indicator being changed, or null for a new one. */
  original: IndicatorJson | null;
  takenIds: ReadonlySet<string>;
  onClose: () => void;
}

/** What a valid form gives its save: the indicator's JSON, and the draft it came from. */
interface Checked {
  indicator: IndicatorJson;
  draft: IndicatorDraft;
}
type SectionProps = DraftSection<IndicatorDraft>;

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
  const field = draftFields(formId, { draft, update, errorsFor });
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
        {...field.value('dimension')}
        label={t('indicators.fields.dimension')}
        hint={draft.dimension === '' ? undefined : labels.ring(kindOfDimension(draft.dimension))}
        options={DIMENSIONS.map((value) => ({ value, label: labels.dimension(value) }))}
        placeholder={t('form.choose')}
      />
      <SelectField
        {...field.value('lens')}
        label={t('indicators.fields.lens')}
        hint={t('form.optional')}
        options={LENSES.map((value) => ({ value, label: labels.lens(value) }))}
        placeholder={t('indicators.noLens')}
      />
      <TextField
        {...field.value('unit')}
        label={t('indicators.fields.unit')}
        hint={t('indicators.hints.unit')}
        maxLength={200}
      />
    </div>
  );
}

/** The starting point and the monitor it comes from; the threshold and its source; the trend. */
function FigureFields(section: SectionProps) {
  const { t } = useTranslation();
  const field = draftFields(section.formId, section);
  return (
    <>
      <h3 className="form-section">{t('indicators.sections.baseline')}</h3>
      <div className="form-grid">
        <TextField
          {...field.value('baselineValue', 'baseline.value')}
          kind="number"
          label={t('indicators.fields.baselineValue')}
        />
        <TextField
          {...field.value('baselineYear', 'baseline.year')}
          kind="year"
          label={t('indicators.fields.baselineYear')}
        />
        <DateField
          {...field.value('baselineDate', 'baseline.date')}
          label={t('indicators.fields.baselineDate')}
          hint={t('indicators.hints.baselineDate')}
        />
        <TextField
          {...field.value('trend')}
          kind="percent"
          label={t('indicators.fields.trend')}
          hint={t('indicators.hints.trend')}
        />
      </div>
      <TextAreaField
        {...field.value('baselineSource', 'baseline.source')}
        label={t('indicators.fields.baselineSource')}
        hint={t('indicators.hints.baselineSource')}
        maxLength={2000}
        rows={2}
      />
      <h3 className="form-section">{t('indicators.sections.threshold')}</h3>
      <div className="form-grid">
        <TextField
          {...field.value('threshold')}
          kind="number"
          label={t('indicators.fields.threshold')}
          hint={t('indicators.hints.threshold')}
        />
      </div>
      <TextAreaField
        {...field.value('thresholdSource')}
        label={t('indicators.fields.thresholdSource')}
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
  const field = draftFields(formId, { draft, update, errorsFor });

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
              {...field.value('denominatorValue', 'denominator.value')}
              kind="number"
              label={t('indicators.fields.denominatorValue')}
            />
            <TextField
              {...field.value('denominatorUnit', 'denominator.unit')}
              label={t('indicators.fields.denominatorUnit')}
              hint={t('indicators.hints.denominatorUnit')}
              maxLength={200}
            />
            <TextField
              {...field.value('denominatorYear', 'denominator.year')}
              kind="year"
              label={t('indicators.fields.denominatorYear')}
            />
          </div>
          <TextAreaField
            {...field.value('denominatorSource', 'denominator.source')}
            label={t('indicators.fields.denominatorSource')}
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
  const title =
    original === null ? t('indicators.newTitle') : t('indicators.editTitle', { name: original.label });
  const editor = { titleId: `${formId}-title`, title, onClose, form };
  const section = { formId, draft, update, errorsFor };
  const field = draftFields(formId, form);

  return (
    <EditorShell editor={editor} formRef={formRef} testId="indicator-editor" operation="indicators.update">
      <GeneralFields {...section} creating={original === null} takenIds={takenIds} />
      <FigureFields {...section} />
      <DenominatorFields {...section} original={original} />
      <h3 className="form-section">{t('indicators.sections.notes')}</h3>
      <TextAreaField
        {...field.value('source')}
        label={t('indicators.fields.source')}
        hint={t('indicators.hints.source')}
        maxLength={2000}
      />
    </EditorShell>
  );
}
