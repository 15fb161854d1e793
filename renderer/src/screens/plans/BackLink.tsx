import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes';
import { Icon } from '../../components/Icon';

export function BackLink() {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={hrefOf({ screen: 'plans', planId: null })} data-testid="plans-back">
      <Icon name="back" />
      {t('plans.back')}
    </a>
  );
}
