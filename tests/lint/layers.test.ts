/**
 * The layer rules of eslint.config.js (scripts/layers.mjs) catch what they are for: a
 * text placed where a module would live, linted with the project's own configuration
 * through ESLint's Node API, fails on an upward import, an import between hosts and an
 * import cycle, and passes when it imports only its own layer or below.
 */
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const LAYER_RULES = new Set(['import-x/no-restricted-paths', 'import-x/no-cycle']);

let eslint: ESLint;

// Loading the configuration and the TypeScript parser, and following an import's whole
// graph for no-cycle, take seconds on a busy two-core machine.
const SLOW = { timeout: 180_000 };

beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  await eslint.lintText('export {};\n', { filePath: join(ROOT, 'src/model/x.ts') });
}, SLOW.timeout);

/** The layer-rule messages for `code` placed at `path` (relative to the repository). */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules', SLOW, () => {
  it('refuses finance importing the API (an upward import)', async () => {
    const errors = await layerErrors(
      'src/finance/x.ts',
      "import { invoke } from '../api/invoke';\nexport const run = invoke;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('import-x/no-restricted-paths');
    expect(errors[0]).toContain('"../api/invoke"');
    expect(errors[0]).toContain('Layer "finance" may import only its own layer or those below it');
  });

  it('refuses the model importing finance, and a core module importing the contract', async () => {
    const model = await layerErrors(
      'src/model/x.ts',
      "import { planCashFlow } from '../finance/cashflow';\nexport const f = planCashFlow;\n",
    );
    expect(model).toEqual([expect.stringContaining('Layer "model"')]);
    const reports = await layerErrors(
      'src/reports/x.ts',
      "import type { ScenarioJob } from '../contract/scenario-jobs';\nexport type S = ScenarioJob;\n",
    );
    // A type-only import is an import all the same: the schema belongs with its module.
    expect(reports).toEqual([expect.stringContaining('Layer "services"')]);
  });

  it('refuses one host importing another', async () => {
    const errors = await layerErrors(
      'renderer/src/x.ts',
      "import { createToken } from '../../src/server/app';\nexport const s = createToken;\n",
    );
    expect(errors).toEqual([expect.stringContaining('A host may not import another host')]);
  });

  it('refuses an import cycle', async () => {
    // formulation-model.ts imports ./keys; a keys.ts that imported it back closes a cycle.
    const errors = await layerErrors(
      'src/finance/blend/keys.ts',
      "import { lineKey } from './formulation-model';\nexport const yearKey = (a: number, b: number) => a * 10_000 + b;\nexport const k = lineKey;\n",
    );
    expect(errors).toEqual([expect.stringContaining('import-x/no-cycle: Dependency cycle')]);
  });

  it('allows imports from the same layer and below', async () => {
    const errors = await layerErrors(
      'src/reports/x.ts',
      [
        "import { translate } from '../i18n';",
        "import { centsToEuros } from '../model/money';",
        "import { planCashFlow } from '../finance/cashflow';",
        "import { tableToCsv } from './csv';",
        'export const all = [translate, centsToEuros, planCashFlow, tableToCsv];',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });
});
