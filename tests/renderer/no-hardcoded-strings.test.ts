// Every word a renderer component shows (text, tooltip, label read aloud, placeholder)
// comes from the ui catalogue, so it exists in Dutch and English. A word typed straight
// into JSX would show Dutch to an English reader (or the other way round).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardcodedStrings } from './hardcoded-strings';

const RENDERER = join(import.meta.dirname, '../../renderer/src');

function components(): string[] {
  return (readdirSync(RENDERER, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.tsx'))
    .sort();
}

describe('renderer components', () => {
  it('are found (the scan really reads the screens)', () => {
    expect(components().length).toBeGreaterThan(100);
  });

  it('hard-code no user-facing text', () => {
    const hits = components().flatMap((file) =>
      findHardcodedStrings(file, readFileSync(join(RENDERER, file), 'utf8')).map(
        (hit) => `${file}:${hit.line} ${hit.where} ${JSON.stringify(hit.text)}`,
      ),
    );
    expect(hits).toEqual([]);
  });
});

describe('the hard-coded text finder', () => {
  const find = (source: string) =>
    findHardcodedStrings('Probe.tsx', source).map((hit) => `${hit.where} ${hit.text}`);

  it('finds JSX text, string children and spoken attributes', () => {
    const source = `
      export function Probe({ busy }: { busy: boolean }) {
        return (
          <section aria-label="Overzicht">
            <h2>Begroting</h2>
            <input placeholder={'Zoeken'} title={busy ? 'Bezig' : t('idle')} />
            <img alt={\`Logo \${name}\`} />
            <Field label="Naam" />
            <p>{busy && 'Even geduld'}</p>
          </section>
        );
      }`;
    expect(find(source)).toEqual([
      'aria-label Overzicht',
      'text Begroting',
      'placeholder Zoeken',
      'title Bezig',
      'alt Logo',
      'label Naam',
      'text Even geduld',
    ]);
  });

  it('lets translated text, symbols, class names and verbatim commands pass', () => {
    const source = `
      export function Probe() {
        return (
          <p className="num warning" data-testid="probe" aria-label={t('probe.label')}>
            {t('probe.text')} € — {value}% ·
            <code>{\`npx coopfolio restore --db "\${path}"\`}</code>
          </p>
        );
      }`;
    expect(find(source)).toEqual([]);
  });
});
