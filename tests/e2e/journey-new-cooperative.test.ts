/**
 * Issue 14, point 6 in Chromium: a coach takes a cooperative that just walked in from
 * intake (coach, intake date) to a first plan with cost lines and revenue, sees its blend,
 * records an application to a funding stream, marks it granted from the decision letter
 * (the stream then pays exactly the granted total), and exports the council report, whose
 * chapter on the cooperative shows the plan and the award with its status. Only the screens
 * a coach sees are used: no JSON, no calls to the host; the report is read from the ZIP the
 * Reports screen downloads. The same journey runs twice on one workspace: in Dutch, then,
 * after the language is switched in the header, in English with a second cooperative.
 * Every label the test reaches for is the text on screen in that language, so a missing
 * translation fails here. Screenshots of the key steps go to /tmp/journey-<lang>-*.png.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let host: WebHost;
let browser: Browser;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('reis-nieuwe-cooperatie.coopfolio', (app) => ({ host, browser, page, pageErrors } = app));

/** Saves reload the workspace and blends run in the host: on two shared cores that can take seconds. */
const WAIT = { timeout: 60_000 };
const STEP = 180_000;

/** What the screens say in one language, as far as the journey reads or clicks it. */
interface Words {
  languageButton: RegExp;
  nav: { cooperatives: string; plans: string; reports: string };
  newCooperative: string;
  save: string;
  cooperative: {
    name: string;
    sector: string;
    district: string;
    stage: string;
    members: string;
    coach: string;
    intakeDate: string;
    saved: (name: string) => string;
  };
  newPlan: string;
  plan: {
    name: string;
    cooperative: string;
    startYear: string;
    years: string;
    added: (name: string) => string;
  };
  addLine: { category: string; label: string; button: string; added: (label: string) => string };
  revenues: string;
  standalone: string;
  inPortfolio: string;
  analysisTitle: string;
  awards: {
    add: string;
    stream: string;
    status: string;
    requested: string;
    appliedOn: string;
    granted: string;
    decidedOn: string;
    reference: string;
    applied: string;
    grantedStatus: string;
    edit: (stream: string) => string;
    added: (stream: string) => string;
    changed: (stream: string) => string;
    /** Read out before the blend's words on each award. */
    blendSays: string;
  };
  report: {
    awardsTitle: string;
    /** The formats not needed here, unticked to keep the export short. */
    otherFormats: string[];
    export: string;
    downloadAll: string;
  };
}

/** One run of the journey: the language, its words, and the cooperative and plan it makes. */
interface Journey {
  lang: 'nl' | 'en';
  words: Words;
  cooperative: {
    name: string;
    sector: string;
    district: string;
    stage: string;
    members: string;
    coach: string;
    intakeDate: string;
  };
  plan: { name: string; years: string };
  /** Cost lines: category label, description and amounts typed the language's way, in euros. */
  lines: { category: string; label: string; amounts: Record<number, [string, number]> }[];
  revenues: Record<number, [string, number]>;
  /** The plan's total cost as the key-figures bar writes it in this language. */
  totalCostText: string;
  /** The intake date as the report writes it. */
  intakeInReport: string;
  /** The application the coach records, then its decision letter; amounts typed and in euros. */
  award: {
    stream: string;
    requested: string;
    appliedOn: string;
    granted: [string, number];
    decidedOn: string;
    reference: string;
    /** What the blend says of it while applied, then once granted, as the builder shows it. */
    pendingSays: string;
    grantedSays: string;
    /** The award's row in the report chapter's awards table, cell by cell, and the stream's total in its blend. */
    inReport: string[];
    grantedTotalInReport: string;
  };
}

/**
 * The demo's start-up subsidy for young cooperatives: open to the new cooperative's personnel
 * costs, but its blend leaves it unused (other streams pay first), so a grant visibly moves money.
 */
const STARTER_FUND = 'Stimuleringsfonds Coöperatief Ondernemen (fictief)';

