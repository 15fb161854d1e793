/**
 * `npm run bench -- --only plan-builder-redraw`: how long an edit in the plan builder
 * takes to show, measured in Chromium against the browser host (src/server/main.ts) on a
 * fresh copy of the demo workspace. For every plan of the demo it types a new amount into
 * the plan's first cost cell and presses Enter, COOPFOLIO_REDRAW_EDITS times (8), and
 * times each edit from the Enter keydown to the frame that paints the new blend in the
 * allocation table and the funding chart (plan-builder-redraw-page.ts). Runs only when
 * named: it needs Chromium and a built renderer (main.ts builds it when stale), and takes
 * two to five minutes on a shared two-core machine. COOPFOLIO_REDRAW_PLANS=n edits the
 * first n plans only.
 *
 * Besides the times it reports the CPU time of the server process and of Chromium (its
 * processes under this one, read from /proc, so Linux only) and, per phase, where the
 * time goes: until the page asks for the blend (plans.analysis), the blend in the host,
 * and the page's own work after the blend's answer arrived; and the page's main-thread
 * time per edit.
 * COOPFOLIO_REDRAW_TRACE=1 prints every edit's API calls (ms from the Enter key) to stderr;
 * COOPFOLIO_REDRAW_PROFILE=file.cpuprofile writes the page's CPU profile of all the edits
 * (Chromium DevTools opens it; build the renderer with `--minify false` for readable names).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession } from 'playwright-core';
import { loadDemoWorkspace } from '../../src/data';
import type { PlanJson } from '../../src/model/plan';
import { createWorkspaceStore } from '../../src/storage';
import { REDRAW_PAGE_SCRIPT } from './plan-builder-redraw-page';

export const PLAN_BUILDER_REDRAW_NAME = 'plan-builder-redraw';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const DEFAULT_EDITS = 8;
/** A cold start compiles the server through tsx (and may build the renderer) on a busy machine. */
const START_TIMEOUT_MS = 180_000;
const EDIT_TIMEOUT_MS = 30_000;
/** Linux's clock ticks per second for /proc/<pid>/stat (USER_HZ, 100 on every current kernel). */
const TICKS_PER_SECOND = 100;

/** Where an edit's time goes, in ms: until the blend's request leaves the page, the blend in the host, then the page again. */
interface Phases {
  untilAsked: number;
  analysis: number;
  afterAnalysis: number;
}

interface MainThread {
  task: number;
  script: number;
  layout: number;
}

interface Timing {
  planId: string;
  edit: number;
  /** Enter keydown to the frame that paints the new result. */
  ms: number;
  /** Enter keydown to the document showing it (before that frame). */
  shownMs: number;
  phases: Phases | null;
  /** The page's main thread from before the Enter key to the painted frame (CDP Performance metrics). */
  mainThread: MainThread;
}

export interface PlanBuilderRedrawResult {
  name: typeof PLAN_BUILDER_REDRAW_NAME;
  plans: number;
  runs: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
  min_ms: number;
  /** The very first edit of the run (a cold page and server). */
  first_edit_ms: number;
  /** The median of each plan's first edit (the plan just opened). */
  first_edit_per_plan_p50_ms: number;
  /** Medians per phase (ms from the Enter key): where the time goes. */
  phases_p50_ms: Phases;
  /** The slowest plan by median, to see whether one plan dominates the tail. */
  slowest_plan: { planId: string; p50_ms: number };
  wall_s: number;
  /** CPU seconds of the whole run, page loads included. */
  cpu_s: { server: number; chromium: number; bench: number };
  /** CPU per edit while editing (opening the plans left out; each plan's last save and reload in). */
  cpu_per_edit_ms: { server: number; chromium: number };
  /** The page's main thread per edit, Enter to paint, median (CDP Performance.getMetrics: all tasks, script, layout and style). */
  page_main_thread_per_edit_p50_ms: MainThread;
}

/** A whole number from an environment variable, `fallback` when unset. */
function countOfEnv(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1 || count > 200) {
    throw new Error(`${name} must be a whole number from 1 to 200, not "${text}"`);
  }
  return count;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index]!;
}

const median = (values: readonly number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/** CPU seconds (user + system) of `pid` and all its descendants still running. */
function treeCpuSeconds(rootPid: number, exclude: ReadonlySet<number> = new Set()): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  let ticks = 0;
  const visit = (pid: number) => {
    if (exclude.has(pid)) return;
    ticks += stats.get(pid)?.ticks ?? 0;
    for (const [child, stat] of stats) if (stat.ppid === pid) visit(child);
  };
  visit(rootPid);
  return ticks / TICKS_PER_SECOND;
}

