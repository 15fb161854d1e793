import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { monteCarloSchema, type ScenarioJson } from '../../../../src/model/scenario';
import { hrefOf } from '../../app/routes';
import { Table } from '../../components/table/DataTable';
import { formatNumber, formatPercent } from '../../domain/format';
import { useLang } from '../../i18n/useLang';

interface ScenarioCardProps {
  scenario: ScenarioJson;
  names: { plan: (id: string) => string; stream: (id: string) => string; indicator: (id: string) => string };
  unitOf: (indicatorId: string) => string;
  planExists: (id: string) => boolean;
}

/** One part of the card: its subtitle, then its content or a line saying there is none. */
function CardPart(props: { title: string; isEmpty: boolean; empty: string; children: ReactNode }) {
  const { title, isEmpty, empty, children } = props;
  return (
    <>
      <h3 className="card__subtitle">{title}</h3>
      {isEmpty ? <p className="muted">{empty}</p> : children}
    </>
  );
}

/** One scenario, read-only: its plans in priority order, stream factors and indicator overrides. */
export function ScenarioCard({ scenario, names, unitOf, planExists }: ScenarioCardProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const headingId = `scenario-${scenario.id}`;
  const factors = Object.entries(scenario.streamFactors ?? {});
  const overrides = Object.entries(scenario.indicatorOverrides ?? {});
  // The model's defaults fill in what an older export left out.
  const { draws, seed } = monteCarloSchema.parse(scenario.monteCarlo ?? {});

  return (
    <section className="card" aria-labelledby={headingId} data-testid="scenario-card" data-id={scenario.id}>
      <h2 id={headingId} className="card__title" dir="auto">
        {scenario.name}
      </h2>
      <p className="card__meta">{t('scenarios.monteCarlo', { draws: formatNumber(draws, locale), seed })}</p>

      <CardPart
        title={t('scenarios.plans')}
        isEmpty={scenario.plans.length === 0}
        empty={t('scenarios.noPlans')}
      >
        <ol className="plain-list numbered">
          {scenario.plans.map((planId) => (
            <li key={planId} dir="auto">
              {planExists(planId) ? (
                <a href={hrefOf({ screen: 'plans', planId })}>{names.plan(planId)}</a>
              ) : (
                planId
              )}
            </li>
          ))}
        </ol>
      </CardPart>

      <CardPart
        title={t('scenarios.streamFactors')}
        isEmpty={factors.length === 0}
        empty={t('scenarios.noFactors')}
      >
        <Table
          className="table table--compact"
          caption={t('scenarios.streamFactors')}
          columns={[{ label: t('scenarios.stream') }, { label: t('scenarios.factor'), num: true }]}
        >
          <tbody>
            {factors.map(([streamId, factor]) => (
              <tr key={streamId}>
                <th scope="row" dir="auto">
                  {names.stream(streamId)}
                </th>
                <td className="num">
                  {t('scenarios.factorValue', { factor: formatNumber(factor, locale, 4) })}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </CardPart>

      <CardPart
        title={t('scenarios.indicatorOverrides')}
        isEmpty={overrides.length === 0}
        empty={t('scenarios.noOverrides')}
      >
        <Table
          className="table table--compact"
          caption={t('scenarios.indicatorOverrides')}
          columns={[
            { label: t('scenarios.indicator') },
            { label: t('scenarios.trend'), num: true },
            { label: t('scenarios.threshold'), num: true },
          ]}
        >
          <tbody>
            {overrides.map(([indicatorId, override]) => (
              <tr key={indicatorId}>
                <th scope="row" dir="auto">
                  {names.indicator(indicatorId)}
                </th>
                <td className="num">
                  {override.trend === undefined
                    ? t('scenarios.unchanged')
                    : t('scenarios.perYear', { value: formatPercent(override.trend, locale) })}
                </td>
                <td className="num" dir="auto">
                  {override.threshold === undefined
                    ? t('scenarios.unchanged')
                    : t('scenarios.thresholdValue', {
                        value: formatNumber(override.threshold, locale, 4),
                        unit: unitOf(indicatorId),
                      })}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </CardPart>
    </section>
  );
}
