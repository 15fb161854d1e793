import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadDemoWorkspace } from '../../data';
import type { Lang } from '../../model/messages';
import { workspaceToText } from '../../model/parse';
import type { Workspace } from '../../model/workspace';
import { createWorkspaceStore, openWorkspaceStore } from '../../storage';
import { writeFileAtomic } from '../../fs/atomic-write';
import { resolveLang, type CliIo } from '../io';
import { cliMessage } from '../messages';
import { storageFailure } from '../workspace-input';

function euros(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(cents / 100);
}

function summary(workspace: Workspace, lang: Lang): string[] {
  const totalCost = workspace.plans
    .flatMap((plan) => plan.costs)
    .flatMap((cost) => Object.values(cost.amounts))
    .reduce((sum, amount) => sum + amount, 0);
  const silos = new Set(workspace.fundingStreams.map((s) => s.silo));
  const sectors = new Set(workspace.cooperatives.map((c) => c.sector));
  const label = lang === 'nl' ? 'nl' : 'en';
  const rows: [string, string][] =
    label === 'nl'
      ? [
          ['Gemeente', workspace.settings.municipality],
          ['Coöperaties', `${workspace.cooperatives.length} (${[...sectors].join(', ')})`],
          ['Financieringsbronnen', `${workspace.fundingStreams.length} uit ${silos.size} silo's`],
          ['Plannen', `${workspace.plans.length}, totale kosten ${euros(totalCost, lang)}`],
          ['Indicatoren', String(workspace.indicators.length)],
          ["Scenario's", workspace.scenarios.map((s) => s.name).join(', ')],
        ]
      : [
          ['Municipality', workspace.settings.municipality],
          ['Cooperatives', `${workspace.cooperatives.length} (${[...sectors].join(', ')})`],
          ['Funding streams', `${workspace.fundingStreams.length} from ${silos.size} silos`],
          ['Plans', `${workspace.plans.length}, total cost ${euros(totalCost, lang)}`],
          ['Indicators', String(workspace.indicators.length)],
          ['Scenarios', workspace.scenarios.map((s) => s.name).join(', ')],
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
