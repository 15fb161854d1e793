import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { renderReportHtml } from '../../src/reports/html';
import { buildReport } from '../../src/reports/model';
import type { Workspace } from '../../src/model/workspace';

/** Names a careless or hostile workspace might carry; the import refuses some, a report must survive all. */
const HOSTILE = {
  formula: '=HYPERLINK("http://x","y")',
  markup: '<img src=x onerror=alert(1)>',
  // Hebrew, a right-to-left override (U+202E), then Arabic and Latin.
  rtl: 'קואופרטיב השכונה \u202Eتعاونية الحي Oost',
  // One unbroken 2,000-character word: only a break inside the word keeps it on the page.
  long: 'Zonnepanelencoöperatie'.repeat(91).slice(0, 2000),
} as const;

/**
 * The demo workspace with hostile names on a cooperative, its plan and the streams that
 * fund it, on the municipality, a scenario and an indicator. Set on the parsed model, as
 * a workspace that slipped past validation would carry them.
 */
function hostileWorkspace(): Workspace {
  const workspace = loadDemoWorkspace();
  const rename = <T extends { id: string; name: string }>(items: T[], id: string, name: string) => {
    const item = items.find((i) => i.id === id);
    if (item === undefined) throw new Error(`demo has no ${id}`);
    item.name = name;
  };
  rename(workspace.cooperatives, 'zonnewende-oost', HOSTILE.markup);
  rename(workspace.plans, 'zon-op-oost', HOSTILE.formula);
  rename(workspace.fundingStreams, 'klimaatfonds-wijkaanpak', HOSTILE.rtl);
  rename(workspace.fundingStreams, 'duurzaamheidslening', HOSTILE.markup);
  rename(workspace.cooperatives, 'rijsamen', HOSTILE.long);
  rename(workspace.plans, 'rijsamen-elektrisch', HOSTILE.long);
  rename(workspace.scenarios, 'basis', HOSTILE.rtl);
  const indicator = workspace.indicators.find((i) => i.id === 'co2-grondgebied');
  if (indicator === undefined) throw new Error('demo has no co2-grondgebied');
  indicator.label = HOSTILE.markup;
  workspace.settings.municipality = HOSTILE.formula;
  return workspace;
}

async function hostileHtml(): Promise<string> {
  const model = await buildReport(hostileWorkspace(), {
    scenarioIds: ['basis', 'klimaatversnelling'],
    lang: 'nl',
    draws: 50,
    provenance: {
      appVersion: '0.0.0-test',
      workspaceFile: HOSTILE.markup,
      generatedAt: '2026-03-01T10:00:00Z',
    },
  });
  return renderReportHtml(model);
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('hostile names in the report', () => {
  let html: string;
  beforeAll(async () => {
    html = await hostileHtml();
  });

  it('prints markup in a name as text: no element comes from user data', () => {
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(occurrences(html, '&lt;img src=x onerror=alert(1)&gt;')).toBeGreaterThan(5);
  });

  it('prints a spreadsheet formula as text, not as a link', () => {
    // The only links are the contents list's, to the report's own sections.
    const links = [...html.matchAll(/<a\b[^>]*>/gi)].map((m) => m[0]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^<a href="#section-[a-z-]+">$/);
    expect(html).not.toMatch(/href="http/i);
    expect(occurrences(html, '=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)')).toBeGreaterThan(3);
  });

  it('isolates right-to-left names and drops the override that would turn the text after it around', () => {
    expect(html).not.toContain('\u202E');
    const shown = HOSTILE.rtl.replace('\u202E', '');
    expect(occurrences(html, `<bdi>${shown}</bdi>`)).toBeGreaterThan(3);
  });

  it('lets a 2,000-character name wrap instead of widening the page', () => {
    expect(occurrences(html, `<bdi>${HOSTILE.long}</bdi>`)).toBeGreaterThan(3);
    expect(html).toMatch(/bdi \{ overflow-wrap: anywhere; \}/);
    // No chart writes a user's name as SVG text, where nothing would wrap it.
    const svgTexts = html.match(/<text[\s\S]*?<\/text>/g) ?? [];
    expect(svgTexts.length).toBeGreaterThan(100);
    for (const text of svgTexts) expect(text).not.toContain(HOSTILE.long.slice(0, 50));
  });
});