interface Server {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/** The browser host on 127.0.0.1, started with tsx's loader so that its pid is the server's own. */
async function startServer(workspaceFile: string, dataDir: string): Promise<Server> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), 'src/server/main.ts', '--workspace', workspaceFile],
    {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', BROWSER: 'none', COOPFOLIO_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let errText = '';
  child.stderr?.on('data', (chunk: Buffer) => (errText += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the browser host did not start: ${errText}`)),
      START_TIMEOUT_MS,
    );
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('http://127.0.0.1:')) return;
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the browser host exited with ${code}: ${errText}`));
    });
  });
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The cell the benchmark edits: the plan's first cost line, in its first year with an amount. */
function editedCell(plan: PlanJson): { costId: string; year: number; cents: number } {
  for (const cost of plan.costs) {
    const years = Object.keys(cost.amounts).sort();
    const year = years.find((y) => (cost.amounts[y] ?? 0) > 0);
    if (year !== undefined) return { costId: cost.id, year: Number(year), cents: cost.amounts[year]! };
  }
  throw new Error(`plan "${plan.id}" has no cost amount to edit`);
}

const planTotalCents = (plan: PlanJson) =>
  plan.costs.reduce((sum, cost) => sum + Object.values(cost.amounts).reduce((a, b) => a + (b ?? 0), 0), 0);

interface PageTimes {
  keyAt: number;
  shownAt: number;
  paintedAt: number;
}
interface PageCall {
  op: string;
  start: number;
  end: number;
}

/** Where an edit's time went, from the page's resource timing of the blend request whose answer it shows. */
function phasesOf(times: PageTimes, calls: readonly PageCall[]): Phases | null {
  const analysis = calls.filter((call) => call.op === 'plans.analysis' && call.end <= times.shownAt).at(-1);
  if (analysis === undefined) return null;
  return {
    untilAsked: round(analysis.start - times.keyAt),
    analysis: round(analysis.end - analysis.start),
    afterAnalysis: round(times.paintedAt - analysis.end),
  };
}

async function mainThreadMetrics(session: CDPSession): Promise<MainThread> {
  const { metrics } = (await session.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    task: value('TaskDuration'),
    script: value('ScriptDuration'),
    layout: value('LayoutDuration') + value('RecalcStyleDuration'),
  };
}

