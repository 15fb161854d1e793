/**
 * Every user-facing word of Coopfolio, Dutch and English, as i18next resources: one
 * JSON file per namespace and language under locales/. The UI, the CLI, the reports
 * and the error messages of the contract all read from here, so a word is written
 * once and both languages are checked to have every key (tests/i18n/parity.test.ts).
 *
 * Namespaces follow the layer that speaks: validation (model), finance, imports,
 * storage, errors (the contract's error codes), report, cli, electron and ui (the renderer).
 */
import enCli from './locales/en/cli.json' with { type: 'json' };
import enElectron from './locales/en/electron.json' with { type: 'json' };
import enErrors from './locales/en/errors.json' with { type: 'json' };
import enFinance from './locales/en/finance.json' with { type: 'json' };
import enImports from './locales/en/imports.json' with { type: 'json' };
import enReport from './locales/en/report.json' with { type: 'json' };
import enStorage from './locales/en/storage.json' with { type: 'json' };
import enValidation from './locales/en/validation.json' with { type: 'json' };
import nlCli from './locales/nl/cli.json' with { type: 'json' };
import nlElectron from './locales/nl/electron.json' with { type: 'json' };
import nlErrors from './locales/nl/errors.json' with { type: 'json' };
import nlFinance from './locales/nl/finance.json' with { type: 'json' };
import nlImports from './locales/nl/imports.json' with { type: 'json' };
import nlReport from './locales/nl/report.json' with { type: 'json' };
import nlStorage from './locales/nl/storage.json' with { type: 'json' };
import nlValidation from './locales/nl/validation.json' with { type: 'json' };

/** Namespaces shared by every host; the renderer adds its own `ui` namespace on top. */
export const CORE_RESOURCES = {
  nl: {
    validation: nlValidation,
    finance: nlFinance,
    imports: nlImports,
    storage: nlStorage,
    errors: nlErrors,
    report: nlReport,
    cli: nlCli,
    electron: nlElectron,
  },
  en: {
    validation: enValidation,
    finance: enFinance,
    imports: enImports,
    storage: enStorage,
    errors: enErrors,
    report: enReport,
    cli: enCli,
    electron: enElectron,
  },
} as const;

export type CoreNamespace = keyof (typeof CORE_RESOURCES)['nl'];
export const CORE_NAMESPACES = Object.keys(CORE_RESOURCES.nl) as CoreNamespace[];
