import { useTranslation } from 'react-i18next';
import { MAIN_HEADING_ID } from '../components/focus';
import { CooperativesScreen } from '../screens/cooperatives/CooperativesScreen';
import { OverviewScreen } from '../screens/overview/OverviewScreen';
import { PlansScreen } from '../screens/plans/PlansScreen';
import { PortfolioScreen } from '../screens/portfolio/PortfolioScreen';
import { ReportsScreen } from '../screens/reports/ReportsScreen';
import { ScenariosScreen } from '../screens/scenarios/ScenariosScreen';
import { StreamsScreen } from '../screens/streams/StreamsScreen';
import { useWorkspace } from '../state/workspaceContext';
import type { Route } from './routes';

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'overview':
      return <OverviewScreen />;
    case 'cooperatives':
      return <CooperativesScreen />;
    case 'streams':
      return <StreamsScreen />;
    case 'plans':
      return <PlansScreen planId={route.planId} />;
    case 'portfolio':
      return <PortfolioScreen />;
    case 'scenarios':
      return <ScenariosScreen />;
    case 'reports':
      return <ReportsScreen />;
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
  if (load.status === 'failed') {
    return (
      <div className="load-error" data-testid="load-error">
        <h1 id={MAIN_HEADING_ID} tabIndex={-1}>
          {t('app.loadFailedTitle')}
        </h1>
        <p className="alert alert--error" role="alert" dir="auto">
          {load.error.message}
        </p>
        <button type="button" className="button button--primary" onClick={() => void reload()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
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