const NL: Journey = {
  lang: 'nl',
  words: {
    languageButton: /Nederlands/,
    nav: { cooperatives: 'Coöperaties', plans: 'Plannen', reports: 'Rapporten' },
    newCooperative: 'Nieuwe coöperatie',
    save: 'Opslaan',
    cooperative: {
      name: 'Naam',
      sector: 'Sector',
      district: 'Stadsdeel',
      stage: 'Fase',
      members: 'Aantal leden',
      coach: 'Coach',
      intakeDate: 'Intakedatum',
      saved: (name) => `Coöperatie “${name}” opgeslagen.`,
    },
    newPlan: 'Nieuw plan',
    plan: {
      name: 'Naam van het plan',
      cooperative: 'Coöperatie',
      startYear: 'Startjaar',
      years: 'Aantal jaren',
      added: (name) => `Plan “${name}” toegevoegd.`,
    },
    addLine: {
      category: 'Soort kosten',
      label: 'Omschrijving',
      button: 'Toevoegen',
      added: (label) => `Kostenpost “${label}” toegevoegd.`,
    },
    revenues: 'Opbrengsten',
    standalone: 'los geblend',
    inPortfolio: 'binnen de portefeuille van scenario',
    analysisTitle: 'Financieringsmix, los geblend',
    awards: {
      add: 'Aanvraag toevoegen',
      stream: 'Financieringsbron',
      status: 'Status',
      requested: 'Aangevraagd bedrag (€)',
      appliedOn: 'Aangevraagd op',
      granted: 'Toegekend bedrag (€)',
      decidedOn: 'Datum beschikking',
      reference: 'Kenmerk beschikking',
      applied: 'Aangevraagd',
      grantedStatus: 'Toegekend',
      edit: (stream) => `Bewerken: ${stream}`,
      added: (stream) => `Aanvraag bij ${stream} toegevoegd.`,
      changed: (stream) => `Aanvraag bij ${stream} opgeslagen.`,
      blendSays: 'In de mix',
    },
    report: {
      awardsTitle: 'Aanvragen en toekenningen',
      otherFormats: ['PDF', 'Excel (live formules)', 'CSV per tabel'],
      export: 'Exporteren',
      downloadAll: 'Alles downloaden (ZIP)',
    },
  },
  cooperative: {
    name: 'Energiecoöperatie Zonnig Sloterhaven',
    sector: 'Energie',
    district: 'Nieuw-West',
    stage: 'Opstart',
    members: '42',
    coach: 'Sem de Vries',
    intakeDate: '2026-01-12',
  },
  plan: { name: 'Zonnedaken Sloterhaven', years: '3' },
  lines: [
    {
      category: 'Investeringen',
      label: 'Zonnepanelen op de bedrijfshal',
      amounts: { 2026: ['80.000', 80_000], 2027: ['40.000', 40_000] },
    },
    {
      category: 'Personeel',
      label: 'Projectleiding',
      amounts: { 2026: ['25.000', 25_000], 2027: ['22.500,50', 22_500.5] },
    },
  ],
  revenues: { 2027: ['6.000', 6_000], 2028: ['9.000', 9_000] },
  totalCostText: '€ 167.500,50',
  intakeInReport: '12 januari 2026',
  award: {
    stream: STARTER_FUND,
    requested: '40.000',
    appliedOn: '2026-02-16',
    granted: ['30.000', 30_000],
    decidedOn: '2026-04-03',
    reference: 'SCO-2026-0118',
    pendingSays:
      'De aanvraag bij “Stimuleringsfonds Coöperatief Ondernemen (fictief)” voor “Zonnedaken Sloterhaven” loopt (ingediend 16 februari 2026): de mix rekent met € 0,00, met een kans op toekenning van 50%.',
    grantedSays:
      '“Stimuleringsfonds Coöperatief Ondernemen (fictief)” heeft € 30.000,00 toegekend aan “Zonnedaken Sloterhaven” (beschikking SCO-2026-0118): de beschikking legt het totaal van deze bron vast en de mix verdeelt precies dat bedrag over de kosten die zij mag betalen; het telt als zeker.',
    inReport: [
      'Zonnedaken Sloterhaven',
      STARTER_FUND,
      'Toegekend',
      '€ 40.000',
      '€ 30.000',
      '3 april 2026, SCO-2026-0118',
      '–',
    ],
    grantedTotalInReport: '30.000',
  },
};

