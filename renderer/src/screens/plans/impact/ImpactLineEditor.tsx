import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { divisorOf, outputUnitOf } from '../../../../../src/impact/denominator';
import type { IndicatorJson } from '../../../../../src/model/indicator';
import { EVIDENCE_GRADES, type PlanJson } from '../../../../../src/model/plan';
import { draftFields } from '../../../components/form/draftFields';
import { Field } from '../../../components/form/Field';
import { FormSummary } from '../../../components/form/FormSummary';
import { SelectField, TextField } from '../../../components/form/inputs';
import { useEditorForm } from '../../../components/form/useEditorForm';
import { Modal } from '../../../components/Modal';
import { formatNumber, formatSignificant } from '../../../domain/format';
import { parseNumberEntry } from '../../../domain/numbers';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { useLang } from '../../../i18n/useLang';
import { useWorkspace } from '../../../state/workspaceContext';
import { useShareHint } from '../../streams/useShareHint';
import type { PlanSaver } from '../builder/usePlanSaver';
import {
  checkImpactLineDraft,
  DEFLATORS,
  emptyImpactLineDraft,
  IMPACT_LINE_FIELDS,
  impactLineDraftOf,
  placeServerIssue,
  withImpactLine,
  type ImpactLineDraft,
  type ImpactLineJson,
} from './impactLineDraft';
import { TextAreaField } from './TextAreaField';
import { SaveCancelFooter } from '../../../components/form/SaveCancelFooter';

interface ImpactLineEditorProps {
  saver: PlanSaver;
  /** The line being changed, by its place in the plan; null adds one. */
  index: number | null;
  indicators: readonly IndicatorJson[];
  onClose: () => void;
}

/** The indicator picker: the social foundation and the ecological ceiling as two groups. */
function IndicatorSelect({
  formId,
  indicators,
  value,
  onChange,
  errors,
}: {
  formId: string;
  indicators: readonly IndicatorJson[];
  value: string;
  onChange: (id: string) => void;
  errors: string[];
}) {
  const { t } = useTranslation();
  const labels = useDoughnutLabels();
  const group = (kind: 'floor' | 'ceiling') => (
    <optgroup label={labels.ring(kind)}>
      {indicators
        .filter((indicator) => indicator.kind === kind)
        .map((indicator) => (
          <option key={indicator.id} value={indicator.id}>
            {`${indicator.label} (${labels.dimension(indicator.dimension)})`}
          </option>
        ))}
    </optgroup>
  );
  return (
    <Field formId={formId} name="indicatorId" label={t('impactLines.fields.indicator')} errors={errors}>
      {(control) => (
        <select
          {...control}
          className="input select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          data-testid="impact-indicator"
        >
          <option value="">{t('form.choose')}</option>
          {group('floor')}
          {group('ceiling')}
        </select>
      )}
    </Field>
  );
}

/**
 * What the output comes to in the indicator's own unit, before the deflators: the check a
 * coach makes by eye ("192 households of 480,000 is 0.04%").
 */
function OutputPreview({ draft, indicator }: { draft: ImpactLineDraft; indicator: IndicatorJson }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const entry = parseNumberEntry(draft.output, locale);
  if (entry.kind !== 'number') return null;
  const effect = entry.value / divisorOf(indicator);
  const total = indicator.denominator;
  return (
    <p className="field__hint impact-preview" data-testid="impact-preview" aria-live="polite">
      {total === undefined
        ? t('impactLines.previewOwnUnit', { unit: indicator.unit })
        : t('impactLines.preview', {
            output: formatNumber(entry.value, locale, 4),
            total: formatNumber(total.value, locale, 4),
            totalUnit: total.unit,
            year: total.year,
            effect: formatSignificant(effect, locale, 3),
            unit: indicator.unit,
          })}
    </p>
  );
}

