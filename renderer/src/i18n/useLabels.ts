import { useTranslation } from 'react-i18next';
import {
  LEGAL_FORMS,
  PARTNERSHIPS,
  SECTORS,
  STAGES,
  type Sector,
  type Stage,
} from '../../../src/model/cooperative';
import { COST_CATEGORIES, STREAM_KINDS, type CostCategory, type StreamKind } from '../../../src/model/stream';
import type { LegalForm, Partnership } from '../domain/cooperativeForm';

/** Display names of the workspace format's enum values, in the current language. */
export function useLabels() {
  const { t } = useTranslation();
  const sector = (value: Sector) => t(`enums.sector.${value}`);
  const legalForm = (value: LegalForm) => t(`enums.legalForm.${value}`);
  const stage = (value: Stage) => t(`enums.stage.${value}`);
  const partnership = (value: Partnership) => t(`enums.partnership.${value}`);
  const streamKind = (value: StreamKind) => t(`enums.streamKind.${value}`);
  const costCategory = (value: CostCategory) => t(`enums.costCategory.${value}`);
  return {
    sector,
    legalForm,
    stage,
    partnership,
    streamKind,
    costCategory,
    sectorOptions: SECTORS.map((value) => ({ value, label: sector(value) })),
    legalFormOptions: LEGAL_FORMS.map((value) => ({ value, label: legalForm(value) })),
    stageOptions: STAGES.map((value) => ({ value, label: stage(value) })),
    partnershipOptions: PARTNERSHIPS.map((value) => ({ value, label: partnership(value) })),
    streamKindOptions: STREAM_KINDS.map((value) => ({ value, label: streamKind(value) })),
    costCategoryOptions: COST_CATEGORIES.map((value) => ({ value, label: costCategory(value) })),
  };
}
