/**
 * The process the kill harness SIGKILLs. It opens a workspace through the real
 * open path (which migrates an old file, after a backup) and runs a seeded
 * stream of writes through the real store API (and, now and then, goes back to its
 * latest backup as the Backups panel does). Before each write it prints the
 * state the write will produce (`intent`), after the write returns it prints
 * `commit`: the parent then knows the file must hold the last committed state,
 * or the in-flight one, and nothing else.
 *
 * Usage: writer-child.ts <workspace> <backup-dir> <seed>
 */
import { writeSync } from 'node:fs';
import { blend } from '../../src/finance/blend';
import type { Plan, Workspace } from '../../src/model';
import {
  openWorkspaceStore,
  restoreBackup,
  writeRotatingBackup,
  type WorkspaceStore,
} from '../../src/storage';
import { richVariant, stateHash } from './workspace-state';
import { mulberry32 } from '../../bench/workloads/prng';

const [fileArg, backupDirArg, seedArg] = process.argv.slice(2);
if (fileArg === undefined || backupDirArg === undefined || seedArg === undefined) {
  throw new Error('usage: writer-child.ts <workspace> <backup-dir> <seed>');
}
const backupDir: string = backupDirArg;
const seedText: string = seedArg;

/** Unbuffered: a line the parent reads was written before the next write began. */
function say(line: string): void {
  writeSync(1, `${line}\n`);
}

type Edit = { name: string; next: Workspace; apply: (store: WorkspaceStore) => unknown };

function pick<T>(items: readonly T[], rnd: () => number): T | undefined {
  return items[Math.floor(rnd() * items.length)];
}

/**
 * A blend result saved: the plan builder's lock button, which fixes one amount of the
 * blend (computed here by the real engine) into the plan for the next blends.
 */
async function lockBlendEdit(current: Workspace, plan: Plan): Promise<Edit | null> {
  const result = await blend(current, { planIds: [plan.id] });
  const allocation = result.allocations.find((a) => a.amount > 0);
  if (allocation === undefined) return null;
  const lock = {
    streamId: allocation.streamId,
    costId: allocation.costId,
    year: allocation.year,
    amount: allocation.amount,
  };
  const others = plan.locked.filter(
    (l) => !(l.streamId === lock.streamId && l.costId === lock.costId && l.year === lock.year),
  );
  const changed = { ...plan, locked: [...others, lock] };
  const plans = current.plans.map((p) => (p.id === plan.id ? changed : p));
  return { name: 'lock-blend', next: { ...current, plans }, apply: (store) => store.updatePlan(changed) };
}

