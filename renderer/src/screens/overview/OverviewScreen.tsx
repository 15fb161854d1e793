import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime, formatMoney, formatNumber, formatYearRange } from '../../domain/format';
import { cooperativesBySector, horizonOf, streamsByKind } from '../../domain/overview';
import { useLabels } from '../../i18n/useLabels';
import { useLang } from '../../i18n/useLang';
import { useWorkspaceData } from '../../state/workspaceContext';
import { Fact } from '../shared/Fact';
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
            <Fact term={t('overview.totalPlanCost')} className="figure" testId="total-plan-cost">
              {formatMoney(info.totalPlanCost, locale)}
            </Fact>
            <Fact
              term={t('overview.budgetFirstYear', { year: info.startYear })}
              className="figure"
              testId="budget-first-year"
              note={
                info.unlimitedStreams > 0
                  ? t('overview.unlimitedStreams', { count: info.unlimitedStreams })
                  : undefined
              }
            >
              {formatMoney(info.budgetFirstYear, locale)}
            </Fact>
          </dl>
        </Panel>

        <Panel title={t('overview.workspaceTitle')} titleId="workspace-title">
          <dl className="facts facts--stacked">
            <Fact term={t('overview.municipality')} dir="auto">
              {info.municipality === '' ? t('common.notSet') : info.municipality}
            </Fact>
            <Fact term={t('overview.horizon')}>
              {t('overview.horizonValue', {
                range: formatYearRange(horizon.first, horizon.last),
                count: info.horizonYears,
              })}
            </Fact>
            <Fact term={t('overview.lastSaved')}>{saved ?? t('header.neverSaved')}</Fact>
            <Fact term={t('overview.file')} dir="auto" title={info.path} className="break">
              {info.fileName}
            </Fact>
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