/** Adds or changes one impact line of the plan; saved through the builder, so undo takes it back. */
export function ImpactLineEditor({ saver, index, indicators, onClose }: ImpactLineEditorProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const { announce } = useWorkspace();
  // "0,2" in a percent field is 0,2%; the hint asks whether 20% was meant, as the stream editor does.
  const shareHint = useShareHint();
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId().replace(/:/g, '');
  const plan: PlanJson = saver.shown;
  const original = index === null ? undefined : plan.impacts?.[index];
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));

  const form = useEditorForm({
    initial: original === undefined ? emptyImpactLineDraft(plan) : impactLineDraftOf(original, locale),
    formRef,
    fieldsOf: () => IMPACT_LINE_FIELDS,
    check: checkImpactLineDraft,
    serverPrefix: 'plan',
    remapPath: placeServerIssue,
    save: (line: ImpactLineJson) => saver.save((current) => withImpactLine(current, index, line)),
    onSaved: (line) => {
      const label = byId.get(line.indicatorId)?.label ?? line.indicatorId;
      announce('success', t(index === null ? 'impactLines.added' : 'impactLines.changed', { label }));
      onClose();
    },
  });
  const { draft, update, errorsFor } = form;
  const field = draftFields(formId, form);
  const indicator = byId.get(draft.indicatorId);
  const unit = indicator === undefined ? '' : outputUnitOf({}, indicator);
  const titleId = `${formId}-title`;
  const title = index === null ? t('impactLines.addTitle') : t('impactLines.editTitle');

  return (
    <Modal titleId={titleId} title={title} onClose={onClose} size="large" testId="impact-line-editor">
      <form ref={formRef} onSubmit={form.onSubmit} noValidate aria-labelledby={titleId}>
        <div className="modal__body">
          <FormSummary count={form.issueCount} messages={form.formErrors} />
          <div className="impact-indicator">
            <IndicatorSelect
              formId={formId}
              indicators={indicators}
              value={draft.indicatorId}
              onChange={(indicatorId) => update({ indicatorId })}
              errors={errorsFor('indicatorId')}
            />
          </div>
          <h3 className="form-section">{t('impactLines.sections.output')}</h3>
          <div className="form-grid">
            <TextField
              {...field.value('output')}
              kind="number"
              label={t('impactLines.fields.output')}
              hint={
                indicator === undefined
                  ? t('impactLines.outputHintNoIndicator')
                  : t(
                      indicator.kind === 'ceiling'
                        ? 'impactLines.outputHintCeiling'
                        : 'impactLines.outputHintFloor',
                      {
                        unit: draft.outputUnit.trim() === '' ? unit : draft.outputUnit.trim(),
                      },
                    )
              }
            />
            <TextField
              {...field.value('outputUnit')}
              label={t('impactLines.fields.outputUnit')}
              hint={unit === '' ? t('form.optional') : t('impactLines.outputUnitHint', { unit })}
              maxLength={200}
            />
            <TextField {...field.value('start')} kind="year" label={t('impactLines.fields.start')} />
            <TextField {...field.value('duration')} kind="number" label={t('impactLines.fields.duration')} />
          </div>
          {indicator !== undefined && <OutputPreview draft={draft} indicator={indicator} />}
          <h3 className="form-section">{t('impactLines.sections.deflators')}</h3>
          <p className="field__hint">{t('impactLines.deflatorsHint')}</p>
          <div className="form-grid form-grid--compact">
            {DEFLATORS.map((deflator) => (
              <TextField
                key={deflator}
                {...field.value(deflator)}
                kind="percent"
                label={t(`impactLines.fields.${deflator}`)}
                hint={shareHint(draft[deflator], t(`impactLines.hints.${deflator}`))}
              />
            ))}
          </div>
          <h3 className="form-section">{t('impactLines.sections.evidence')}</h3>
          <div className="form-grid">
            <TextField
              {...field.value('uncertaintyLow', 'uncertainty.low')}
              kind="percent"
              label={t('impactLines.fields.uncertaintyLow')}
              hint={shareHint(draft.uncertaintyLow, t('impactLines.hints.uncertaintyLow'))}
            />
            <TextField
              {...field.value('uncertaintyHigh', 'uncertainty.high')}
              kind="percent"
              label={t('impactLines.fields.uncertaintyHigh')}
              hint={t('impactLines.hints.uncertaintyHigh')}
            />
            <SelectField
              {...field.value('evidence')}
              label={t('impactLines.fields.evidence')}
              options={EVIDENCE_GRADES.map((grade) => ({
                value: grade,
                label: t(`impactLines.evidence.${grade}`),
              }))}
              placeholder={t('form.choose')}
            />
          </div>
          <TextAreaField
            {...field.value('basis')}
            label={t('impactLines.fields.basis')}
            hint={t('impactLines.hints.basis')}
            maxLength={2000}
          />
        </div>
        <SaveCancelFooter
          onCancel={onClose}
          saving={form.saving}
          saveTestId="impact-save"
          operation="plans.update"
        />
      </form>
    </Modal>
  );
}
