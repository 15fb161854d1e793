import { useTranslation } from 'react-i18next';
import { NewButton } from '../../components/NewButton';
import { PageHeading } from '../../components/PageHeading';
import type { OperationName } from '../../../../src/contract/operations';
import type { CollectionSection } from './entityScreen';

/** The operation each collection's "new" button creates with. */
const CREATE_OPERATION: Record<CollectionSection, OperationName> = {
  cooperatives: 'cooperatives.create',
  streams: 'fundingStreams.create',
  scenarios: 'scenarios.create',
  indicators: 'indicators.create',
};

interface ListHeadingProps {
  /** Where the heading's texts are in the catalogue (`<section>.title`, `.intro`, `.new`). */
  section: CollectionSection;
  newTestId: string;
  onNew: () => void;
}

/** A collection screen's heading with its one main action: start a new item. */
export function ListHeading({ section, newTestId, onNew }: ListHeadingProps) {
  const { t } = useTranslation();
  return (
    <PageHeading
      title={t(`${section}.title`)}
      intro={t(`${section}.intro`)}
      actions={
        <NewButton
          label={t(`${section}.new`)}
          testId={newTestId}
          operation={CREATE_OPERATION[section]}
          onClick={onNew}
        />
      }
    />
  );
}
