import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIN_HEADING_ID } from '../components/focus';
import { SessionGate } from '../session/SessionGate';
import { WorkspaceProvider } from '../state/WorkspaceProvider';
import { Content } from './Content';
import { Header } from './Header';
import { LocationWarning } from './LocationWarning';
import { Nav } from './Nav';
import { Notices } from './Notices';
import { hrefOf } from './routes';
import { useRoute } from './useRoute';
import { useUndoShortcuts } from './useUndoShortcuts';

function Shell() {
  const { t } = useTranslation();
  const route = useRoute();
  const routeKey = hrefOf(route);
  const previousRoute = useRef(routeKey);
  useUndoShortcuts();

  useEffect(() => {
    document.title = `${t(`nav.${route.screen}`)} \u2013 ${t('app.name')}`;
  }, [route.screen, t]);

  useEffect(() => {
    // After navigating, start on the new screen's heading (as a page load would), not on the old link.
    if (previousRoute.current === routeKey) return;
    previousRoute.current = routeKey;
    document.getElementById(MAIN_HEADING_ID)?.focus();
  }, [routeKey]);

  return (
    <>
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        {t('app.skipToContent')}
      </button>
      <Header />
      <LocationWarning />
      <div className="layout">
        <Nav current={route.screen} />
        <main id="main" className="main" tabIndex={-1}>
          <Content route={route} />
        </main>
      </div>
      <Notices />
    </>
  );
}

export function App() {
  return (
    <SessionGate>
      <WorkspaceProvider>
        <Shell />
      </WorkspaceProvider>
    </SessionGate>
  );
}
