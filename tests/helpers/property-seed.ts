/**
 * fast-check options for a property over generated workspaces: CI (`.ci/run` sets `CI`)
 * runs one fixed sample, so that a submission is judged deterministically; elsewhere each
 * run draws a new sample, to keep exploring. A failure prints its seed to replay.
 */
export function ciSeed(seed: number): { seed?: number } {
  return process.env['CI'] === undefined ? {} : { seed };
}
