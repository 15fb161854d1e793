import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AWARD_STATUSES, isDecided, type AwardJson } from '../../../../../src/model/award';
import type { FundingStreamJson } from '../../../../../src/model/stream';
import { DateField } from '../../../components/form/DateField';
import { FormSummary } from '../../../components/form/FormSummary';
import { SelectField, TextField } from '../../../components/form/inputs';
import { useEditorForm } from '../../../components/form/useEditorForm';
import { Modal } from '../../../components/Modal';
import { useLang } from '../../../i18n/useLang';
import { useWorkspace } from '../../../state/workspaceContext';
import type { PlanSaver } from '../builder/usePlanSaver';
import { TextAreaField } from '../impact/TextAreaField';
import {
  AWARD_FIELDS,
  awardDraftOf,
  checkAwardDraft,
  emptyAwardDraft,
  placeAwardIssue,
  withAward,
} from './awardDraft';
import { SaveCancelFooter } from '../../../components/form/SaveCancelFooter';

interface AwardEditorProps {
  saver: PlanSaver;
  /** The award being changed, by its place in the plan; null adds one. */
  index: number | null;
  streams: readonly FundingStreamJson[];
  onClose: () => void;
}

/**
 * Records an application or its decision for one stream; saved through the builder, so
 * undo takes it back. The granted amount appears once the status says granted or settled.
 */
export function AwardEditor({ saver, index, streams, onClose }: AwardEditorProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const { announce } = useWorkspace();
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId().replace(/:/g, '');
  const plan = saver.shown;
  const awards = plan.awards ?? [];
  const original = index === null ? undefined : awards[index];
  const nameOf = (id: string) => streams.find((s) => s.id === id)?.name ?? id;
  // One award per stream: the streams this plan has not applied to yet, and this award's own.
  const taken = new Set(awards.filter((_, i) => i !== index).map((a) => a.streamId));
  const choices = streams
    .filter((s) => !taken.has(s.id))
    .map((s) => ({ value: s.id, label: s.name }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));

  const form = useEditorForm({
    initial: original === undefined ? emptyAwardDraft() : awardDraftOf(original, locale),
    formRef,
    fieldsOf: () => AWARD_FIELDS,
    check: (draft, lang, loc) => checkAwardDraft(draft, lang, loc, plan, index),
    serverPrefix: 'plan',
    remapPath: placeAwardIssue,
    save: (award: AwardJson) => saver.save((current) => withAward(current, index, award)),
    onSaved: (award) => {
      const stream = nameOf(award.streamId);
      announce('success', t(index === null ? 'awards.added' : 'awards.changed', { stream }));
      onClose();
    },
  });
  const { draft, update, errorsFor } = form;
  const decided = isDecided(draft.status);
  const titleId = `${formId}-title`;
  const title = index === null ? t('awards.addTitle') : t('awards.editTitle');

  return (
    <Modal titleId={titleId} title={title} onClose={onClose} size="large" testId="award-editor">
      <form ref={formRef} onSubmit={form.onSubmit} noValidate aria-labelledby={titleId}>
        <div className="modal__body">
          <FormSummary count={form.issueCount} messages={form.formErrors} />
          <div className="form-grid">
            <SelectField
              formId={formId}
              name="streamId"
              label={t('awards.fields.streamId')}
              value={draft.streamId}
              options={choices}
              placeholder={t('form.choose')}
              onChange={(streamId) => update({ streamId })}
              errors={errorsFor('streamId')}
            />
            <SelectField
              formId={formId}
              name="status"
              label={t('awards.fields.status')}
              hint={t('awards.statusHint')}
              value={draft.status}
              options={AWARD_STATUSES.map((status) => ({
                value: status,
                label: t(`awards.status.${status}`),
              }))}
              onChange={(status) => {
                if (status !== '') update({ status });
              }}
              errors={errorsFor('status')}
            />
          </div>
          <h3 className="form-section">{t('awards.sections.application')}</h3>
          <div className="form-grid">
            <TextField
              formId={formId}
              name="requested"
              kind="amount"
              label={t('awards.fields.requested')}
              hint={t('form.optional')}
              value={draft.requested}
              onChange={(requested) => update({ requested })}
              errors={errorsFor('requested')}
            />
            <DateField
              formId={formId}
              name="appliedOn"
              label={t('awards.fields.appliedOn')}
              hint={t('awards.hints.appliedOn')}
              value={draft.appliedOn}
              onChange={(appliedOn) => update({ appliedOn })}
              errors={errorsFor('appliedOn')}
            />
          </div>
          <h3 className="form-section">{t('awards.sections.decision')}</h3>
          <div className="form-grid">
            {decided && (
              <TextField
                formId={formId}
                name="granted"
                kind="amount"
                label={t('awards.fields.granted')}
                hint={t('awards.hints.granted')}
                value={draft.granted}
                onChange={(granted) => update({ granted })}
                errors={errorsFor('granted')}
              />
            )}
            <DateField
              formId={formId}
              name="decidedOn"
              label={t('awards.fields.decidedOn')}
              value={draft.decidedOn}
              onChange={(decidedOn) => update({ decidedOn })}
              errors={errorsFor('decidedOn')}
            />
            <TextField
              formId={formId}
              name="reference"
              label={t('awards.fields.reference')}
              hint={t('awards.hints.reference')}
              value={draft.reference}
              onChange={(reference) => update({ reference })}
              errors={errorsFor('reference')}
              maxLength={2000}
            />
            <DateField
              formId={formId}
              name="reportDue"
              label={t('awards.fields.reportDue')}
              hint={t('awards.hints.reportDue')}
              value={draft.reportDue}
              onChange={(reportDue) => update({ reportDue })}
              errors={errorsFor('reportDue')}
            />
          </div>
          {!decided && <p className="field__hint">{t('awards.hints.grantedNotYet')}</p>}
          <TextAreaField
            formId={formId}
            name="note"
            label={t('awards.fields.note')}
            hint={t('form.optional')}
            value={draft.note}
            onChange={(note) => update({ note })}
            errors={errorsFor('note')}
            maxLength={2000}
          />
        </div>
        <SaveCancelFooter onCancel={onClose} saving={form.saving} saveTestId="award-save" />
      </form>
    </Modal>
  );
}
