import { useTranslation } from 'react-i18next';
import type { PlanJson } from '../../../../src/model/plan';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { scenariosWithPlan } from '../../domain/planScenarios';
import { useWorkspaceData } from '../../state/workspaceContext';

interface DeletePlanDialogProps {
  plan: PlanJson;
  /** Resolves to an error message to show, or null when deleted. */
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
}

/** Asks before deleting a plan, naming the scenarios it is taken out of (undo puts it back in them). */
export function DeletePlanDialog({ plan, onConfirm, onClose }: DeletePlanDialogProps) {
  const { t } = useTranslation();
  const { scenarios } = useWorkspaceData();
  const listing = scenariosWithPlan(scenarios, plan.id).map((s) => s.name);
  const message =
    listing.length === 0
      ? t('planActions.deleteConfirm', { name: plan.name })
      : t('planActions.deleteConfirmScenarios', {
          name: plan.name,
          count: listing.length,
          names: listing.join(', '),
        });
  return (
    <ConfirmDialog
      title={t('planActions.deleteTitle')}
      message={message}
      confirmLabel={t('common.delete')}
      danger
      onConfirm={onConfirm}
      onClose={onClose}
      testId="delete-plan-dialog"
    />
  );
}
