/**
 * Samples per property run: the number given, times BLEND_RUNS_FACTOR when set, to look
 * for rare cases locally with CI unset (say `BLEND_RUNS_FACTOR=20 npx vitest run
 * tests/finance/blend/optimality-lender.test.ts --testTimeout 0`; docs/blend.md).
 */
export function runs(n: number): number {
  const factor = Number(process.env['BLEND_RUNS_FACTOR'] ?? 1);
  return Number.isFinite(factor) && factor > 0 ? Math.max(1, Math.round(n * factor)) : n;
}
