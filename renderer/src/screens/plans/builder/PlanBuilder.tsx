import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanJson } from '../../../../../src/model/plan';
import type { CostCategory } from '../../../../../src/model/stream';
import { hrefOf } from '../../../app/routes';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { PageHeading } from '../../../components/PageHeading';
import { streamIdsFor } from '../../../domain/candidates';
import { gridLayout, heldInLayout } from '../../../domain/costGrid';
import {
  addCostLine,
  lockCell,
  removeCostLine,
  unlockCell,
  updateCostLine,
  type CellKey,
  type CostLineChange,
} from '../../../domain/planEdits';
import { scenariosWithPlan } from '../../../domain/planScenarios';
import { useCan } from '../../../session/sessionContext';
import { useWorkspace, useWorkspaceData } from '../../../state/workspaceContext';
import { AnalysisRegion } from '../../analysis/AnalysisRegion';
import { BackLink } from '../BackLink';
import { ImpactLinesSection } from '../impact/ImpactLinesSection';
import { AwardsSection } from '../awards/AwardsSection';
import { DeletePlanDialog } from '../DeletePlanDialog';
import { PlanHeadingActions } from '../PlanHeadingActions';
import { usePlanActions } from '../usePlanActions';
import { AddCostLine } from './AddCostLine';
import { CandidatePicker } from './CandidatePicker';
import { CostGrid } from './CostGrid';
import { EditCostLineDialog } from './EditCostLineDialog';
import { PlanDetails } from './PlanDetails';
import { PlanSummaryBar } from './PlanSummaryBar';
import { useCandidateChoice } from './useCandidateChoice';
import { heldEntriesKey, useHeldEntries } from './useHeldEntries';
import { useLeaveGuard } from './useLeaveGuard';
import { usePlanAnalysis } from './usePlanAnalysis';
import { usePlanNames } from './usePlanNames';
import { usePlanSaver } from './usePlanSaver';
import { HistoryPanel } from '../../history/HistoryPanel';
import '../plans.css';

const samePlan = (a: PlanJson, b: PlanJson) => a === b || JSON.stringify(a) === JSON.stringify(b);

// The results bring Recharts, the largest part of the bundle; loaded when a plan is first opened.
const PlanResults = lazy(() => import('./PlanResults').then((module) => ({ default: module.PlanResults })));

/**
 * The plan builder: the plan's facts, costs and revenues edited in a grid, every saved
 * change blended again in the host, the key figures kept in view above it all, and the
 * results (figures, charts, allocation, explanations) below. Mounted per plan (keyed
 * by id), so nothing carries over between plans.
 */
