import { useTranslation } from 'react-i18next';
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
    <section
      aria-labelledby="guarantees-title"
      data-testid="guarantees"
      style={{ marginBottom: 'var(--space-5)' }}
    >
      <h3 id="guarantees-title" className="section-title">
        {t('guarantees.title')}
      </h3>
      <p className="field__hint">{t('guarantees.intro')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('guarantees.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">{t('guarantees.title')}</caption>
            <thead>
              <tr>
                {showPlan && <th scope="col">{t('guarantees.plan')}</th>}
                <th scope="col">{t('guarantees.guarantee')}</th>
                <th scope="col">{t('guarantees.loan')}</th>
                <th scope="col" className="num">
                  {t('guarantees.year')}
                </th>
                <th scope="col" className="num">
                  {t('guarantees.amount')}
                </th>
              </tr>
            </thead>
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
          </table>
        </div>
      )}
    </section>
  );
}
