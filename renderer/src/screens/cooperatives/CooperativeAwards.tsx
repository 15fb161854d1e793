import { useTranslation } from 'react-i18next';
import type { CooperativeAnalysis } from '../../../../src/contract';
import type { PlanJson } from '../../../../src/model/plan';
import { DataTable } from '../../components/table/DataTable';
import { formatDay } from '../../domain/dates';
import { formatMoney } from '../../domain/format';
import { nameById } from '../../domain/plans';
import { useLang } from '../../i18n/useLang';
import { useWorkspaceData } from '../../state/workspaceContext';
import { useAwardColumns } from '../plans/awards/useAwardColumns';

interface CooperativeAwardsProps {
  plans: readonly PlanJson[];
  /** What the chosen scenario's blend gives of each award; null until it is in. */
  outcomes: CooperativeAnalysis['awards'] | null;
}

/** Every application of the cooperative's plans, where it stands, and what the blend gives of it. */
export function CooperativeAwards({ plans, outcomes }: CooperativeAwardsProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const data = useWorkspaceData();
  const awardColumns = useAwardColumns();
  const streamName = nameById(data.streams, (s) => s.name);
  const rows = plans.flatMap((plan) => (plan.awards ?? []).map((award) => ({ plan, award })));
  const money = (euros: number | undefined | null) =>
    euros === undefined || euros === null ? '–' : formatMoney(euros, locale, true);
  const day = (iso: string | undefined) => (iso === undefined ? '–' : formatDay(iso, locale));
  return (
    <section className="panel" aria-labelledby="cooperative-awards-title" data-testid="cooperative-awards">
      <h3 id="cooperative-awards-title" className="panel__title">
        {t('awards.title')}
      </h3>
      {rows.length === 0 ? (
        <p className="muted" data-testid="cooperative-awards-empty">
          {t('cooperativePage.noAwards')}
        </p>
      ) : (
        <DataTable
          className="table table--compact"
          caption={t('awards.title')}
          columns={[
            { label: t('plans.columns.name') },
            ...awardColumns,
            { label: t('cooperativePage.columns.inBlend'), num: true },
            { label: t('awards.columns.reportDue') },
          ]}
        >
          <tbody>
            {rows.map(({ plan, award }) => {
              const outcome = outcomes?.find((o) => o.planId === plan.id && o.streamId === award.streamId);
              return (
                <tr
                  key={`${plan.id}|${award.streamId}`}
                  data-testid="cooperative-award"
                  data-status={award.status}
                >
                  <th scope="row" dir="auto">
                    {plan.name}
                  </th>
                  <td dir="auto">{streamName(award.streamId)}</td>
                  <td>{t(`awards.status.${award.status}`)}</td>
                  <td className="num">{money(award.requested)}</td>
                  <td className="num">{money(award.granted)}</td>
                  <td className="num" title={outcome?.message}>
                    {money(outcome?.given)}
                  </td>
                  <td>{day(award.reportDue)}</td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
