/**
 * The user's own names as the report shows them. React escapes every string, so markup
 * in a name stays text; what escaping does not stop is a bidi override (U+202E) turning
 * the figures after it around, or a control character. Those are refused on import
 * (src/model/text.ts), and a workspace that slipped past that still prints readably.
 */
import type { Workspace } from '../../model/workspace';

// Bidi embeddings, overrides and isolates (Trojan Source, CVE-2021-42574).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
// C0 controls except tab and newline, DEL and C1 controls.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** A user string fit to print: bidi controls and control characters removed. */
export function displayText(text: string): string {
  return text.replace(BIDI_CONTROL, '').replace(CONTROL, '');
}

export interface Names {
  cooperative(id: string): string;
  plan(id: string): string;
  stream(id: string): string;
  indicator(id: string): string;
}

/**
 * Display names by id; an unknown id prints as itself rather than failing the report.
 * `pools`: the streams de-siloing scenarios made (their blends pay from them).
 */
export function namesOf(workspace: Workspace, pools: readonly { id: string; name: string }[] = []): Names {
  const table = (items: readonly { id: string; name: string }[]) =>
    new Map(items.map((item) => [item.id, displayText(item.name)]));
  const cooperatives = table(workspace.cooperatives);
  const plans = table(workspace.plans);
  const streams = table([...pools, ...workspace.fundingStreams]);
  const indicators = new Map(workspace.indicators.map((i) => [i.id, displayText(i.label)]));
  return {
    cooperative: (id) => cooperatives.get(id) ?? id,
    plan: (id) => plans.get(id) ?? id,
    stream: (id) => streams.get(id) ?? id,
    indicator: (id) => indicators.get(id) ?? id,
  };
}
