import { streamEdits } from '../../domain/commands';
import { useWorkspaceData } from '../../state/workspaceContext';
import { ListScreen } from '../shared/ListScreen';
import { StreamEditor } from './StreamEditor';
import { StreamTable } from './StreamTable';

export function StreamsScreen() {
  const { streams } = useWorkspaceData();
  return (
    <ListScreen
      section="streams"
      newTestId="new-stream"
      rows={streams}
      edits={streamEdits}
      Table={StreamTable}
      Editor={StreamEditor}
    />
  );
}
