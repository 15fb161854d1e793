import 'i18next';
import type { CORE_RESOURCES } from '../../../src/i18n/resources';
import type nlUi from '../../../src/i18n/locales/nl/ui.json';

// Translation keys are checked against the Dutch catalogues (the reference language):
// the renderer's own `ui` namespace by default, the shared ones with a prefix (`errors:...`).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof nlUi } & (typeof CORE_RESOURCES)['nl'];
    returnNull: false;
  }
}
