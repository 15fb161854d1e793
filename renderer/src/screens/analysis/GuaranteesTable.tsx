import { useTranslation } from 'react-i18next';
import { SectionTable } from '../../components/table/TableSection';
import type { GuaranteeUseJson } from '../../domain/analysis/types';
import { formatMoney } from '../../domain/format';
import { useLang } from '../../i18n/useLang';

interface GuaranteesTableProps {
  guarantees: readonly GuaranteeUseJson[];
  names: { stream: (id: string) => string; plan: (id: string) => string };
  /** The portfolio names the plan of each guarantee; the plan builder shows one plan only. */
  showPlan?: boolean;
}

/**
 * The guarantees (borgstellingen) backing loan draws. They pay no cost, so they are in
 * no allocation or funding chart: without this list a guarantee the loan depends on
 * would be invisible.
 */
export function GuaranteesTable({ guarantees, names, showPlan = false }: GuaranteesTableProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const rows = [...guarantees].sort(
    (a, b) =>
      (showPlan ? names.plan(a.planId).localeCompare(names.plan(b.planId), locale) : 0) ||
      a.year - b.year ||
      names.stream(a.streamId).localeCompare(names.stream(b.streamId), locale),
  );
  return (
    // Room below: in the portfolio a panel (the explanations) follows, which has no top margin.
    <SectionTable
      titleId="guarantees-title"
      title={t('guarantees.title')}
      hint={t('guarantees.intro')}
      empty={rows.length === 0 ? t('guarantees.empty') : null}
      testId="guarantees"
      style={{ marginBottom: 'var(--space-5)' }}
      table={{
        className: 'table table--compact',
        columns: [
          ...(showPlan ? [{ label: t('guarantees.plan') }] : []),
          { label: t('guarantees.guarantee') },
          { label: t('guarantees.loan') },
          { label: t('guarantees.year'), num: true },
          { label: t('guarantees.amount'), num: true },
        ],
      }}
    >
      <tbody>
        {rows.map((g) => (
          <tr
            key={`${g.planId}-${g.streamId}-${g.loanStreamId}-${g.year}`}
            data-testid="guarantee-row"
            data-stream={g.streamId}
            data-loan={g.loanStreamId}
          >
            {showPlan && <td dir="auto">{names.plan(g.planId)}</td>}
            <td dir="auto">{names.stream(g.streamId)}</td>
            <td dir="auto">{names.stream(g.loanStreamId)}</td>
            <td className="num">{g.year}</td>
            <td className="num" data-value={g.amount}>
              {formatMoney(g.amount, locale, true)}
            </td>
          </tr>
        ))}
      </tbody>
    </SectionTable>
  );
}
