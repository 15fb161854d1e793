import { useTranslation } from 'react-i18next';
import type { AwardStatus } from '../../../../../src/model/award';
import './awards.css';

/** An award's status in words, marked for the eye as decided or refused. */
export function AwardStatusBadge({ status }: { status: AwardStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`award-status award-status--${status}`} data-testid="award-status" data-status={status}>
      {t(`awards.status.${status}`)}
    </span>
  );
}
