import { useWorkspace } from '../state/workspaceContext';

/**
 * A workspace on a network drive or in a sync folder can be damaged by a second writer
 * or the sync client (docs/reliability.md). The warning stays visible while that file is
 * open; the words come from the host, in the language of the call.
 */
export function LocationWarning() {
  const { load } = useWorkspace();
  const risk = load.status === 'ready' ? load.data.info.locationRisk : null;
  if (risk === null) return null;
  return (
    <p
      className="alert alert--warning location-warning"
      role="status"
      dir="auto"
      data-testid="location-warning"
      data-kind={risk.kind}
    >
      {risk.message}
    </p>
  );
}
