import { useTranslation } from 'react-i18next';
import { siloLabel } from '../../../../../src/model/silo';
import type { ScenarioRun } from '../../../domain/impact/types';
import { formatMoney, formatNumber, formatPercent, formatSignificant } from '../../../domain/format';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { useLabels } from '../../../i18n/useLabels';
import { DataTable } from '../../../components/table/DataTable';
import { useLang } from '../../../i18n/useLang';

type Desiloing = NonNullable<ScenarioRun['desiloing']>;

interface DesiloingPanelProps {
  desiloing: Desiloing;
  planName: (id: string) => string;
}

/**
 * Ontschotting: what pooling the chosen silos does against the same scenario with every
 * stream in its silo: the gap closed (total and per plan) and the Doughnut gained per
 * dimension, with the pools it made and the streams it left alone.
 */
export function DesiloingPanel({ desiloing, planName }: DesiloingPanelProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const names = useDoughnutLabels();
  const labels = useLabels();
  const money = (euros: number) => formatMoney(euros, locale, true);
  const percent = (share: number) => formatPercent(share, locale, 1);
  const points = (share: number) => formatSignificant(share * 100, locale, 2, true);
  return (
    <section aria-labelledby="desiloing-title" data-testid="desiloing-results">
      <h3 id="desiloing-title" className="section-title">
        {t('desiloing.title')}
      </h3>
      <p className="field__hint">
        {t('desiloing.intro', { silos: desiloing.silos.map(siloLabel).join(', ') })}
      </p>
      <dl className="facts" data-testid="desiloing-gap">
        <div>
          <dt>{t('desiloing.gapSiloed')}</dt>
          <dd className="num">{money(desiloing.gapSiloed)}</dd>
        </div>
        <div>
          <dt>{t('desiloing.gapPooled')}</dt>
          <dd className="num">{money(desiloing.gapPooled)}</dd>
        </div>
        <div>
          <dt>{t('desiloing.gapClosed')}</dt>
          <dd className="num" data-testid="desiloing-gap-closed">
            {money(desiloing.gapClosed)}
          </dd>
        </div>
      </dl>
      <ul className="plain-list" data-testid="desiloing-pools">
        {desiloing.pools.map((pool) => (
          <li key={pool.id}>
            {t('desiloing.pool', {
              kind: labels.streamKind(pool.kind),
              members: pool.members.map((m) => `${m.name} (${siloLabel(m.silo)})`).join(', '),
            })}
          </li>
        ))}
        {desiloing.kept.map((kept) => (
          <li key={kept.id} className="muted">
            {t(`desiloing.kept.${kept.reason}`, { name: kept.name })}
          </li>
        ))}
      </ul>
      <DataTable
        regionLabelledBy="desiloing-plans-caption"
        className="table table--compact"
        testId="desiloing-plans"
        caption={<caption id="desiloing-plans-caption">{t('desiloing.plansCaption')}</caption>}
        columns={[
          { label: t('desiloing.columns.plan') },
          { label: t('desiloing.gapSiloed'), num: true },
          { label: t('desiloing.gapPooled'), num: true },
          { label: t('desiloing.gapClosed'), num: true },
        ]}
      >
        <tbody>
          {desiloing.plans.map((plan) => (
            <tr key={plan.planId}>
              <th scope="row">{planName(plan.planId)}</th>
              <td className="num">{money(plan.gapSiloed)}</td>
              <td className="num">{money(plan.gapPooled)}</td>
              <td className="num">{money(plan.gapClosed)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <DataTable
        regionLabelledBy="desiloing-dimensions-caption"
        className="table table--compact"
        testId="desiloing-dimensions"
        caption={<caption id="desiloing-dimensions-caption">{t('desiloing.dimensionsCaption')}</caption>}
        columns={[
          { label: t('desiloing.columns.dimension') },
          { label: t('desiloing.columns.siloed'), num: true },
          { label: t('desiloing.columns.pooled'), num: true },
          { label: t('desiloing.columns.gained'), num: true },
        ]}
      >
        <tbody>
          {desiloing.dimensions.map((row) => (
            <tr key={row.dimension} data-dimension={row.dimension}>
              <th scope="row">{names.dimension(row.dimension)}</th>
              <td className="num">{percent(row.distanceSiloed)}</td>
              <td className="num">{percent(row.distancePooled)}</td>
              <td className="num">{points(row.gained)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('desiloing.weighted')}</th>
            <td className="num">{formatNumber(desiloing.weightedDistanceSiloed, locale, 3)}</td>
            <td className="num">{formatNumber(desiloing.weightedDistancePooled, locale, 3)}</td>
            <td className="num">{formatSignificant(desiloing.weightedDistanceGained, locale, 3, true)}</td>
          </tr>
        </tfoot>
      </DataTable>
    </section>
  );
}
