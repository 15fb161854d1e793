import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import type { Stage } from '../../src/model/cooperative';
import type { Lang } from '../../src/model/messages';
import { renderReportHtml } from '../../src/reports/html';
import { buildReport } from '../../src/reports/model';

const provenance = {
  appVersion: '0-test',
  workspaceFile: 'demo.coopfolio',
  generatedAt: '2026-03-01T10:00:00Z',
};

/** The demo with one cooperative's path recorded and every other one's cleared. */
async function reportHtml(lang: Lang): Promise<{ html: string; withPath: string; others: string[] }> {
  const workspace = loadDemoWorkspace();
  const scenario = workspace.scenarios[0];
  if (scenario === undefined) throw new Error('demo has no scenario');
  const reportedIds = new Set(
    workspace.plans.filter((p) => scenario.plans.includes(p.id)).map((p) => p.cooperativeId),
  );
  const target = workspace.cooperatives.find((c) => reportedIds.has(c.id));
  if (target === undefined) throw new Error('no reported cooperative');
  // The demo records most paths; here only the target keeps one.
  workspace.cooperatives = workspace.cooperatives.map(({ coach: _coach, intakeDate: _intake, ...rest }) => ({
    ...rest,
    stageHistory: [],
    coachingHours: [],
  }));
  const mine = workspace.cooperatives.find((c) => c.id === target.id);
  if (mine === undefined) throw new Error('target lost');
  const stage: Stage = 'growth';
  Object.assign(mine, {
    stage,
    coach: 'Fatma Yılmaz',
    intakeDate: '2024-01-15',
    stageHistory: [
      { stage: 'idea', from: '2024-01-15' },
      { stage: 'growth', from: '2025-03-01' },
    ],
    coachingHours: [
      { month: '2025-02', hours: 4 },
      { month: '2025-01', hours: 7.5 },
    ],
  });
  const model = await buildReport(workspace, { scenarioIds: [scenario.id], lang, draws: 50, provenance });
  const others = [...reportedIds].filter((id) => id !== target.id);
  return { html: renderReportHtml(model), withPath: target.id, others };
}

function pathBlock(html: string, id: string): string | null {
  const start = html.indexOf(`data-cooperative-path="${id}"`);
  if (start < 0) return null;
  return html
    .slice(start, html.indexOf('</div>', start))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('the cooperative chapter of the report shows its path through the incubator', () => {
  it('in Dutch: coach, intake, dated stages and the coaching hours', async () => {
    const { html, withPath, others } = await reportHtml('nl');
    const block = pathBlock(html, withPath);
    expect(block).toContain('Coach: Fatma Yılmaz');
    expect(block).toContain('Intake: 15 januari 2024');
    expect(block).toContain('Fasenverloop: Idee (15 januari 2024) → Groei (sinds 1 maart 2025)');
    expect(block).toContain('Coachinguren: 11,5 uur in 2 maanden (januari 2025 – februari 2025)');
    // Nothing is shown where nothing is recorded.
    for (const id of others) expect(pathBlock(html, id)).toBeNull();
  });

  it('in English', async () => {
    const { html, withPath } = await reportHtml('en');
    const block = pathBlock(html, withPath);
    expect(block).toContain('Intake: 15 January 2024');
    expect(block).toContain('Stage history: Idea (15 January 2024) → Growth (since 1 March 2025)');
    expect(block).toContain('Coaching hours: 11.5 hours in 2 months (January 2025 – February 2025)');
  });
});
