import { useTranslation } from 'react-i18next';
import type { CooperativeJson } from '../../../../src/model/cooperative';
import { coachingHoursByMonth } from '../../../../src/model/pipeline';
import { formatMonth } from '../../domain/dates';
import { formatNumber } from '../../domain/format';
import { useLang } from '../../i18n/useLang';

/** The overview shows a year of months; the total below counts every month recorded. */
const MONTHS_SHOWN = 12;

/** Coaching hours of all cooperatives together, per month, with how many were coached. */
export function CoachingHours({ cooperatives }: { cooperatives: readonly CooperativeJson[] }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const months = coachingHoursByMonth(
    cooperatives.map((c) => ({ stage: c.stage, stageHistory: [], coachingHours: c.coachingHours ?? [] })),
  );
  const shown = months.slice(-MONTHS_SHOWN);
  const total = months.reduce((sum, m) => sum + m.hours, 0);
  const largest = Math.max(0, ...shown.map((m) => m.hours));
  return (
    <section className="panel" aria-labelledby="coaching-hours-title" data-testid="coaching-hours-overview">
      <h2 id="coaching-hours-title" className="panel__title">
        {t('overview.coachingHours.title')}
      </h2>
      {months.length === 0 ? (
        <p className="muted">{t('overview.coachingHours.empty')}</p>
      ) : (
        <>
          <table className="table table--compact breakdown">
            <caption className="visually-hidden">{t('overview.coachingHours.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.coachingHours.month')}</th>
                <th scope="col" className="num">
                  {t('overview.coachingHours.hours')}
                </th>
                <th scope="col" className="num">
                  {t('overview.coachingHours.cooperatives')}
                </th>
                <th scope="col" className="breakdown__bar-col">
                  <span className="visually-hidden">{t('overview.bar')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((m) => (
                <tr key={m.month} data-month={m.month}>
                  <th scope="row">{formatMonth(m.month, locale)}</th>
                  <td className="num">{formatNumber(m.hours, locale, 1)}</td>
                  <td className="num">{formatNumber(m.cooperatives, locale)}</td>
                  <td className="breakdown__bar-col" aria-hidden="true">
                    <span
                      className="bar"
                      style={{ width: `${largest === 0 ? 0 : Math.round((m.hours / largest) * 100)}%` }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted" data-testid="coaching-hours-overview-total">
            {t(
              months.length > MONTHS_SHOWN
                ? 'overview.coachingHours.totalMore'
                : 'overview.coachingHours.total',
              {
                hours: formatNumber(total, locale, 1),
                count: months.length,
                shown: MONTHS_SHOWN,
              },
            )}
          </p>
        </>
      )}
    </section>
  );
}
