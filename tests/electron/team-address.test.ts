import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classifyLoadFailure,
  describeLoadFailure,
  isTeamOrigin,
  isTeamUrl,
  loadErrorCode,
  MAX_ADDRESS_LENGTH,
  parseTeamAddress,
  teamHostLabel,
  teamPartition,
  teamStartUrl,
} from '../../electron/team-address';

const origin = (input: string) => {
  const parsed = parseTeamAddress(input, 'en');
  if (!parsed.ok) throw new Error(`expected ${input} to be accepted: ${parsed.message}`);
  return parsed.origin;
};
const refusal = (input: string, lang: 'nl' | 'en' = 'en') => {
  const parsed = parseTeamAddress(input, lang);
  if (parsed.ok) throw new Error(`expected ${input} to be refused, got ${parsed.origin}`);
  return parsed.message;
};

describe('team workspace address', () => {
  it('reduces an https address to its origin', () => {
    expect(origin('https://coopfolio.gemeente.nl')).toBe('https://coopfolio.gemeente.nl');
    expect(origin('  https://Coopfolio.Gemeente.NL/  ')).toBe('https://coopfolio.gemeente.nl');
    expect(origin('https://coopfolio.gemeente.nl:443/#/plans?x=1')).toBe('https://coopfolio.gemeente.nl');
    expect(origin('https://coopfolio.gemeente.nl:8443/index.html')).toBe(
      'https://coopfolio.gemeente.nl:8443',
    );
  });

  it('assumes https without a scheme, and http for this machine (the server itself speaks http)', () => {
    expect(origin('coopfolio.gemeente.nl')).toBe('https://coopfolio.gemeente.nl');
    expect(origin('127.0.0.1:5179')).toBe('http://127.0.0.1:5179');
    expect(origin('localhost:5179')).toBe('http://localhost:5179');
  });

  it('allows plain http to the loopback addresses only', () => {
    expect(origin('http://127.0.0.1:5179/')).toBe('http://127.0.0.1:5179');
    expect(origin('http://localhost:5179')).toBe('http://localhost:5179');
    expect(origin('http://[::1]:5179')).toBe('http://[::1]:5179');
    for (const address of [
      'http://coopfolio.gemeente.nl',
      'http://10.0.0.5:5179',
      'http://localhost.evil.example:5179',
      'http://127.0.0.1.nip.io',
      'http://[::2]:5179',
    ]) {
      expect(refusal(address)).toContain('"Address"');
      expect(refusal(address)).toContain('http');
    }
    expect(refusal('http://coopfolio.gemeente.nl', 'nl')).toBe(
      'Het veld "Adres" gebruikt http zonder versleuteling: "http://coopfolio.gemeente.nl". Gebruik https://; http is alleen toegestaan voor deze computer (127.0.0.1, localhost, ::1).',
    );
  });

  it('refuses other schemes, credentials, blanks and nonsense, naming the field', () => {
    expect(refusal('')).toBe('Fill in the "Address" field, for example https://coopfolio.gemeente.nl.');
    expect(refusal('   ', 'nl')).toContain('"Adres"');
    for (const address of [
      'file:///etc/passwd',
      'ftp://coopfolio.gemeente.nl',
      'app://coopfolio/index.html',
    ]) {
      expect(refusal(address)).toContain('must be an https:// address');
    }
    expect(refusal('https://piet:geheim@coopfolio.gemeente.nl')).toContain('user name or password');
    expect(refusal('https://')).toContain('valid web address');
    expect(refusal('coopfolio gemeente nl')).toContain('valid web address');
    expect(refusal(`https://${'a'.repeat(MAX_ADDRESS_LENGTH)}.nl`)).toContain('valid web address');
  });

  it('treats javascript: and data: as other schemes (never opened)', () => {
    expect(parseTeamAddress('javascript:alert(1)', 'en').ok).toBe(false);
    expect(parseTeamAddress('data:text/html,<b>x</b>', 'en').ok).toBe(false);
  });

  it('trusts a stored origin only when it is exactly what the rules give', () => {
    expect(isTeamOrigin('https://coopfolio.gemeente.nl')).toBe(true);
    expect(isTeamOrigin('http://127.0.0.1:5179')).toBe(true);
    expect(isTeamOrigin('https://coopfolio.gemeente.nl/')).toBe(false);
    expect(isTeamOrigin('coopfolio.gemeente.nl')).toBe(false);
    expect(isTeamOrigin('http://coopfolio.gemeente.nl')).toBe(false);
  });

  it('starts at the root of the server', () => {
    expect(teamStartUrl('https://coopfolio.gemeente.nl')).toBe('https://coopfolio.gemeente.nl/');
    expect(teamHostLabel('http://127.0.0.1:5179')).toBe('127.0.0.1:5179');
  });
});

