import { useTranslation } from 'react-i18next';

/** Announces that saving was refused and why, at the top of the form; focus lands here when no field is at fault. */
export function FormSummary({ count, messages }: { count: number; messages: readonly string[] }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <div className="form-summary alert alert--error" role="alert" tabIndex={-1} data-testid="form-errors">
      <p className="form-summary__title">{t('form.summary', { count })}</p>
      {messages.length > 0 && (
        <ul>
          {messages.map((message) => (
            <li key={message} dir="auto">
              {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
