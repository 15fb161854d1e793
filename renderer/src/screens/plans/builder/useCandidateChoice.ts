import { useCallback, useState } from 'react';
import {
  candidateStorageKey,
  parseCandidateChoice,
  serializeCandidateChoice,
  type CandidateChoice,
} from '../../../domain/candidates';

function read(key: string): CandidateChoice {
  try {
    return parseCandidateChoice(window.localStorage.getItem(key));
  } catch {
    // Storage can be unavailable (private mode, file protocol): then every stream is a candidate.
    return parseCandidateChoice(null);
  }
}

/**
 * The plan's candidate streams, remembered in localStorage per workspace file and
 * plan (see domain/candidates.ts for why not in the workspace). The screen mounts
 * afresh for another plan, so the first read is the only one needed.
 */
export function useCandidateChoice(
  workspacePath: string,
  planId: string,
): [CandidateChoice, (choice: CandidateChoice) => void] {
  const key = candidateStorageKey(workspacePath, planId);
  const [choice, setChoice] = useState(() => read(key));
  // The same function while the key stays: the picker is memoised and redraws only when its props change.
  const update = useCallback(
    (next: CandidateChoice) => {
      setChoice(next);
      try {
        window.localStorage.setItem(key, serializeCandidateChoice(next));
      } catch {
        // Not remembered this time; the choice still applies until the screen closes.
      }
    },
    [key],
  );
  return [choice, update];
}
