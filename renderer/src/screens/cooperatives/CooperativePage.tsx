import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperativeJson } from '../../../../src/model/cooperative';
import { api } from '../../api';
import { hrefOf } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { SelectField } from '../../components/form/inputs';
import { Icon } from '../../components/Icon';
import { PageHeading } from '../../components/PageHeading';
import { formatNumber } from '../../domain/format';
import { useLabels } from '../../i18n/useLabels';
import { useLang } from '../../i18n/useLang';
import { useCan } from '../../session/sessionContext';
import { useLatestRequest } from '../../state/useLatestRequest';
import { useWorkspaceData } from '../../state/workspaceContext';
import { CooperativeContribution } from './CooperativeContribution';
import { CooperativeEditor } from './CooperativeEditor';
import { CooperativeFunding } from './CooperativeFunding';
import { CooperativePlans } from './CooperativePlans';
import { HistoryPanel } from '../history/HistoryPanel';
import './cooperative-page.css';
import './cooperatives.css';

const analyse = (input: { cooperativeId: string; scenarioId: string }) => api.cooperatives.analysis(input);

function BackToList() {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={hrefOf({ screen: 'cooperatives' })} data-testid="cooperatives-back">
      <Icon name="back" />
      {t('cooperativePage.back')}
    </a>
  );
}

/** Who the cooperative is, in a line of facts under its name. */
function Facts({ cooperative }: { cooperative: CooperativeJson }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useLabels();
  const facts = [
    { key: 'sector', value: labels.sector(cooperative.sector) },
    { key: 'district', value: cooperative.district ?? '' },
    { key: 'stage', value: labels.stage(cooperative.stage) },
    { key: 'members', value: formatNumber(cooperative.members, locale) },
    { key: 'partnership', value: labels.partnership(cooperative.partnership ?? 'none') },
    { key: 'coach', value: cooperative.coach ?? '' },
  ].filter((fact) => fact.value !== '');
  return (
    <dl className="cooperative-page__facts" data-testid="cooperative-facts">
      {facts.map((fact) => (
        <div key={fact.key}>
          <dt>{t(`cooperatives.columns.${fact.key as 'sector'}`)}</dt>
          <dd dir="auto">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The analyses of the chosen scenario: asked again on every save, as the portfolio screen does. */
function ScenarioSections({ cooperative, scenarioId }: { cooperative: CooperativeJson; scenarioId: string }) {
  const { t } = useTranslation();
  const data = useWorkspaceData();
  const { lang } = useLang();
  const scenario = data.scenarios.find((s) => s.id === scenarioId);
  const plans = data.plans.filter((p) => p.cooperativeId === cooperative.id);
  const key = JSON.stringify([cooperative.id, scenarioId, data.info.lastSavedAt, lang]);
  const analysis = useLatestRequest(analyse, { cooperativeId: cooperative.id, scenarioId }, key);
  if (scenario === undefined) return null;
  return (
    <>
      <section className="cooperative-page__section" aria-labelledby="cooperative-plans-title">
        <h2 id="cooperative-plans-title" className="section-title">
          {t('cooperativePage.plansTitle')}
        </h2>
        <CooperativePlans plans={plans} analysis={analysis.value} scenarioPlanIds={new Set(scenario.plans)} />
      </section>
      <div className="cooperative-page__section">
        <CooperativeFunding scenarioName={scenario.name} plans={plans} analysis={analysis} />
      </div>
      <div className="cooperative-page__section">
        <CooperativeContribution scenario={scenario} cooperativeId={cooperative.id} />
      </div>
    </>
  );
}

/**
 * One cooperative's page (#/cooperaties/<id>): its plans, funding per silo, de minimis
 * room, awards, cash position and its own Doughnut under a scenario the user picks
 * (first: the first scenario holding one of its plans). Editing is one button away.
 */
export function CooperativePage({ cooperativeId }: { cooperativeId: string }) {
  const { t } = useTranslation();
  const data = useWorkspaceData();
  const formId = useId().replace(/:/g, '');
  // The record as the editor opened it: a reload (a colleague's change, live) must not
  // move the version the editor's save expects, or their change would be overwritten unasked.
  const [editing, setEditing] = useState<CooperativeJson | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const mayEdit = useCan()('cooperatives.update');
  const cooperative = data.cooperatives.find((c) => c.id === cooperativeId);
  if (cooperative === undefined) {
    return (
      <>
        <BackToList />
        <PageHeading title={t('cooperativePage.notFoundTitle')} />
        <EmptyState
          text={t('cooperativePage.notFound', { id: cooperativeId })}
          testId="cooperative-not-found"
        />
      </>
    );
  }
  const planIds = new Set(data.plans.filter((p) => p.cooperativeId === cooperative.id).map((p) => p.id));
  const holding = data.scenarios.find((s) => s.plans.some((id) => planIds.has(id)));
  const scenario = data.scenarios.find((s) => s.id === chosen) ?? holding ?? data.scenarios[0];

  return (
    <>
      <BackToList />
      <PageHeading
        title={cooperative.name}
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing(cooperative)}
            data-testid="edit-cooperative"
          >
            {/* A role that may not edit opens the same editor to read, its fields disabled. */}
            <Icon name={mayEdit ? 'edit' : 'eye'} />
            {mayEdit ? t('cooperativePage.edit') : t('common.view')}
          </button>
        }
      />
      <Facts cooperative={cooperative} />
      {scenario === undefined ? (
        <>
          <CooperativePlans
            plans={data.plans.filter((p) => planIds.has(p.id))}
            analysis={null}
            scenarioPlanIds={new Set()}
          />
          <EmptyState text={t('cooperativePage.noScenarios')} testId="cooperative-no-scenarios" />
        </>
      ) : (
        <>
          <div className="scenario-picker">
            <SelectField
              formId={formId}
              name="scenario"
              label={t('cooperativePage.scenario')}
              value={scenario.id}
              options={data.scenarios.map((s) => ({ value: s.id, label: s.name }))}
              onChange={(id) => setChosen(id === '' ? null : id)}
            />
          </div>
          {/* Keyed: another scenario starts afresh, never with the previous one's figures. */}
          <ScenarioSections key={scenario.id} cooperative={cooperative} scenarioId={scenario.id} />
        </>
      )}
      <HistoryPanel entity="cooperative" id={cooperative.id} record={cooperative} />
      {editing !== null && (
        <CooperativeEditor
          original={editing}
          latest={cooperative.id === editing.id ? cooperative : undefined}
          takenIds={new Set(data.cooperatives.map((c) => c.id))}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
