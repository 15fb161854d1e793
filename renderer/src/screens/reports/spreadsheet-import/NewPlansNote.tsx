import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../src/contract/import-operations';
import { scenarioNames } from '../../../domain/planScenarios';
import { useWorkspaceData } from '../../../state/workspaceContext';

/** Says, before anything is written, which plans a cost-line import makes and which scenarios they join. */
export function NewPlansNote({ newPlans }: { newPlans: ImportPreview['newPlans'] }) {
  const { t } = useTranslation();
  const { scenarios } = useWorkspaceData();
  if (newPlans.length === 0) return null;
  // Every new plan joins the same scenarios: those that held all plans before the import.
  const joined = scenarioNames(scenarios, newPlans[0]?.scenarios ?? []);
  return (
    <p data-testid="spreadsheet-new-plans">
      {t('spreadsheetImport.newPlans', {
        count: newPlans.length,
        names: newPlans.map((plan) => `“${plan.name}”`).join(', '),
      })}{' '}
      {joined.length > 0 && t('spreadsheetImport.newPlansJoin', { scenarios: joined.join(', ') })}
    </p>
  );
}
