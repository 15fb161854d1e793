import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperativeJson } from '../../../../src/model/cooperative';
import { ConfirmFooter } from '../../components/ConfirmFooter';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RadioGroup } from '../../components/form/choices';
import { SelectField } from '../../components/form/inputs';
import { Modal } from '../../components/Modal';
import { cooperativeDelete, moveTargets, plansOf, type PlanAction } from '../../domain/cooperativeDelete';
import { sentence } from '../../domain/format';
import { useWorkspace, useWorkspaceData } from '../../state/workspaceContext';

type Choice = 'move' | 'delete';

interface DeleteCooperativeDialogProps {
  row: CooperativeJson;
  onClose: () => void;
}

/**
 * Asks before deleting a cooperative. One with plans cannot simply go (the plans would
 * have no cooperative): the dialog names its plans and asks whether to move them to
 * another cooperative or delete them too; either way undo puts everything back.
 */
export function DeleteCooperativeDialog({ row, onClose }: DeleteCooperativeDialogProps) {
  const { t } = useTranslation();
  const formId = useId().replace(/:/g, '');
  const { perform, announce } = useWorkspace();
  const data = useWorkspaceData();
  const plans = plansOf(data.plans, row.id);
  const targets = moveTargets(data.cooperatives, row.id);
  const [choice, setChoice] = useState<Choice>(targets.length > 0 ? 'move' : 'delete');
  const [target, setTarget] = useState('');
  const [targetMissing, setTargetMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const action = (): PlanAction | null | undefined => {
    if (plans.length === 0) return undefined;
    if (choice === 'delete') return { action: 'delete' };
    return target === '' ? null : { action: 'move', to: target };
  };

  const confirm = async () => {
    const chosen = action();
    if (chosen === null) {
      setTargetMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await perform(cooperativeDelete(row.id, chosen));
    setBusy(false);
    if (!result.ok) {
      setError(sentence(result.error.message));
      return;
    }
    const targetName = targets.find((c) => c.id === target)?.name ?? '';
    announce(
      'success',
      plans.length === 0
        ? t('cooperatives.deleted', { name: row.name })
        : choice === 'move'
          ? t('cooperativeDelete.doneMoved', { name: row.name, count: plans.length, target: targetName })
          : t('cooperativeDelete.doneDeleted', { name: row.name, count: plans.length }),
    );
    onClose();
  };

  const planNames = plans.map((plan) => `“${plan.name}”`).join(', ');
  const confirmLabel =
    plans.length === 0
      ? t('common.delete')
      : choice === 'move'
        ? t('cooperativeDelete.confirmMove')
        : t('cooperativeDelete.confirmDelete', { count: plans.length });

  return (
    <Modal
      titleId={`${formId}-title`}
      title={t('cooperatives.deleteTitle')}
      onClose={onClose}
      // With plans there is a choice to make and a list to read: the wider dialog keeps both buttons in view.
      size={plans.length === 0 ? 'small' : 'large'}
      testId="delete-dialog"
    >
      <div className="modal__body">
        {plans.length === 0 ? (
          <p dir="auto">{t('cooperatives.deleteConfirm', { name: row.name })}</p>
        ) : (
          <>
            <p dir="auto" data-testid="cooperative-plans">
              {t('cooperativeDelete.hasPlans', { name: row.name, count: plans.length, plans: planNames })}
            </p>
            <RadioGroup
              formId={formId}
              name="planAction"
              legend={t('cooperativeDelete.question', { count: plans.length })}
              options={[
                ...(targets.length > 0
                  ? [{ value: 'move' as const, label: t('cooperativeDelete.move') }]
                  : []),
                { value: 'delete' as const, label: t('cooperativeDelete.delete', { count: plans.length }) },
              ]}
              value={choice}
              onChange={(value) => {
                setChoice(value);
                setTargetMissing(false);
              }}
              {...(targets.length === 0 ? { hint: t('cooperativeDelete.noOtherCooperative') } : {})}
            />
            {choice === 'move' && (
              <SelectField
                formId={formId}
                name="moveTo"
                label={t('cooperativeDelete.moveTo')}
                value={target}
                options={targets.map((c) => ({ value: c.id, label: c.name }))}
                placeholder={t('form.choose')}
                onChange={(value) => {
                  setTarget(value);
                  setTargetMissing(false);
                }}
                errors={targetMissing ? [t('cooperativeDelete.chooseTarget')] : []}
              />
            )}
            <p className="field__hint">{t('cooperativeDelete.undoHint')}</p>
          </>
        )}
        <ErrorAlert message={error} testId="confirm-error" />
      </div>
      {/* A failure leaves the choice open: the user may pick another target and try again. */}
      <ConfirmFooter
        confirmLabel={confirmLabel}
        danger
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={onClose}
      />
    </Modal>
  );
}
