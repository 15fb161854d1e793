import { cooperativeEdits } from '../../domain/commands';
import { useWorkspaceData } from '../../state/workspaceContext';
import { ListScreen } from '../shared/ListScreen';
import { CooperativeEditor } from './CooperativeEditor';
import { CooperativeTable } from './CooperativeTable';
import { DeleteCooperativeDialog } from './DeleteCooperativeDialog';

export function CooperativesScreen() {
  const { cooperatives } = useWorkspaceData();
  return (
    <ListScreen
      section="cooperatives"
      newTestId="new-cooperative"
      rows={cooperatives}
      edits={cooperativeEdits}
      Table={CooperativeTable}
      Editor={CooperativeEditor}
      DeleteDialog={DeleteCooperativeDialog}
    />
  );
}
