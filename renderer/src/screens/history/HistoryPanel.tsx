import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntity, HistoryEvent } from '../../../../src/contract/audit-operations';
import { api } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../domain/format';
import { useLang } from '../../i18n/useLang';
import { useLatestRequest } from '../../state/useLatestRequest';
import { useWorkspaceData } from '../../state/workspaceContext';
import { pathWords, valueWords, type HistoryWords } from './historyText';
import './history.css';

const readHistory = (input: { entity: HistoryEntity; id: string }) => api.audit.history(input);

function useHistoryWords(): HistoryWords {
  const { t } = useTranslation();
  const fields: Record<string, string> = t('recordHistory.fields', { returnObjects: true });
  return {
    field: (key) => (Object.prototype.hasOwnProperty.call(fields, key) ? (fields[key] ?? null) : null),
    yes: t('recordHistory.yes'),
    no: t('recordHistory.no'),
    empty: t('recordHistory.empty'),
  };
}

function EventItem({ event, record }: { event: HistoryEvent; record: unknown }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const words = useHistoryWords();
  const when = formatDateTime(event.at, locale) ?? event.at;
  return (
    <li className="record-history__event" data-testid="history-event">
      <p className="record-history__who">
        <strong dir="auto">{event.user}</strong> <span className="muted">{when}</span>
        {event.kind !== 'changed' && <span> · {t(`recordHistory.kind.${event.kind}`)}</span>}
      </p>
      {event.changes.length > 0 && (
        <table className="table record-history__changes">
          <thead>
            <tr>
              <th scope="col">{t('recordHistory.field')}</th>
              <th scope="col">{t('recordHistory.before')}</th>
              <th scope="col">{t('recordHistory.after')}</th>
            </tr>
          </thead>
          <tbody>
            {event.changes.map((change) => (
              <tr key={JSON.stringify(change.path)} data-testid="history-change">
                <th scope="row" dir="auto">
                  {pathWords(change.path, record, words, change.before)}
                </th>
                <td dir="auto">{valueWords(change.path, change.before, locale, words)}</td>
                <td dir="auto">{valueWords(change.path, change.after, locale, words)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

/** Asked when the panel opens, and again after every save while it stays open. */
function HistoryList({ entity, id, record }: HistoryPanelProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { info } = useWorkspaceData();
  const key = JSON.stringify([entity, id, info.lastSavedAt, lang]);
  const history = useLatestRequest(readHistory, { entity, id }, key);
  if (history.error !== null) return <ErrorAlert message={history.error.message} testId="history-error" />;
  if (history.value === null) return <p className="muted">{t('recordHistory.loading')}</p>;
  if (history.value.length === 0) return <EmptyState text={t('recordHistory.none')} testId="history-none" />;
  return (
    <ol className="record-history__events" aria-busy={history.updating}>
      {history.value.map((event, index) => (
        <EventItem key={`${event.at}-${index}`} event={event} record={record} />
      ))}
    </ol>
  );
}

interface HistoryPanelProps {
  entity: HistoryEntity;
  id: string;
  /** The record as it is now: names listed items (a cost line's label) by their id. */
  record: unknown;
}

/**
 * "Geschiedenis": who changed which field of this record from what to what, and when,
 * newest first, from the workspace's audit trail (the file and the team database alike).
 */
export function HistoryPanel(props: HistoryPanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="record-history"
      data-testid="history-panel"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary data-testid="history-toggle">{t('recordHistory.title')}</summary>
      {open && <HistoryList {...props} />}
    </details>
  );
}
