import { useTranslation } from 'react-i18next';
import type { AwardOutcomeJson } from '../../../../../src/contract';
import type { AwardJson } from '../../../../../src/model/award';
import { RowActions } from '../../../components/RowActions';
import { formatMoney } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';
import { useWorkspaceData } from '../../../state/workspaceContext';
import type { PlanSaver } from '../builder/usePlanSaver';
import { PlanEntriesSection } from '../PlanEntriesSection';
import { usePlanEntries } from '../usePlanEntries';
import { AwardEditor } from './AwardEditor';
import { withoutAward } from './awardDraft';
import { formatDay } from './awardFormat';
import { AwardStatusBadge } from './AwardStatusBadge';
import './awards.css';
import { useAwardColumns } from './useAwardColumns';

const TITLE_ID = 'plan-awards-title';

interface AwardsSectionProps {
  saver: PlanSaver;
  /** What the plan's blend made of each award; null while it is being computed. */
  outcomes: readonly AwardOutcomeJson[] | null;
}

/** Applied on / decided on / reference, as one short line. */
function AwardDates({ award }: { award: AwardJson }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const parts = [
    award.appliedOn === undefined
      ? null
      : t('awards.appliedOnShort', { date: formatDay(award.appliedOn, locale) }),
    award.decidedOn === undefined
      ? null
      : t('awards.decidedOnShort', { date: formatDay(award.decidedOn, locale) }),
    award.reference === undefined ? null : t('awards.referenceShort', { reference: award.reference }),
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return <span className="muted">{t('common.notSet')}</span>;
  return (
    <span className="award-dates" dir="auto">
      {parts.join('; ')}
    </span>
  );
}

/**
 * The plan's applications and awards (issue 14): per funding stream what was asked for,
 * what the decision letter (beschikking) says and when it must be accounted for, with
 * what the blend made of it. Changed through the builder's saver, so every change is one
 * undoable step like an edit in the grid.
 */
export function AwardsSection({ saver, outcomes }: AwardsSectionProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const { streams } = useWorkspaceData();
  const entries = usePlanEntries(saver, TITLE_ID);
  const awardColumns = useAwardColumns();
  const awards = saver.shown.awards ?? [];
  const nameOf = (id: string) => streams.find((s) => s.id === id)?.name ?? id;
  const outcomeOf = (streamId: string) => outcomes?.find((o) => o.streamId === streamId);
  const money = (euros: number | undefined) =>
    euros === undefined ? (
      <span className="muted">{t('common.notSet')}</span>
    ) : (
      formatMoney(euros, locale, true)
    );

  return (
    <PlanEntriesSection
      titleId={TITLE_ID}
      className="builder-awards"
      testId="awards"
      texts={{
        title: t('awards.title'),
        intro: t('awards.intro'),
        empty: t('awards.empty'),
        caption: t('awards.caption'),
        add: t('awards.add'),
        cannotAdd: t('awards.noStreams'),
      }}
      count={awards.length}
      emptyTestId="awards-empty"
      table={{
        className: 'table awards-table',
        testId: 'awards-table',
        columns: [
          ...awardColumns,
          { label: t('awards.columns.dates') },
          { label: t('awards.columns.reportDue') },
          { label: t('common.actions'), hidden: true, className: 'actions-col' },
        ],
      }}
      canAdd={streams.length > 0}
      onAdd={entries.add}
      addTestId="add-award"
      editor={
        entries.editing !== null && (
          <AwardEditor
            saver={saver}
            index={entries.editing.index}
            streams={streams}
            onClose={entries.close}
          />
        )
      }
    >
      {awards.map((award, index) => {
        const stream = nameOf(award.streamId);
        const outcome = outcomeOf(award.streamId);
        return (
          // One body per award: its facts, then what the blend made of it across the table.
          <tbody
            key={award.streamId}
            className="table-entry"
            data-testid="award-row"
            data-stream={award.streamId}
          >
            <tr>
              <th scope="row" dir="auto">
                {stream}
              </th>
              <td>
                <AwardStatusBadge status={award.status} />
              </td>
              <td className="num">{money(award.requested)}</td>
              <td className="num" data-testid="award-granted">
                {money(award.granted)}
              </td>
              <td>
                <AwardDates award={award} />
              </td>
              <td className="nowrap">
                {award.reportDue === undefined ? (
                  <span className="muted">{t('common.notSet')}</span>
                ) : (
                  formatDay(award.reportDue, locale)
                )}
              </td>
              <RowActions
                name={stream}
                operations={{ first: 'plans.update', delete: 'plans.update' }}
                onEdit={() => entries.edit(index)}
                onDelete={() =>
                  entries.remove((plan) => withoutAward(plan, index), t('awards.removed', { stream }))
                }
              />
            </tr>
            <tr className="table-entry__more">
              <td
                colSpan={7}
                className={`award-outcome${outcome !== undefined && outcome.shortfall > 0 ? ' award-outcome--short' : ''}`}
                data-testid="award-outcome"
                aria-live="polite"
              >
                {outcome === undefined ? (
                  <span className="muted">{t('awards.outcomePending')}</span>
                ) : (
                  <>
                    <span className="visually-hidden">{t('awards.blendSays')}: </span>
                    {outcome.message}
                  </>
                )}
              </td>
            </tr>
            {award.note !== undefined && award.note !== '' && (
              <tr className="table-entry__more">
                <td colSpan={7} className="award-outcome" dir="auto">
                  {award.note}
                </td>
              </tr>
            )}
          </tbody>
        );
      })}
    </PlanEntriesSection>
  );
}
