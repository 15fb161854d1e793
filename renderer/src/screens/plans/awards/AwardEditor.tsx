import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AWARD_STATUSES, isDecided, type AwardJson } from '../../../../../src/model/award';
import type { FundingStreamJson } from '../../../../../src/model/stream';
import { draftFields } from '../../../components/form/draftFields';
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
  const field = draftFields(formId, form);
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
              {...field.value('streamId')}
              label={t('awards.fields.streamId')}
              options={choices}
              placeholder={t('form.choose')}
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
              {...field.value('requested')}
              kind="amount"
              label={t('awards.fields.requested')}
              hint={t('form.optional')}
            />
            <DateField
              {...field.value('appliedOn')}
              label={t('awards.fields.appliedOn')}
              hint={t('awards.hints.appliedOn')}
            />
          </div>
          <h3 className="form-section">{t('awards.sections.decision')}</h3>
          <div className="form-grid">
            {decided && (
              <TextField
                {...field.value('granted')}
                kind="amount"
                label={t('awards.fields.granted')}
                hint={t('awards.hints.granted')}
              />
            )}
            <DateField {...field.value('decidedOn')} label={t('awards.fields.decidedOn')} />
            <TextField
              {...field.value('reference')}
              label={t('awards.fields.reference')}
              hint={t('awards.hints.reference')}
              maxLength={2000}
            />
            <DateField
              {...field.value('reportDue')}
              label={t('awards.fields.reportDue')}
              hint={t('awards.hints.reportDue')}
            />
          </div>
          {!decided && <p className="field__hint">{t('awards.hints.grantedNotYet')}</p>}
          <TextAreaField
            {...field.value('note')}
            label={t('awards.fields.note')}
            hint={t('form.optional')}
            maxLength={2000}
          />
        </div>
        <SaveCancelFooter
          onCancel={onClose}
          saving={form.saving}
          saveTestId="award-save"
          operation="plans.update"
        />
      </form>
    </Modal>
  );
}
