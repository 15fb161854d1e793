import { useTranslation } from 'react-i18next';
import type { WeekAgendaJson } from '../../../../src/contract';
import { hrefOf } from '../../app/routes';
import { formatMoney } from '../../domain/format';
import { useLang } from '../../i18n/useLang';
import { formatDay } from '../plans/awards/awardFormat';

type Group = WeekAgendaJson['groups'][number];
type Item = Group['items'][number];

/** "over 10 dagen", "vandaag", "19 dagen te laat": how near the date is, in words. */
function useWhen(): (days: number) => string {
  const { t } = useTranslation();
  return (days) =>
    days === 0
      ? t('week.today')
      : days > 0
        ? t('week.inDays', { count: days })
        : t('week.daysLate', { count: -days });
}

/** What to do, with the dates that explain why it is listed now. */
function useDetail(): (item: Item) => string {
  const { t } = useTranslation();
  const { locale } = useLang();
  return (item) => {
    const date = formatDay(item.date, locale);
    const reference =
      item.reference === null ? '' : `; ${t('week.details.reference', { reference: item.reference })}`;
    switch (item.kind) {
      case 'reportDue':
        return t('week.details.reportDue', { date }) + reference;
      case 'decisionOverdue':
        return t(
          item.decisionWeeksDefault ? 'week.details.decisionOverdueDefault' : 'week.details.decisionOverdue',
          {
            date,
            applied: item.appliedOn === null ? '' : formatDay(item.appliedOn, locale),
            weeks: item.decisionWeeks ?? 0,
          },
        );
      case 'windowClosing':
        return t('week.details.windowClosing', { date });
      default: {
        const never: never = item.kind;
        return never;
      }
    }
  };
}

/** One coach's list: what is due, for which cooperative and plan, from which stream. */
export function WeekGroup({ group, index }: { group: Group; index: number }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const when = useWhen();
  const detail = useDetail();
  const coach = group.coach ?? t('week.noCoach');
  const titleId = `week-group-${index}`;
  return (
    <section
      aria-labelledby={titleId}
      className="week-group"
      data-testid="week-group"
      data-coach={group.coach ?? ''}
    >
      <h2 id={titleId} className="section-title" dir="auto">
        {coach} <span className="muted week-count">{t('week.count', { count: group.items.length })}</span>
      </h2>
      <div className="table-wrap">
        <table className="table week-table">
          <caption className="visually-hidden">{t('week.caption', { coach })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('week.columns.when')}</th>
              <th scope="col">{t('week.columns.what')}</th>
              <th scope="col">{t('week.columns.who')}</th>
              <th scope="col">{t('week.columns.stream')}</th>
              <th scope="col" className="num">
                {t('week.columns.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {group.items.map((item) => (
              <tr
                key={`${item.kind}-${item.planId}-${item.streamId}`}
                data-testid="week-item"
                data-kind={item.kind}
                className={item.days < 0 ? 'week-item--late' : undefined}
              >
                <td className="nowrap">
                  <span className="week-when">{when(item.days)}</span>
                  <span className="cell-sub">{formatDay(item.date, locale)}</span>
                </td>
                <td>
                  <span className={`week-kind week-kind--${item.kind}`}>{t(`week.kinds.${item.kind}`)}</span>
                  <span className="cell-sub" dir="auto">
                    {detail(item)}
                  </span>
                </td>
                <td dir="auto">
                  {item.cooperativeName}
                  <span className="cell-sub">
                    <a
                      href={hrefOf({ screen: 'plans', planId: item.planId })}
                      aria-label={t('week.open', { name: item.planName })}
                    >
                      {item.planName}
                    </a>
                  </span>
                </td>
                <td dir="auto">{item.streamName}</td>
                <td className="num">{item.amount === null ? '' : formatMoney(item.amount, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
