import { describe, expect, it } from 'vitest';
import {
  ALL_ELIGIBLE,
  candidateStorageKey,
  isCandidate,
  parseCandidateChoice,
  serializeCandidateChoice,
  streamIdsFor,
  toggleCandidate,
} from '../../renderer/src/domain/candidates';

describe('the candidate streams of a plan', () => {
  it('are kept per workspace file and plan', () => {
    expect(candidateStorageKey('/a/x.coopfolio', 'zon')).not.toBe(
      candidateStorageKey('/b/x.coopfolio', 'zon'),
    );
    expect(candidateStorageKey('/a/x.coopfolio', 'zon')).not.toBe(
      candidateStorageKey('/a/x.coopfolio', 'wind'),
    );
  });

  it('read back what was stored, and fall back to every eligible stream otherwise', () => {
    const chosen = { mode: 'chosen' as const, streamIds: ['a', 'b'] };
    expect(parseCandidateChoice(serializeCandidateChoice(chosen))).toEqual(chosen);
    expect(parseCandidateChoice(null)).toEqual(ALL_ELIGIBLE);
    expect(parseCandidateChoice('{not json')).toEqual(ALL_ELIGIBLE);
    expect(parseCandidateChoice('{"mode":"chosen"}')).toEqual(ALL_ELIGIBLE);
    expect(parseCandidateChoice('{"mode":"chosen","streamIds":["a",3]}')).toEqual({
      mode: 'chosen',
      streamIds: ['a'],
    });
  });

  it('send no stream list for "all eligible", else the chosen streams that still exist, in a stable order', () => {
    const existing = new Set(['a', 'b', 'c']);
    expect(streamIdsFor(ALL_ELIGIBLE, existing)).toBeUndefined();
    expect(streamIdsFor({ mode: 'chosen', streamIds: ['c', 'gone', 'a', 'a'] }, existing)).toEqual([
      'a',
      'c',
    ]);
    expect(streamIdsFor({ mode: 'chosen', streamIds: [] }, existing)).toEqual([]);
  });

  it('untick one stream from "all eligible" and keep the others', () => {
    const next = toggleCandidate(ALL_ELIGIBLE, 'b', ['a', 'b', 'c']);
    expect(next).toEqual({ mode: 'chosen', streamIds: ['a', 'c'] });
    expect(isCandidate(next, 'b')).toBe(false);
    expect(toggleCandidate(next, 'b', ['a', 'b', 'c'])).toEqual({
      mode: 'chosen',
      streamIds: ['a', 'c', 'b'],
    });
    expect(isCandidate(ALL_ELIGIBLE, 'anything')).toBe(true);
  });
});
