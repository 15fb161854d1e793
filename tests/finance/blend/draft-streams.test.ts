// Draft (concept) streams: no blend uses them until they are marked ready (issue 14).
// The newcomer's case: two new streams left at an unlimited budget with no eligibility
// limits closed the demo portfolio's whole gap without a word.
import { describe, expect, it } from 'vitest';
import { eligibleStreamIds } from '../../../src/finance/analysis/eligibility';
import { streamUse } from '../../../src/finance/analysis/stream-use';
import { blend } from '../../../src/finance/blend';
import { checkBlend } from '../../support/blend/check';
import { loadDemoWorkspace } from '../../../src/data';
import { parseWorkspace } from '../../../src/model/parse';
import type { FundingStream } from '../../../src/model/stream';
import type { Workspace } from '../../../src/model/workspace';
import { alloc, plan, resultOf, stream, tiny, tinyJson } from './fixtures';

/** A stream as a newcomer leaves it: no budget, no eligibility, no limits. */
function openStream(id: string, draft: boolean): FundingStream {
  return {
    id,
    name: id,
    silo: 'nieuw',
    kind: 'grant',
    public: true,
    stateAid: false,
    draft,
    awardProbability: 1,
    revolving: false,
    revolvingInterest: false,
    sgei: false,
  };
}

function withStreams(workspace: Workspace, streams: FundingStream[]): Workspace {
  return { ...workspace, fundingStreams: [...workspace.fundingStreams, ...streams] };
}

describe('draft funding streams', () => {
  it('leave the demo portfolio gap as it is; the same streams marked ready would close it', async () => {
    const demo = loadDemoWorkspace();
    const scenario = demo.scenarios.find((s) => s.id === 'basis')!;
    const request = { planIds: scenario.plans, streamFactors: scenario.streamFactors };
    const before = await blend(demo, request);
    expect(before.gap).toBeGreaterThan(0);

    const drafts = withStreams(demo, [openStream('nieuw-a', true), openStream('nieuw-b', true)]);
    const withDrafts = await blend(drafts, request);
    expect(withDrafts.gap).toBe(before.gap);
    expect(withDrafts.allocations.some((a) => a.streamId.startsWith('nieuw-'))).toBe(false);
    expect(checkBlend(drafts, request, withDrafts)).toEqual([]);

    // Ready, the same two streams pay everything: what the draft flag guards against.
    const ready = withStreams(demo, [openStream('nieuw-a', false), openStream('nieuw-b', false)]);
    expect((await blend(ready, request)).gap).toBe(0);
  }, 60_000);

  it('are never offered to a plan, never listed as budget in use, and an amount from one breaks eligibility', () => {
    const workspace = tiny({
      streams: [
        stream('ready', { budgetPerYear: 50000 }),
        stream('concept', { draft: true, budgetPerYear: 80000 }),
      ],
    });
    const thePlan = workspace.plans[0]!;
    expect(eligibleStreamIds(workspace, thePlan)).toEqual(['ready']);
    expect(new Set(streamUse(workspace, []).map((row) => row.streamId))).toEqual(new Set(['ready']));

    const request = { planIds: ['plan'] };
    const violations = checkBlend(workspace, request, resultOf(workspace, request, [alloc('concept', 1000)]));
    expect(violations.some((v) => v.rule === 'eligibility')).toBe(true);
  });

  it('may not carry locked amounts: the workspace names the draft by name', () => {
    const json = tinyJson({
      streams: [stream('concept', { name: 'Nieuwe regeling', draft: true })],
      plans: [plan({ locked: [{ streamId: 'concept', costId: 'capex', year: 2026, amount: 1000 }] })],
    });
    const parsedNl = parseWorkspace(json, 'nl');
    expect(parsedNl.ok).toBe(false);
    if (parsedNl.ok) return;
    expect(parsedNl.issues.map((i) => [i.pathText, i.key])).toEqual([
      ['plans[0].locked[0].streamId', 'lockOnDraft'],
    ]);
    expect(parsedNl.issues[0]!.message).toContain('"Nieuwe regeling" is nog een concept');
  });
});