export function PlanBuilder({ plan }: { plan: PlanJson }) {
  const { t } = useTranslation();
  const { announce } = useWorkspace();
  const data = useWorkspaceData();
  const saver = usePlanSaver(plan);
  const actions = usePlanActions();
  const can = useCan();
  const [choice, setChoice] = useCandidateChoice(data.info.path, plan.id);
  const streamIds = streamIdsFor(choice, new Set(data.streams.map((stream) => stream.id)));
  const analysis = usePlanAnalysis(plan, saver.shown, streamIds, data);
  const [heldEntries, updateHeld] = useHeldEntries(heldEntriesKey(data.info.path, plan.id));
  // Only entries whose cell is still in the grid count; a removed line took its entries with it.
  const heldCount = heldInLayout(heldEntries, gridLayout(saver.shown)).length;
  const guard = useLeaveGuard(heldCount > 0);
  const [editingLine, setEditingLine] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const listing = scenariosWithPlan(data.scenarios, plan.id);
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const portfolioScenario = listing.find((s) => s.id === scenarioId) ?? listing[0] ?? null;
  const names = usePlanNames(data);
  // The summary's portfolio row and the locks wait for the save too; the results are
  // current as soon as the blend of the plan as shown (a draft while saving) is in.
  const updating = analysis.updating || saver.saving;
  // While a new blend is on its way the old one stays on screen; its charts must be drawn
  // against the plan it was computed for, not against years or lines it never saw.
  // Once saved, the stored plan equals the draft that was blended: the charts keep the
  // draft's object, so the reload after a save does not draw them again.
  const [analysedPlan, setAnalysedPlan] = useState(saver.shown);
  if (!analysis.updating && analysis.value !== null && !samePlan(analysedPlan, saver.shown)) {
    setAnalysedPlan(saver.shown);
  }
  const resultsPlan = analysedPlan;
  const lineBeingEdited = saver.shown.costs.find((cost) => cost.id === editingLine) ?? null;

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

  const editLine = async (costId: string, change: CostLineChange) => {
    const result = await saver.save((current) => updateCostLine(current, costId, change));
    if (!result.ok) return result.error.message;
    announce('success', t('builder.lineChanged', { label: change.label }));
    return null;
  };

  const toggleLock = (cell: CellKey, amount: number, locked: boolean) => {
    void saver
      .save((current) => (locked ? unlockCell(current, cell) : lockCell(current, cell, amount)))
      .then((result) => {
        if (!result.ok) announce('error', result.error.message);
      });
  };

  const deletePlan = async () => {
    const problem = await actions.remove(plan);
    if (problem === null) {
      updateHeld(() => []);
      window.location.hash = hrefOf({ screen: 'plans', planId: null });
    }
    return problem;
  };

  return (
    <>
      <BackLink />
      <PageHeading
        title={plan.name}
        intro={t('builder.intro')}
        actions={
          <PlanHeadingActions
            onCopy={can('plans.create') ? () => void actions.copy(plan) : undefined}
            onDelete={can('plans.delete') ? () => setDeleting(true) : undefined}
          />
        }
      />
      <PlanSummaryBar
        planId={plan.id}
        analysis={analysis.value}
        updating={updating}
        scenarios={listing}
        scenarioId={portfolioScenario?.id ?? null}
        onScenarioChange={setScenarioId}
        lastSavedAt={data.info.lastSavedAt}
        heldCount={heldCount}
      />
      <PlanDetails saver={saver} />

      <section aria-labelledby="plan-costs-title" className="builder-costs">
        <h2 id="plan-costs-title" className="section-title" tabIndex={-1}>
          {t('builder.gridTitle')}
        </h2>
        <CostGrid
          saver={saver}
          stored={plan}
          held={{ entries: heldEntries, update: updateHeld }}
          onEditLine={setEditingLine}
          onRemoveLine={(id, label) => void removeLine(id, label)}
        />
        {can('plans.update') && <AddCostLine onAdd={addLine} />}
      </section>

      <ImpactLinesSection saver={saver} />
      <AwardsSection saver={saver} outcomes={analysis.value?.awards ?? null} />

      <CandidatePicker
        eligibleIds={analysis.value?.eligibleStreamIds ?? null}
        streams={data.streams}
        choice={choice}
        onChange={setChoice}
      />

      <AnalysisRegion
        titleId="plan-analysis-title"
        title={t('builder.analysisTitle')}
        updating={analysis.updating}
        error={analysis.error}
        hasValue={analysis.value !== null}
        onRetry={analysis.retry}
        computingText={t('analysis.computing')}
        testId="plan-analysis"
      >
        <p className="field__hint builder-standalone-note">{t('builder.standaloneNote')}</p>
        {analysis.value !== null && (
          <Suspense fallback={<p className="muted">{t('analysis.computing')}</p>}>
            <PlanResults
              analysis={analysis.value}
              plan={resultsPlan}
              shown={saver.shown}
              names={names}
              updating={updating}
              onToggleLock={toggleLock}
            />
          </Suspense>
        )}
      </AnalysisRegion>
      <HistoryPanel entity="plan" id={plan.id} record={plan} />

      {lineBeingEdited !== null && (
        <EditCostLineDialog
          line={lineBeingEdited}
          onSave={(change) => editLine(lineBeingEdited.id, change)}
          onClose={() => setEditingLine(null)}
        />
      )}
      {deleting && <DeletePlanDialog plan={plan} onConfirm={deletePlan} onClose={() => setDeleting(false)} />}
      {guard.pendingHref !== null && (
        <ConfirmDialog
          title={t('builder.leaveTitle')}
          message={t('builder.leaveMessage', { count: heldCount })}
          confirmLabel={t('builder.leaveConfirm')}
          danger
          onConfirm={() => {
            updateHeld(() => []);
            guard.leave();
            return Promise.resolve(null);
          }}
          onClose={guard.stay}
          testId="leave-dialog"
        />
      )}
    </>
  );
}
