import { createElement as h, type ReactNode } from 'react';
import type { Cooperative } from '../../../model/cooperative';
import { UserText, useReport } from '../context';
import { Facts } from '../parts';

/** `2025-01` as "januari 2025" / "January 2025". */
function monthOf(month: string, locale: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, index - 1, 1)),
  );
}

/**
 * The cooperative's path through the incubator: who coaches it, when it came in, the
 * stages it went through with their dates, and the coaching hours it received. Shown
 * only as far as it is recorded; nothing at all for a cooperative without a path.
 */
export function CooperativePath({ cooperative: c }: { cooperative: Cooperative }): ReactNode {
  const { t, enumLabel, fmt } = useReport();
  const months = [...c.coachingHours].sort((a, b) => (a.month < b.month ? -1 : 1));
  const total = months.reduce((sum, m) => sum + m.hours, 0);
  const stages = c.stageHistory.map((step, i) => {
    const label = enumLabel('stage', step.stage);
    // The latest step is where the cooperative is now; earlier ones are dated by their start.
    return i === c.stageHistory.length - 1
      ? `${label} (${t('cooperativePath.since', { date: fmt.date(step.from) })})`
      : `${label} (${fmt.date(step.from)})`;
  });
  const first = months[0];
  const last = months.at(-1);
  const items = [
    ...(c.coach === undefined
      ? []
      : [{ label: t('cooperativePath.coach'), value: h(UserText, { text: c.coach }) }]),
    ...(c.intakeDate === undefined
      ? []
      : [{ label: t('cooperativePath.intake'), value: fmt.date(c.intakeDate) }]),
    ...(stages.length === 0 ? [] : [{ label: t('cooperativePath.stages'), value: stages.join(' → ') }]),
    ...(first === undefined || last === undefined
      ? []
      : [
          {
            label: t('cooperativePath.coachingHours'),
            value: t('cooperativePath.hours', {
              hours: fmt.number(total, Number.isInteger(total) ? 0 : 1),
              count: months.length,
              first: monthOf(first.month, fmt.locale),
              last: monthOf(last.month, fmt.locale),
            }),
          },
        ]),
  ];
  if (items.length === 0) return null;
  return h('div', { className: 'cooperative-path', 'data-cooperative-path': c.id }, h(Facts, { items }));
}
