import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime, formatMoney, formatNumber, formatYearRange } from '../../domain/format';
import { cooperativesBySector, horizonOf, streamsByKind } from '../../domain/overview';
import { useLabels } from '../../i18n/useLabels';
import { useLang } from '../../i18n/useLang';
import { useWorkspaceData } from '../../state/workspaceContext';
import { Panel } from '../shared/Panel';
import { Breakdown } from './Breakdown';
import { CoachingHours } from './CoachingHours';
import { Pipeline } from './Pipeline';

const COUNT_KEYS = ['cooperatives', 'fundingStreams', 'silos', 'plans', 'indicators', 'scenarios'] as const;

export function OverviewScreen() {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useLabels();
  const data = useWorkspaceData();
  const { info } = data;
  const horizon = horizonOf(info.startYear, info.horizonYears);
  const saved = info.lastSavedAt === null ? null : formatDateTime(info.lastSavedAt, locale);

  return (
    <>
      <PageHeading title={t('overview.title')} intro={t('overview.intro')} />
      <ul className="stat-grid" aria-label={t('overview.countsLabel')}>
        {COUNT_KEYS.map((key) => (
          <li key={key} className="stat" data-testid={`count-${key}`}>
            <span className="stat__value">{formatNumber(info.counts[key], locale)}</span>
            <span className="stat__label">{t(`overview.counts.${key}`, { count: info.counts[key] })}</span>
          </li>
        ))}
      </ul>

      <div className="overview-columns">
        <Panel title={t('overview.moneyTitle')} titleId="money-title">
          <dl className="facts facts--stacked">
            <div>
              <dt>{t('overview.totalPlanCost')}</dt>
              <dd className="figure" data-testid="total-plan-cost">
                {formatMoney(info.totalPlanCost, locale)}
              </dd>
            </div>
            <div>
              <dt>{t('overview.budgetFirstYear', { year: info.startYear })}</dt>
              <dd className="figure" data-testid="budget-first-year">
                {formatMoney(info.budgetFirstYear, locale)}
              </dd>
              {info.unlimitedStreams > 0 && (
                <dd className="facts__note">
                  {t('overview.unlimitedStreams', { count: info.unlimitedStreams })}
                </dd>
              )}
            </div>
          </dl>
        </Panel>

        <Panel title={t('overview.workspaceTitle')} titleId="workspace-title">
          <dl className="facts facts--stacked">
            <div>
              <dt>{t('overview.municipality')}</dt>
              <dd dir="auto">{info.municipality === '' ? t('common.notSet') : info.municipality}</dd>
            </div>
            <div>
              <dt>{t('overview.horizon')}</dt>
              <dd>
                {t('overview.horizonValue', {
                  range: formatYearRange(horizon.first, horizon.last),
                  count: info.horizonYears,
                })}
              </dd>
            </div>
            <div>
              <dt>{t('overview.lastSaved')}</dt>
              <dd>{saved ?? t('header.neverSaved')}</dd>
            </div>
            <div>
              <dt>{t('overview.file')}</dt>
              <dd dir="auto" title={info.path} className="break">
                {info.fileName}
              </dd>
            </div>
          </dl>
        </Panel>
      </div>

      <div className="overview-columns">
        <Breakdown
          id="by-sector"
          title={t('overview.bySector')}
          labelHeader={t('cooperatives.columns.sector')}
          rows={cooperativesBySector(data.cooperatives)}
          labelOf={labels.sector}
          empty={t('overview.noCooperatives')}
        />
        <Breakdown
          id="by-kind"
          title={t('overview.byKind')}
          labelHeader={t('streams.columns.kind')}
          rows={streamsByKind(data.streams)}
          labelOf={labels.streamKind}
          empty={t('overview.noStreams')}
        />
      </div>

      <div className="overview-columns">
        <Pipeline cooperatives={data.cooperatives} />
      </div>
      <div className="overview-columns">
        <CoachingHours cooperatives={data.cooperatives} />
      </div>
    </>
  );
}
