import { useTranslation } from 'react-i18next';
import { hrefOf, SCREENS, type Route, type Screen } from './routes';

function routeOf(screen: Screen): Route {
  return screen === 'plans' ? { screen, planId: null } : { screen };
}

export function Nav({ current }: { current: Screen }) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {SCREENS.map((screen) => (
          <li key={screen}>
            <a
              href={hrefOf(routeOf(screen))}
              className="nav__link"
              aria-current={screen === current ? 'page' : undefined}
              data-testid={`nav-${screen}`}
            >
              {t(`nav.${screen}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
