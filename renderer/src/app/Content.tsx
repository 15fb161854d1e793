import { useTranslation } from 'react-i18next';
import { CooperativePage } from '../screens/cooperatives/CooperativePage';
import { CooperativesScreen } from '../screens/cooperatives/CooperativesScreen';
import { IndicatorsScreen } from '../screens/indicators/IndicatorsScreen';
import { OverviewScreen } from '../screens/overview/OverviewScreen';
import { PlansScreen } from '../screens/plans/PlansScreen';
import { PortfolioScreen } from '../screens/portfolio/PortfolioScreen';
import { ProcurementScreen } from '../screens/procurement/ProcurementScreen';
import { ReportsScreen } from '../screens/reports/ReportsScreen';
import { ScenariosScreen } from '../screens/scenarios/ScenariosScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { StreamsScreen } from '../screens/streams/StreamsScreen';
import { WeekScreen } from '../screens/week/WeekScreen';
import { useWorkspace } from '../state/workspaceContext';
import { LoadFailed } from './LoadFailed';
import type { Route } from './routes';

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'overview':
      return <OverviewScreen />;
    case 'week':
      return <WeekScreen />;
    case 'cooperatives':
      return route.cooperativeId === undefined ? (
        <CooperativesScreen />
      ) : (
        <CooperativePage key={route.cooperativeId} cooperativeId={route.cooperativeId} />
      );
    case 'streams':
      return <StreamsScreen />;
    case 'plans':
      return <PlansScreen planId={route.planId} />;
    case 'indicators':
      return <IndicatorsScreen />;
    case 'portfolio':
      return <PortfolioScreen />;
    case 'procurement':
      return <ProcurementScreen />;
    case 'scenarios':
      return <ScenariosScreen />;
    case 'reports':
      return <ReportsScreen />;
    case 'settings':
      return <SettingsScreen />;
    default: {
      const never: never = route;
      return never;
    }
  }
}

/** The current screen once the workspace is loaded; otherwise why it is not (yet). */
export function Content({ route }: { route: Route }) {
  const { t } = useTranslation();
  const { load, refreshError, reload } = useWorkspace();
  if (load.status === 'loading') {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (load.status === 'failed') return <LoadFailed error={load.error} reload={reload} />;
  return (
    <>
      {refreshError !== null && (
        <div className="alert alert--error refresh-error" role="alert">
          <span dir="auto">{t('app.refreshFailed', { message: refreshError.message })}</span>
          <button type="button" className="button button--small" onClick={() => void reload()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      <Screen route={route} />
    </>
  );
}
