// A renderer API over a fake transport that answers operations from a table and records
// what it was sent, and the workspace the screens load through it: for the tests of how
// record versions travel between the screens and the host.
import { createApi, type Api } from '../../renderer/src/api/client';
import type { Transport } from '../../renderer/src/api/transport';
import { loadWorkspace, type WorkspaceData } from '../../renderer/src/state/loadWorkspace';

export type Sent = { name: string; input: unknown }[];
type Answer = { ok: true; value: unknown };

/**
 * `answers` by operation name; an operation not in it goes to `otherwise` (when given),
 * else comes back as an internal error naming it.
 */
export function answeringHost(
  answers: Record<string, unknown>,
  sent: Sent,
  otherwise?: (name: string, input: unknown) => Answer | undefined,
) {
  const transport = (async (name: string, input: unknown) => {
    sent.push({ name, input });
    if (name in answers) return { ok: true, value: answers[name] };
    const answer = otherwise?.(name, input);
    if (answer !== undefined) return answer;
    return { ok: false, error: { code: 'internal', message: `no answer for ${name}` } };
  }) as Transport;
  return { api: createApi(transport, () => 'nl'), sent };
}

/** The workspace as the screens get it from `api`; throws the host's message on failure. */
export async function loadedFrom(api: Api): Promise<WorkspaceData> {
  const result = await loadWorkspace(api);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