export async function runPlanBuilderRedrawBench(
  stderr: (text: string) => void,
): Promise<PlanBuilderRedrawResult> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`${PLAN_BUILDER_REDRAW_NAME} needs Chromium at ${CHROMIUM_PATH} (CHROMIUM_PATH)`);
  const edits = countOfEnv('COOPFOLIO_REDRAW_EDITS', DEFAULT_EDITS);
  const temp = mkdtempSync(join(tmpdir(), 'coopfolio-redraw-'));
  const workspace = loadDemoWorkspace();
  // All the demo's plans unless COOPFOLIO_REDRAW_PLANS names fewer (the first ones), for a quick look.
  const plans = workspace.plans.slice(0, countOfEnv('COOPFOLIO_REDRAW_PLANS', workspace.plans.length));
  const file = join(temp, 'demo.coopfolio');
  createWorkspaceStore(file, workspace).close();
  const wallStart = performance.now();
  const benchCpuStart = process.cpuUsage();
  stderr(`${PLAN_BUILDER_REDRAW_NAME}: starting the browser host\n`);
  const server = await startServer(file, join(temp, 'user-data'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const serverCpuStart = treeCpuSeconds(server.pid);
  const chromiumCpuNow = () => treeCpuSeconds(process.pid, new Set([server.pid]));
  const chromiumCpuStart = chromiumCpuNow();
  const editCpu = { server: 0, chromium: 0 };
  const timings: Timing[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript({ content: REDRAW_PAGE_SCRIPT });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const profileFile = process.env['COOPFOLIO_REDRAW_PROFILE'];
    if (profileFile !== undefined && profileFile !== '') {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    for (const plan of plans) {
      const cell = editedCell(plan);
      // The plan's total cost without the edited cell: each edit's expected total is this plus the new amount.
      const otherCents = planTotalCents(plan) - cell.cents;
      await page.goto(`${server.url}#/plannen/${plan.id}`);
      await page.waitForSelector(
        '[data-testid=plan-analysis][data-state=current] [data-testid=chart-funding]',
        {
          timeout: START_TIMEOUT_MS,
        },
      );
      const editCpuStart = { server: treeCpuSeconds(server.pid), chromium: chromiumCpuNow() };
      for (let edit = 0; edit < edits; edit++) {
        // A different amount every time (up 5% per step from the stored one), in whole euros.
        const cents = Math.round((cell.cents * (1 + 0.05 * (edit + 1))) / 100) * 100;
        const expect = { total: (otherCents + cents) / 100 };
        await page.getByTestId(`cell-${cell.costId}-${cell.year}`).click();
        await page.keyboard.type(String(cents / 100));
        await page.evaluate(`window.__redraw.arm(${JSON.stringify(expect)})`);
        const before = await mainThreadMetrics(cdp);
        await page.keyboard.press('Enter');
        const times = (await page.evaluate(
          `Promise.race([window.__redraw.done, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ${EDIT_TIMEOUT_MS}))])`,
        )) as PageTimes;
        const after = await mainThreadMetrics(cdp);
        const calls = (await page.evaluate(`window.__redraw.calls(${times.keyAt - 1})`)) as PageCall[];
        if (process.env['COOPFOLIO_REDRAW_TRACE'] === '1') {
          const at = (ms: number) => round(ms - times.keyAt);
          const trace = calls.map((call) => `${call.op} ${at(call.start)}-${at(call.end)}`).join(', ');
          stderr(`\n${plan.id}#${edit}: ${round(times.paintedAt - times.keyAt)} ms: ${trace}\n`);
        }
        timings.push({
          planId: plan.id,
          edit,
          ms: round(times.paintedAt - times.keyAt),
          shownMs: round(times.shownAt - times.keyAt),
          phases: phasesOf(times, calls),
          mainThread: {
            task: round(after.task - before.task),
            script: round(after.script - before.script),
            layout: round(after.layout - before.layout),
          },
        });
        stderr(`\r${PLAN_BUILDER_REDRAW_NAME}: ${timings.length}/${plans.length * edits}`);
      }
      // The last edit's save and the reload after it belong to the edits too.
      await page.waitForSelector('[data-testid=plan-summary][data-state=current]', {
        timeout: EDIT_TIMEOUT_MS,
      });
      editCpu.server += treeCpuSeconds(server.pid) - editCpuStart.server;
      editCpu.chromium += chromiumCpuNow() - editCpuStart.chromium;
    }
    stderr('\n');
    if (profileFile !== undefined && profileFile !== '') {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(profileFile, JSON.stringify(profile));
      stderr(`${PLAN_BUILDER_REDRAW_NAME}: the page's CPU profile is in ${profileFile}\n`);
    }
    if (pageErrors.length > 0) throw new Error(`the page reported errors: ${pageErrors.join('; ')}`);
    const serverCpu = treeCpuSeconds(server.pid) - serverCpuStart;
    const chromiumCpu = chromiumCpuNow() - chromiumCpuStart;
    const benchCpu = process.cpuUsage(benchCpuStart);
    const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
    const withPhases = timings.flatMap((t) => (t.phases === null ? [] : [t.phases]));
    const phase = (key: keyof NonNullable<Timing['phases']>) => round(median(withPhases.map((p) => p[key])));
    const byPlan = plans.map((p) => ({
      planId: p.id,
      p50_ms: round(median(timings.filter((t) => t.planId === p.id).map((t) => t.ms))),
    }));
    const perEdit = (key: keyof MainThread) => round(median(timings.map((t) => t.mainThread[key])));
    return {
      name: PLAN_BUILDER_REDRAW_NAME,
      plans: plans.length,
      runs: timings.length,
      p50_ms: percentile(sorted, 0.5),
      p95_ms: percentile(sorted, 0.95),
      max_ms: sorted.at(-1)!,
      min_ms: sorted[0]!,
      first_edit_ms: timings[0]!.ms,
      first_edit_per_plan_p50_ms: round(median(timings.filter((t) => t.edit === 0).map((t) => t.ms))),
      phases_p50_ms: {
        untilAsked: phase('untilAsked'),
        analysis: phase('analysis'),
        afterAnalysis: phase('afterAnalysis'),
      },
      slowest_plan: byPlan.reduce((a, b) => (b.p50_ms > a.p50_ms ? b : a)),
      wall_s: round((performance.now() - wallStart) / 1000),
      cpu_per_edit_ms: {
        server: round((editCpu.server * 1000) / timings.length),
        chromium: round((editCpu.chromium * 1000) / timings.length),
      },
      cpu_s: {
        server: round(serverCpu),
        chromium: round(chromiumCpu),
        bench: round((benchCpu.user + benchCpu.system) / 1e6),
      },
      page_main_thread_per_edit_p50_ms: {
        task: perEdit('task'),
        script: perEdit('script'),
        layout: perEdit('layout'),
      },
    };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(temp, { recursive: true, force: true });
  }
}
