import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanJson } from '../../../../../src/model/plan';
import type { CostCategory } from '../../../../../src/model/stream';
import { PageHeading } from '../../../components/PageHeading';
import { streamIdsFor } from '../../../domain/candidates';
import { formatYearRange } from '../../../domain/format';
import { addCostLine, lockCell, removeCostLine, unlockCell, type CellKey } from '../../../domain/planEdits';
import { nameById, planLastYear } from '../../../domain/plans';
import { useWorkspace, useWorkspaceData } from '../../../state/workspaceContext';
import { AnalysisRegion } from '../../analysis/AnalysisRegion';
import { BackLink } from '../BackLink';
import { AddCostLine } from './AddCostLine';
import { CandidatePicker } from './CandidatePicker';
import { CostGrid } from './CostGrid';
import { useCandidateChoice } from './useCandidateChoice';
import { usePlanAnalysis } from './usePlanAnalysis';
import { usePlanSaver } from './usePlanSaver';

// The results bring Recharts, the largest part of the bundle; loaded when a plan is first opened.
const PlanResults = lazy(() => import('./PlanResults').then((module) => ({ default: module.PlanResults })));

/**
 * The plan builder: costs and revenues edited in a grid, every saved change blended
 * again in the host, and the results (figures, charts, allocation, explanations)
 * beside it. Mounted per plan (keyed by id), so nothing carries over between plans.
 */
export function PlanBuilder({ plan }: { plan: PlanJson }) {
  const { t } = useTranslation();
  const { announce } = useWorkspace();
  const data = useWorkspaceData();
  const saver = usePlanSaver(plan);
  const [choice, setChoice] = useCandidateChoice(data.info.path, plan.id);
  const streamIds = streamIdsFor(choice, new Set(data.streams.map((stream) => stream.id)));
  const analysis = usePlanAnalysis(plan, streamIds, data.info.lastSavedAt);
  const names = {
    stream: nameById(data.streams, (stream) => stream.name),
    plan: nameById(data.plans, (p) => p.name),
  };
  const cooperative = nameById(data.cooperatives, (c) => c.name)(plan.cooperativeId);
  const updating = analysis.updating || saver.saving;

  const removeLine = async (costId: string, label: string) => {
    const result = await saver.save((current) => removeCostLine(current, costId));
    if (result.ok) announce('success', t('builder.lineRemoved', { label }));
    else announce('error', result.error.message);
    // The button that had focus is gone with its line; the grid's heading is the nearest place to resume.
    document.getElementById('plan-costs-title')?.focus();
  };

  const addLine = async (category: CostCategory, label: string) => {
    const result = await saver.save((current) => addCostLine(current, category, label));
    if (!result.ok) return result.error.message;
    announce('success', t('builder.lineAdded', { label }));
    return null;
  };

  const toggleLock = (cell: CellKey, amount: number, locked: boolean) => {
    void saver
      .save((current) => (locked ? unlockCell(current, cell) : lockCell(current, cell, amount)))
      .then((result) => {
        if (!result.ok) announce('error', result.error.message);
      });
  };

  return (
    <>
      <BackLink />
      <PageHeading title={plan.name} intro={t('builder.intro')} />
      <dl className="facts" data-testid="plan-facts">
        <div>
          <dt>{t('plans.columns.cooperative')}</dt>
          <dd dir="auto">{cooperative}</dd>
        </div>
        <div>
          <dt>{t('plans.columns.years')}</dt>
          <dd>{formatYearRange(plan.startYear, planLastYear(plan))}</dd>
        </div>
      </dl>

      <section aria-labelledby="plan-costs-title" className="builder-costs">
        <h2 id="plan-costs-title" className="section-title" tabIndex={-1}>
          {t('builder.gridTitle')}
        </h2>
        <CostGrid saver={saver} stored={plan} onRemoveLine={(id, label) => void removeLine(id, label)} />
        <AddCostLine onAdd={addLine} />
      </section>

      <CandidatePicker
        eligibleIds={analysis.value?.eligibleStreamIds ?? null}
        streams={data.streams}
        choice={choice}
        onChange={setChoice}
      />

      <AnalysisRegion
        titleId="plan-analysis-title"
        title={t('analysis.title')}
        updating={updating}
        error={analysis.error}
        hasValue={analysis.value !== null}
        onRetry={analysis.retry}
        computingText={t('analysis.computing')}
        testId="plan-analysis"
      >
        {analysis.value !== null && (
          <Suspense fallback={<p className="muted">{t('analysis.computing')}</p>}>
            <PlanResults
              analysis={analysis.value}
              plan={plan}
              shown={saver.shown}
              names={names}
              updating={updating}
              onToggleLock={toggleLock}
            />
          </Suspense>
        )}
      </AnalysisRegion>
    </>
  );
}
