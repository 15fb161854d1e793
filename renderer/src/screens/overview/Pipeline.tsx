import { useTranslation } from 'react-i18next';
import type { CooperativeJson } from '../../../../src/model/cooperative';
import { stagePipeline, type StagePipeline } from '../../../../src/model/pipeline';
import { Table } from '../../components/table/DataTable';
import { localToday } from '../../domain/dates';
import { formatNumber } from '../../domain/format';
import { useLabels } from '../../i18n/useLabels';
import { useLang } from '../../i18n/useLang';

/** An average month (365.25 / 12 days): stays are told in months, which is how coaches plan. */
const DAYS_PER_MONTH = 30.4375;

function Duration({ days }: { days: number | null }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  if (days === null) return <span className="muted">{t('overview.pipeline.none')}</span>;
  const months = formatNumber(days / DAYS_PER_MONTH, locale, 1);
  const wholeDays = formatNumber(Math.round(days), locale, 0);
  return (
    <span title={t('overview.pipeline.days', { days: wholeDays })}>
      {t('overview.pipeline.months', { months })}
    </span>
  );
}

/**
 * How many cooperatives are in each stage, and how long they stay there (from their
 * stage histories). Finished stays and stays still going on are kept apart: mixing
 * them would make every stage look shorter than it is.
 */
export function Pipeline({ cooperatives }: { cooperatives: readonly CooperativeJson[] }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useLabels();
  const summary = stagePipeline(
    cooperatives.map((c) => ({
      stage: c.stage,
      stageHistory: c.stageHistory ?? [],
      coachingHours: c.coachingHours ?? [],
    })),
    localToday(),
  );
  const largest = Math.max(0, ...summary.stages.map((row) => row.current));
  const count = (n: number) => formatNumber(n, locale);
  return (
    <section className="panel" aria-labelledby="pipeline-title" data-testid="pipeline">
      <h2 id="pipeline-title" className="panel__title">
        {t('overview.pipeline.title')}
      </h2>
      <p className="muted">{t('overview.pipeline.intro')}</p>
      {cooperatives.length === 0 ? (
        <p className="muted">{t('overview.noCooperatives')}</p>
      ) : (
        <Table
          className="table table--compact"
          caption={t('overview.pipeline.title')}
          columns={[
            { label: t('cooperatives.columns.stage') },
            { label: t('overview.pipeline.current'), num: true },
            { label: t('overview.bar'), hidden: true, className: 'breakdown__bar-col' },
            { label: t('overview.pipeline.finished'), num: true },
            { label: t('overview.pipeline.median'), num: true },
            { label: t('overview.pipeline.mean'), num: true },
            { label: t('overview.pipeline.ongoing'), num: true },
          ]}
        >
          <tbody>
            {summary.stages.map((row: StagePipeline) => (
              <tr key={row.stage} data-stage={row.stage}>
                <th scope="row">{labels.stage(row.stage)}</th>
                <td className="num" data-testid={`pipeline-current-${row.stage}`}>
                  {count(row.current)}
                </td>
                <td className="breakdown__bar-col" aria-hidden="true">
                  <span
                    className="bar"
                    style={{ width: `${largest === 0 ? 0 : Math.round((row.current / largest) * 100)}%` }}
                  />
                </td>
                <td className="num">{count(row.finishedStays)}</td>
                <td className="num" data-testid={`pipeline-median-${row.stage}`}>
                  <Duration days={row.medianDays} />
                </td>
                <td className="num">
                  <Duration days={row.meanDays} />
                </td>
                <td className="num">
                  {row.ongoingStays === 0 ? (
                    <span className="muted">{t('overview.pipeline.none')}</span>
                  ) : (
                    <>
                      {t('overview.pipeline.ongoingCount', { count: row.ongoingStays })}{' '}
                      <Duration days={row.ongoingMedianDays} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {summary.withoutHistory > 0 && (
        <p className="muted" data-testid="pipeline-without-history">
          {t('overview.pipeline.withoutHistory', { count: summary.withoutHistory })}
        </p>
      )}
    </section>
  );
}
