import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/table/DataTable';

/** The columns every table of awards has in common: the stream, where it stands, asked for and granted. */
export function useAwardColumns(): Column[] {
  const { t } = useTranslation();
  return [
    { label: t('awards.columns.stream') },
    { label: t('awards.columns.status') },
    { label: t('awards.columns.requested'), num: true },
    { label: t('awards.columns.granted'), num: true },
  ];
}