const EN: Journey = {
  lang: 'en',
  words: {
    languageButton: /English/,
    nav: { cooperatives: 'Cooperatives', plans: 'Plans', reports: 'Reports' },
    newCooperative: 'New cooperative',
    save: 'Save',
    cooperative: {
      name: 'Name',
      sector: 'Sector',
      district: 'District',
      stage: 'Stage',
      members: 'Number of members',
      coach: 'Coach',
      intakeDate: 'Intake date',
      saved: (name) => `Cooperative “${name}” saved.`,
    },
    newPlan: 'New plan',
    plan: {
      name: 'Plan name',
      cooperative: 'Cooperative',
      startYear: 'Start year',
      years: 'Number of years',
      added: (name) => `Plan “${name}” added.`,
    },
    addLine: {
      category: 'Kind of cost',
      label: 'Description',
      button: 'Add',
      added: (label) => `Cost line “${label}” added.`,
    },
    revenues: 'Revenues',
    standalone: 'blended on its own',
    inPortfolio: 'within the portfolio of scenario',
    analysisTitle: 'Funding mix, blended on its own',
    awards: {
      add: 'Add an application',
      stream: 'Funding stream',
      status: 'Status',
      requested: 'Amount requested (€)',
      appliedOn: 'Applied on',
      granted: 'Amount granted (€)',
      decidedOn: 'Decision date',
      reference: 'Decision reference',
      applied: 'Applied',
      grantedStatus: 'Granted',
      edit: (stream) => `Edit: ${stream}`,
      added: (stream) => `Application to ${stream} added.`,
      changed: (stream) => `Application to ${stream} saved.`,
      blendSays: 'In the blend',
    },
    report: {
      awardsTitle: 'Applications and awards',
      otherFormats: ['PDF', 'Excel (live formulas)', 'CSV per table'],
      export: 'Export',
      downloadAll: 'Download all (ZIP)',
    },
  },
  cooperative: {
    name: 'Harbour Lights Energy Cooperative',
    sector: 'Energy',
    district: 'Noord',
    stage: 'Start-up',
    members: '57',
    coach: 'Noor El Amrani',
    intakeDate: '2026-02-02',
  },
  plan: { name: 'Harbour Lights solar roofs', years: '3' },
  lines: [
    {
      category: 'Capital expenditure',
      label: 'Solar panels on the warehouse',
      amounts: { 2026: ['90,000', 90_000], 2027: ['30,000', 30_000] },
    },
    {
      category: 'Personnel',
      label: 'Project management',
      amounts: { 2026: ['28,000', 28_000], 2027: ['21,999.50', 21_999.5] },
    },
  ],
  revenues: { 2027: ['5,000', 5_000], 2028: ['8,000', 8_000] },
  totalCostText: '€169,999.50',
  intakeInReport: '2 February 2026',
  award: {
    stream: STARTER_FUND,
    requested: '35,000',
    appliedOn: '2026-03-09',
    granted: ['25,000', 25_000],
    decidedOn: '2026-05-11',
    reference: 'SCO-2026-0131',
    pendingSays:
      'The application to “Stimuleringsfonds Coöperatief Ondernemen (fictief)” for “Harbour Lights solar roofs” is pending (submitted 9 March 2026): the blend counts on €0.00, with an award probability of 50%.',
    grantedSays:
      '“Stimuleringsfonds Coöperatief Ondernemen (fictief)” granted €25,000.00 to “Harbour Lights solar roofs” (decision SCO-2026-0131): the decision fixes this stream’s total and the blend spreads exactly that amount over the costs it may pay; it counts as certain.',
    inReport: [
      'Harbour Lights solar roofs',
      STARTER_FUND,
      'Granted',
      '€35,000',
      '€25,000',
      '11 May 2026, SCO-2026-0131',
      '–',
    ],
    grantedTotalInReport: '25,000',
  },
};

const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

async function shot(journey: Journey, step: string): Promise<void> {
  await page.screenshot({ path: `/tmp/journey-${journey.lang}-${step}.png` });
}

async function navigateTo(name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

/** A figure of the key-figures bar, as the cell carries it exactly beside its rounded text. */
async function figure(testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).getAttribute('data-value'));
}