/** One write chosen at random, with the workspace it must leave behind. */
async function nextEdit(current: Workspace, seq: number, rnd: () => number): Promise<Edit> {
  // Runs resume each other's file: the seed keeps new ids unique across runs.
  const tag = `w${seedText}-${seq}`;
  const roll = rnd();
  const coop = pick(current.cooperatives, rnd);
  const plan = pick(current.plans, rnd);
  const scenario = pick(current.scenarios, rnd);
  const stream = pick(current.fundingStreams, rnd);
  if (roll < 0.05) {
    // A whole-workspace import over the open file.
    const next = richVariant(tag);
    return { name: 'replace', next, apply: (store) => store.replace(next) };
  }
  if (roll < 0.12) {
    return {
      name: 'backup',
      next: current,
      apply: (store) => writeRotatingBackup(store, { dir: backupDir, keep: 3 }),
    };
  }
  if (roll < 0.25) {
    const settings = { ...current.settings, municipality: `Gemeente ${tag}` };
    return {
      name: 'settings',
      next: { ...current, settings },
      apply: (store) => store.updateSettings(settings),
    };
  }
  if (roll < 0.45 && coop !== undefined) {
    const changed = { ...coop, name: `Coop ${tag}`, members: seq % 5000 };
    const cooperatives = current.cooperatives.map((c) => (c.id === coop.id ? changed : c));
    return {
      name: 'cooperative',
      next: { ...current, cooperatives },
      apply: (store) => store.updateCooperative(changed),
    };
  }
  if (roll < 0.55) {
    const base = current.cooperatives[0];
    if (base !== undefined) {
      const added = { ...base, id: `coop-${tag}`, name: `Nieuw ${tag}` };
      const next = { ...current, cooperatives: [...current.cooperatives, added] };
      return { name: 'insert-cooperative', next, apply: (store) => store.insertCooperative(added) };
    }
  }
  if (roll < 0.62) {
    const unused = current.cooperatives.filter(
      (c) => c.id.startsWith('coop-w') && !current.plans.some((p) => p.cooperativeId === c.id),
    );
    const victim = pick(unused, rnd);
    if (victim !== undefined) {
      const next = { ...current, cooperatives: current.cooperatives.filter((c) => c.id !== victim.id) };
      return { name: 'delete-cooperative', next, apply: (store) => store.deleteCooperative(victim.id) };
    }
  }
  if (roll < 0.72 && stream !== undefined) {
    const changed = { ...stream, name: `Stream ${tag}` };
    const fundingStreams = current.fundingStreams.map((s) => (s.id === stream.id ? changed : s));
    return {
      name: 'stream',
      next: { ...current, fundingStreams },
      apply: (store) => store.updateFundingStream(changed),
    };
  }
  if (roll < 0.8 && plan !== undefined) {
    const locked = await lockBlendEdit(current, plan);
    if (locked !== null) return locked;
  }
  if (roll < 0.86 && plan !== undefined) {
    const changed = { ...plan, name: `Plan ${tag}` };
    const plans = current.plans.map((p) => (p.id === plan.id ? changed : p));
    return { name: 'plan', next: { ...current, plans }, apply: (store) => store.updatePlan(changed) };
  }
  if (scenario !== undefined) {
    // A scenario edit: what a saved blend set-up is in this store (results are recomputed, not stored).
    const changed = {
      ...scenario,
      name: `Scenario ${tag}`,
      plans: rnd() < 0.5 ? [] : current.plans.map((p) => p.id),
    };
    const scenarios = current.scenarios.map((s) => (s.id === scenario.id ? changed : s));
    return {
      name: 'scenario',
      next: { ...current, scenarios },
      apply: (store) => store.updateScenario(changed),
    };
  }
  const settings = { ...current.settings, municipality: `Gemeente ${tag}` };
  return {
    name: 'settings',
    next: { ...current, settings },
    apply: (store) => store.updateSettings(settings),
  };
}

/**
 * Going back to this run's latest backup, as the Backups panel does: the store is closed,
 * the backup put in place (the current file kept as a `replaced` backup) and reopened.
 */
function restoreLatest(file: string, backup: { path: string; hash: string }): WorkspaceStore {
  restoreBackup(file, { dir: backupDir, from: backup.path, current: 'replaced' });
  return openWorkspaceStore(file, { backupDir });
}

async function main(file: string, seed: number): Promise<void> {
  const rnd = mulberry32(seed);
  say('opening');
  let store = openWorkspaceStore(file, { backupDir });
  let current = store.load();
  say(`opened ${stateHash(current)}`);
  let lastBackup: { path: string; hash: string } | null = null;
  for (let seq = 1; ; seq++) {
    if (lastBackup !== null && rnd() < 0.05) {
      say(`intent ${seq} restore ${lastBackup.hash}`);
      store.close();
      store = restoreLatest(file, lastBackup);
      current = store.load();
      if (stateHash(current) !== lastBackup.hash) throw new Error('the restored file is not the backup');
      say(`commit ${seq} restore ${lastBackup.hash}`);
      continue;
    }
    const edit = await nextEdit(current, seq, rnd);
    say(`intent ${seq} ${edit.name} ${stateHash(edit.next)}`);
    const result = await edit.apply(store);
    current = edit.next;
    if (typeof result === 'string') lastBackup = { path: result, hash: stateHash(current) };
    // A backup's line ends with its path, so the parent can check the copy.
    const extra = typeof result === 'string' ? ` ${result}` : '';
    say(`commit ${seq} ${edit.name} ${stateHash(current)}${extra}`);
  }
}

main(fileArg, Number(seedText)).catch((error: unknown) => {
  say(`error ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
