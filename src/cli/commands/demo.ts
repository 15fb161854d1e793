import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadDemoWorkspace } from '../../data';
import type { Lang } from '../../i18n';
import { workspaceToText } from '../../model/parse';
import type { Workspace } from '../../model/workspace';
import { createWorkspaceStore, openWorkspaceStore } from '../../storage';
import { writeFileAtomic } from '../../fs/atomic-write';
import { cliWords, euroFormat } from '../format';
import { resolveLang, type CliIo } from '../io';
import { cliMessage } from '../messages';
import { storageFailure } from '../workspace-input';

function summary(workspace: Workspace, lang: Lang): string[] {
  const t = cliWords(lang);
  const totalCost = workspace.plans
    .flatMap((plan) => plan.costs)
    .flatMap((cost) => Object.values(cost.amounts))
    .reduce((sum, amount) => sum + amount, 0);
  const silos = new Set(workspace.fundingStreams.map((s) => s.silo));
  const sectors = new Set(workspace.cooperatives.map((c) => c.sector));
  const rows: [string, string][] = [
    [t('demo.municipality'), workspace.settings.municipality],
    [t('demo.cooperatives'), `${workspace.cooperatives.length} (${[...sectors].join(', ')})`],
    [
      t('demo.streams'),
      t('demo.streamsValue', { number: workspace.fundingStreams.length, silos: silos.size }),
    ],
    [
      t('demo.plans'),
      t('demo.plansValue', {
        number: workspace.plans.length,
        cost: euroFormat(lang).format(totalCost / 100),
      }),
    ],
    [t('demo.indicators'), String(workspace.indicators.length)],
    [t('demo.scenarios'), workspace.scenarios.map((s) => s.name).join(', ')],
  ];
  const width = Math.max(...rows.map(([key]) => key.length));
  return rows.map(([key, value]) => `  ${key.padEnd(width)}  ${value}`);
}

export function registerDemo(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description('write the built-in demo workspace (SQLite file and JSON export) into a folder')
    .option('--out <dir>', 'output folder', 'out')
    .option('--lang <nl|en>', 'language of messages')
    .action((options: { out: string; lang?: string }) => {
      const lang = resolveLang(options.lang, io.env);
      const dir = resolve(io.cwd, options.out);
      mkdirSync(dir, { recursive: true });
      const dbFile = join(dir, 'demo.coopfolio');
      const jsonFile = join(dir, 'demo-workspace.json');
      let workspace: Workspace;
      try {
        createWorkspaceStore(dbFile, loadDemoWorkspace(), { overwrite: true }).close();
        // The JSON is exported from the file just written, so it shows what was stored.
        const store = openWorkspaceStore(dbFile);
        try {
          workspace = store.load();
        } finally {
          store.close();
        }
      } catch (error) {
        throw storageFailure(error, lang);
      }
      writeFileAtomic(jsonFile, workspaceToText(workspace));
      io.stdout(
        [
          cliMessage(lang, 'demoWritten', { dir }),
          `  ${dbFile}`,
          `  ${jsonFile}`,
          '',
          ...summary(workspace, lang),
          '',
        ].join('\n'),
      );
    });
}