async function untilBlended(): Promise<void> {
  await expect.poll(() => page.getByTestId('plan-analysis').getAttribute('data-state'), WAIT).toBe('current');
  await expect.poll(() => page.getByTestId('plan-summary').getAttribute('data-state'), WAIT).toBe('current');
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** What the allocation table gives a stream over all cost lines and years, in euros. */
async function streamTotal(stream: string): Promise<number> {
  const rows = page.getByTestId('allocation-row').filter({ hasText: stream });
  const cells = await rows.locator('[data-testid$="-amount"]').all();
  return sum(await Promise.all(cells.map(async (cell) => Number(await cell.getAttribute('data-value')))));
}

/** The standalone key figures once the blend is current. */
async function standaloneFigures(): Promise<{ funded: number; own: number; gap: number }> {
  await untilBlended();
  return {
    funded: await figure('summary-funded'),
    own: await figure('summary-own-revenue'),
    gap: await figure('summary-gap'),
  };
}

function journeyIn(journey: Journey): void {
  const { words } = journey;
  const totalCost = sum(
    journey.lines.flatMap((line) => Object.values(line.amounts).map(([, euros]) => euros)),
  );

  it(
    'records the cooperative at intake, with its coach and intake date',
    async () => {
      await navigateTo(words.nav.cooperatives);
      await page.getByRole('button', { name: words.newCooperative }).click();
      const dialog = page.getByRole('dialog');
      const c = journey.cooperative;
      const w = words.cooperative;
      await dialog.getByLabel(w.name, { exact: true }).fill(c.name);
      await dialog.getByLabel(w.sector, { exact: true }).selectOption({ label: c.sector });
      await dialog.getByLabel(w.district, { exact: true }).fill(c.district);
      await dialog.getByLabel(w.stage, { exact: true }).selectOption({ label: c.stage });
      await dialog.getByLabel(w.members, { exact: true }).fill(c.members);
      await dialog.getByLabel(w.coach, { exact: true }).fill(c.coach);
      await dialog.getByLabel(w.intakeDate, { exact: true }).fill(c.intakeDate);
      await shot(journey, '1-cooperative');
      await dialog.getByRole('button', { name: words.save, exact: true }).click();
      await expect.poll(() => page.getByRole('dialog').count(), WAIT).toBe(0);
      await expect.poll(() => page.getByTestId('notice-success').innerText(), WAIT).toBe(w.saved(c.name));
      const row = page.getByTestId('cooperative-row').filter({ hasText: c.name });
      const cells = await row.innerText();
      expect(cells).toContain(c.coach);
      expect(cells).toContain(c.stage);
      expect(cells).toContain(c.district);
    },
    STEP,
  );

  it(
    'makes its first plan on the Plans screen',
    async () => {
      await navigateTo(words.nav.plans);
      await page.getByRole('button', { name: words.newPlan }).click();
      const dialog = page.getByRole('dialog');
      const w = words.plan;
      await dialog.getByLabel(w.name, { exact: true }).fill(journey.plan.name);
      await dialog
        .getByLabel(w.cooperative, { exact: true })
        .selectOption({ label: journey.cooperative.name });
      expect(await dialog.getByLabel(w.startYear, { exact: true }).inputValue()).toBe('2026');
      await dialog.getByLabel(w.years, { exact: true }).fill(journey.plan.years);
      await dialog.getByRole('button', { name: words.save, exact: true }).click();
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).innerText(), WAIT)
        .toBe(journey.plan.name);
      expect(await page.getByTestId('notice-success').innerText()).toContain(w.added(journey.plan.name));
      expect(plain(await page.getByTestId('plan-facts').innerText())).toContain('2026–2028');
      expect(plain(await page.getByTestId('plan-facts').innerText())).toContain(journey.cooperative.name);
    },
    STEP,
  );

  it(
    'adds cost lines with amounts and a revenue row in the builder, and sees the blend and its gap',
    async () => {
      const form = page.getByTestId('add-line');
      for (const line of journey.lines) {
        await form.getByLabel(words.addLine.category).selectOption({ label: line.category });
        await form.getByLabel(words.addLine.label).fill(line.label);
        await form.getByRole('button', { name: words.addLine.button, exact: true }).click();
        await expect
          .poll(() => page.getByTestId('notice-success').innerText(), WAIT)
          .toBe(words.addLine.added(line.label));
      }
      for (const line of journey.lines) {
        for (const [year, [typed]] of Object.entries(line.amounts)) {
          await page.getByLabel(`${line.label}, ${year}`, { exact: true }).click();
          await page.keyboard.type(typed);
          await page.keyboard.press('Enter');
        }
      }
      for (const [year, [typed]] of Object.entries(journey.revenues)) {
        await page.getByLabel(`${words.revenues}, ${year}`, { exact: true }).click();
        await page.keyboard.type(typed);
        await page.keyboard.press('Enter');
      }
      await expect.poll(() => figure('summary-total-cost'), WAIT).toBe(totalCost);
      expect(plain(await page.getByTestId('summary-total-cost').innerText())).toBe(journey.totalCostText);
      await untilBlended();
      const standalone = {
        funded: await figure('summary-funded'),
        own: await figure('summary-own-revenue'),
        gap: await figure('summary-gap'),
      };
      expect(standalone.funded).toBeGreaterThan(0);
      expect(standalone.funded + standalone.own + standalone.gap).toBeCloseTo(totalCost, 2);
      const summary = plain(await page.getByTestId('plan-summary').innerText());
      expect(summary).toContain(words.standalone);
      expect(summary).toContain(words.inPortfolio);
      await expect.poll(() => figure('summary-portfolio-total-cost'), WAIT).toBe(totalCost);
      expect(await page.getByRole('heading', { name: words.analysisTitle }).count()).toBe(1);
      await shot(journey, '2-blend');
      expect(pageErrors).toEqual([]);
    },
    STEP,
  );

  it(
    'records an application to a funding stream: applied, and the blend counts on it as before',
    async () => {
      const w = words.awards;
      const award = journey.award;
      const before = await standaloneFigures();
      const streamBefore = await streamTotal(award.stream);
      const section = page.getByTestId('awards');
      await section.getByRole('button', { name: w.add, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(w.stream, { exact: true }).selectOption({ label: award.stream });
      // A new record is an application unless the coach says otherwise.
      expect(await dialog.getByLabel(w.status, { exact: true }).locator('option:checked').innerText()).toBe(
        w.applied,
      );
      await dialog.getByLabel(w.requested, { exact: true }).fill(award.requested);
      await dialog.getByLabel(w.appliedOn, { exact: true }).fill(award.appliedOn);
      await shot(journey, '3a-application');
      await dialog.getByRole('button', { name: words.save, exact: true }).click();
      await expect.poll(() => page.getByRole('dialog').count(), WAIT).toBe(0);
      expect(await page.getByTestId('notice-success').innerText()).toBe(w.added(award.stream));

      const row = section.getByTestId('award-row').filter({ hasText: award.stream });
      expect(await row.getByTestId('award-status').innerText()).toBe(w.applied);
      await expect
        .poll(async () => plain(await row.getByTestId('award-outcome').innerText()), WAIT)
        .toBe(plain(`${w.blendSays}: ${award.pendingSays}`));
      // Applied is not yet money: the blend and the stream's share are as they were.
      expect(await standaloneFigures()).toEqual(before);
      expect(await streamTotal(award.stream)).toBe(streamBefore);
      expect(streamBefore).toBeLessThan(award.granted[1]);
      expect(pageErrors).toEqual([]);
    },
    STEP,
  );

  it(
    'marks it granted from the decision letter: the stream pays exactly the granted total',
    async () => {
      const w = words.awards;
      const award = journey.award;
      const [grantedText, granted] = award.granted;
      const section = page.getByTestId('awards');
      const row = section.getByTestId('award-row').filter({ hasText: award.stream });
      await row.getByRole('button', { name: w.edit(award.stream), exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(w.status, { exact: true }).selectOption({ label: w.grantedStatus });
      await dialog.getByLabel(w.granted, { exact: true }).fill(grantedText);
      await dialog.getByLabel(w.decidedOn, { exact: true }).fill(award.decidedOn);
      await dialog.getByLabel(w.reference, { exact: true }).fill(award.reference);
      await shot(journey, '3b-granted');
      expect(await seriousAxeViolations(page)).toEqual([]);
      // Saved from the keyboard, as a coach typing the letter's reference would.
      await dialog.getByLabel(w.reference, { exact: true }).press('Enter');
      await expect.poll(() => page.getByRole('dialog').count(), WAIT).toBe(0);
      expect(await page.getByTestId('notice-success').innerText()).toBe(w.changed(award.stream));

      await expect.poll(() => row.getByTestId('award-status').innerText(), WAIT).toBe(w.grantedStatus);
      await expect
        .poll(async () => plain(await row.getByTestId('award-outcome').innerText()), WAIT)
        .toBe(plain(`${w.blendSays}: ${award.grantedSays}`));
      const after = await standaloneFigures();
      expect(await streamTotal(award.stream)).toBeCloseTo(granted, 2);
      expect(after.funded + after.own + after.gap).toBeCloseTo(totalCost, 2);
      // Within the scenario's portfolio the decision holds too, and the figures still add up.
      await expect
        .poll(async () => {
          const funded = await figure('summary-portfolio-funded');
          const own = await figure('summary-portfolio-own-revenue');
          const gap = await figure('summary-portfolio-gap');
          return Math.round((funded + own + gap) * 100) / 100;
        }, WAIT)
        .toBe(totalCost);
      await section.scrollIntoViewIfNeeded();
      await shot(journey, '3c-awards');
      await page.getByTestId('allocation-table').scrollIntoViewIfNeeded();
      await shot(journey, '3d-allocation');
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    STEP,
  );

  it('exports the report from the Reports screen; the cooperative’s chapter shows the plan and the granted award', async () => {
    await navigateTo(words.nav.reports);
    const panel = page.getByTestId('report-export');
    await panel.waitFor();
    // The first scenario holds every plan, the new one included; the others only slow the export.
    const scenarios = panel.getByRole('group', { name: /Scenario/ }).getByRole('checkbox');
    for (let i = 1; i < (await scenarios.count()); i++) await scenarios.nth(i).uncheck();
    for (const format of words.report.otherFormats) {
      await panel.getByRole('checkbox', { name: format, exact: true }).uncheck();
    }
    await panel.getByRole('button', { name: words.report.export, exact: true }).click();
    await expect
      .poll(() => page.getByTestId('report-progress').getAttribute('data-phase'), { timeout: 240_000 })
      .toBe('done');
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: words.report.downloadAll, exact: true }).click();
    const zip = unzipSync(new Uint8Array(readFileSync(await (await download).path())));
    const htmlName = Object.keys(zip).find((name) => name.endsWith('.html'));
    expect(htmlName).toBeDefined();

    // Read as a coach would: the downloaded report opened in the browser.
    const report = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    try {
      await report.setContent(strFromU8(zip[htmlName!]!));
      expect(await report.evaluate('document.documentElement.lang')).toBe(journey.lang);
      const chapter = report.locator('article.cooperative').filter({
        has: report.getByRole('heading', { name: journey.cooperative.name, exact: true }),
      });
      expect(await chapter.count()).toBe(1);
      const text = plain(await chapter.innerText());
      expect(text).toContain(journey.plan.name);
      expect(text).toContain(journey.cooperative.coach);
      expect(text).toContain(journey.intakeInReport);
      // The application and its decision, with its status, under the chapter's awards heading.
      const awards = chapter.locator('.cooperative-awards');
      expect(await awards.getByRole('heading').innerText()).toBe(words.report.awardsTitle);
      const awardRow = awards.getByRole('row').filter({ hasText: journey.award.stream });
      expect((await awardRow.getByRole('cell').allInnerTexts()).map(plain)).toEqual(journey.award.inReport);
      // And the plan's blend in the scenario pays the granted total from that stream, no more.
      const blendRow = chapter
        .locator('.blend-table')
        .getByRole('row')
        .filter({ hasText: journey.award.stream });
      expect(plain(await blendRow.getByRole('cell').last().innerText())).toBe(
        journey.award.grantedTotalInReport,
      );
      await chapter.screenshot({ path: `/tmp/journey-${journey.lang}-4-report.png` });
    } finally {
      await report.close();
    }
    expect(pageErrors).toEqual([]);
  }, 300_000);
}

describeInChromium('a new cooperative from intake to a blended, reported first plan', () => {
  describe('in Dutch', () => {
    it('opens in Dutch', async () => {
      await page.goto(host.url);
      await expect.poll(() => page.evaluate('document.documentElement.lang'), WAIT).toBe('nl');
    });
    journeyIn(NL);
  });

  describe('in English, after switching the language in the header', () => {
    it('switches to English', async () => {
      await page.getByRole('button', { name: EN.words.languageButton }).click();
      await expect.poll(() => page.evaluate('document.documentElement.lang'), WAIT).toBe('en');
    });
    journeyIn(EN);
  });
});
