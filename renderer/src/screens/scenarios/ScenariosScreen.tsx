import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';
import { nameById } from '../../domain/plans';
import { useWorkspaceData } from '../../state/workspaceContext';
import { ScenarioCard } from './ScenarioCard';

export function ScenariosScreen() {
  const { t } = useTranslation();
  const data = useWorkspaceData();
  const names = {
    plan: nameById(data.plans, (p) => p.name),
    stream: nameById(data.streams, (s) => s.name),
    indicator: nameById(data.indicators, (i) => i.label),
  };
  const unitOf = (id: string) => data.indicators.find((i) => i.id === id)?.unit ?? '';
  const planIds = new Set(data.plans.map((p) => p.id));
  return (
    <>
      <PageHeading title={t('scenarios.title')} intro={t('scenarios.intro')} />
      {data.scenarios.length === 0 ? (
        <EmptyState text={t('scenarios.empty')} testId="scenarios-empty" />
      ) : (
        <div className="cards">
          {data.scenarios.map((scenario) => (
            <ScenarioCard
              key={scenario.id}
              scenario={scenario}
              names={names}
              unitOf={unitOf}
              planExists={(id) => planIds.has(id)}
            />
          ))}
        </div>
      )}
    </>
  );
}