describe('team session partition', () => {
  it('is persistent, one per origin, and not the address itself', () => {
    const a = teamPartition('https://coopfolio.gemeente.nl');
    expect(a).toMatch(/^persist:team-[0-9a-f]{24}$/);
    expect(a).toBe(teamPartition('https://coopfolio.gemeente.nl'));
    expect(a).not.toBe(teamPartition('https://coopfolio.gemeente.nl:8443'));
    expect(a).not.toBe(teamPartition('http://127.0.0.1:5179'));
    expect(teamPartition('http://127.0.0.1:5179')).not.toBe(teamPartition('http://localhost:5179'));
  });
});

describe('team window allow-list', () => {
  const team = 'https://coopfolio.gemeente.nl';

  it('allows exactly the team origin over http(s)', () => {
    expect(isTeamUrl('https://coopfolio.gemeente.nl/', team)).toBe(true);
    expect(isTeamUrl('https://coopfolio.gemeente.nl/api/plans.list', team)).toBe(true);
    expect(isTeamUrl('https://COOPFOLIO.gemeente.nl:443/assets/index.js', team)).toBe(true);
  });

  it('refuses every other origin, scheme, port and embedded credentials', () => {
    for (const url of [
      'http://coopfolio.gemeente.nl/',
      'https://coopfolio.gemeente.nl:8443/',
      'https://evil.example/',
      'https://coopfolio.gemeente.nl.evil.example/',
      'https://x@coopfolio.gemeente.nl/',
      'wss://coopfolio.gemeente.nl/',
      'app://coopfolio/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(isTeamUrl(url, team), url).toBe(false);
    }
  });
});

describe('a team workspace that did not load', () => {
  it('tells certificate errors from an unreachable server', () => {
    expect(classifyLoadFailure('ERR_CERT_AUTHORITY_INVALID')).toBe('certificate');
    expect(classifyLoadFailure('ERR_CERT_DATE_INVALID')).toBe('certificate');
    expect(classifyLoadFailure('ERR_SSL_PROTOCOL_ERROR')).toBe('certificate');
    expect(classifyLoadFailure('ERR_CONNECTION_REFUSED')).toBe('unreachable');
    expect(classifyLoadFailure('ERR_NAME_NOT_RESOLVED')).toBe('unreachable');
    expect(classifyLoadFailure('ERR_CONNECTION_TIMED_OUT')).toBe('unreachable');
    expect(classifyLoadFailure('ERR_INTERNET_DISCONNECTED')).toBe('unreachable');
    expect(classifyLoadFailure('ERR_ABORTED')).toBe('other');
  });

  it("reads Chromium's error name from what loadURL rejects with", () => {
    expect(loadErrorCode(Object.assign(new Error('x'), { code: 'ERR_CONNECTION_REFUSED' }))).toBe(
      'ERR_CONNECTION_REFUSED',
    );
    expect(loadErrorCode(new Error("ERR_CERT_DATE_INVALID (-201) loading 'https://x/'"))).toBe(
      'ERR_CERT_DATE_INVALID',
    );
    expect(loadErrorCode('something else')).toBe('ERR_FAILED');
  });

  it('names the address in Dutch and English, and never offers to go on past a bad certificate', () => {
    const refused = Object.assign(new Error('failed'), { code: 'ERR_CONNECTION_REFUSED' });
    expect(describeLoadFailure('https://coopfolio.gemeente.nl', refused, 'nl')).toBe(
      'De teamserver op https://coopfolio.gemeente.nl is niet bereikbaar (ERR_CONNECTION_REFUSED). Controleer het adres en de netwerkverbinding, of vraag de beheerder of de server draait. Wat al open was, blijft open.',
    );
    const certificate = Object.assign(new Error('failed'), { code: 'ERR_CERT_AUTHORITY_INVALID' });
    const text = describeLoadFailure('https://coopfolio.gemeente.nl', certificate, 'en');
    expect(text).toContain('https://coopfolio.gemeente.nl');
    expect(text).toContain('certificate');
    expect(text).toContain('never goes past that');
    expect(describeLoadFailure('https://x.nl', new Error('ERR_ABORTED'), 'en')).toContain(
      'could not be loaded',
    );
  });
});

describe('certificate errors', () => {
  // Chromium refuses a bad certificate unless the app handles 'certificate-error' and
  // says yes, installs its own verify proc, or starts with a switch that turns checks
  // off. The shell does none of these (the electronegativity gate flags the first two too).
  it('are never bypassed anywhere in the desktop shell', () => {
    const dir = join(import.meta.dirname, '..', '..', 'electron');
    const sources = readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => readFileSync(join(dir, name), 'utf8'));
    expect(sources.length).toBeGreaterThan(10);
    for (const source of sources) {
      expect(source).not.toMatch(/\.on\(\s*['"]certificate-error['"]/);
      expect(source).not.toMatch(/setCertificateVerifyProc\s*\(/);
      expect(source).not.toMatch(/ignore-certificate-errors|allow-insecure-localhost/);
      expect(source).not.toMatch(/appendSwitch\(/);
    }
  });
});
