import { useTranslation } from 'react-i18next';
import type { LensChoice } from '../../../../../src/impact/doughnut-wedges';
import { useWorkspace } from '../../../state/workspaceContext';

/** The City Portrait's question of a lens, with the workspace's municipality ("de stad" without one). */
export function useLensQuestion(): (lens: LensChoice) => string {
  const { t } = useTranslation();
  const { load } = useWorkspace();
  const municipality = load.status === 'ready' ? load.data.info.municipality.trim() : '';
  const city = municipality === '' ? t('doughnutLens.defaultCity') : municipality;
  return (lens) =>
    lens === 'all' ? t('doughnutLens.allQuestion') : t(`doughnutLens.question.${lens}`, { city });
}
