import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallContext } from '../../src/api/context';
import { invoke } from '../../src/api/invoke';
import { reportJobSchema, reportOperations, type ReportJob } from '../../src/contract/report-operations';
import { createSession } from '../../src/api/session';
import { useDemoSession } from '../helpers/session';

// No PDF renderer: the export must say so and write the HTML instead.
const demo = useDemoSession({ pdfRenderer: () => null });

const nl: CallContext = { lang: 'nl' };

async function call(
  name: 'reports.start' | 'reports.job' | 'reports.cancel',
  input: unknown,
): Promise<ReportJob> {
  const result = await invoke(demo.session, name, input, nl);
  if (!result.ok) throw new Error(result.error.message);
  return reportJobSchema.parse(result.value);
}

async function untilFinished(jobId: string): Promise<ReportJob> {
  let last = 0;
  for (;;) {
    const job = await call('reports.job', { jobId });
    expect(job.done).toBeGreaterThanOrEqual(last);
    last = job.done;
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('report export jobs', () => {
  it('writes the chosen formats beside the workspace file and serves them for download', async () => {
    const started = await call('reports.start', {
      scenarioIds: ['basis'],
      sections: ['summary', 'portfolio'],
      formats: ['pdf', 'xlsx', 'csv'],
      lang: 'nl',
    });
    expect(started.state).toBe('running');
    const job = await untilFinished(started.jobId);
    expect(job.state).toBe('done');
    const result = job.result!;
    expect(result.folder.startsWith(join(demo.dir, 'demo-rapporten'))).toBe(true);
    expect(result.pdf).toBe('unavailable');
    const names = result.files.map((f) => f.name);
    expect(names).toContain('rapport.html');
    expect(names).toContain('rapport.xlsx');
    expect(names).toContain('rapport-plans.csv');
    for (const file of result.files) expect(existsSync(join(result.folder, file.name))).toBe(true);
    expect(result.html).toContain('<html');

    const download = await invoke(
      demo.session,
      'reports.download',
      { jobId: job.jobId, name: 'rapport-plans.csv' },
      nl,
    );
    expect(download.ok).toBe(true);
    if (!download.ok) return;
    const file = reportOperations['reports.download'].output.parse(download.value);
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.equals(readFileSync(join(result.folder, 'rapport-plans.csv')))).toBe(true);
    expect(file.mimeType).toMatch(/^text\/csv/);
  });

  it('refuses a file the export did not write, and an unknown scenario', async () => {
    const started = await call('reports.start', {
      scenarioIds: ['basis'],
      sections: [],
      formats: [],
      lang: 'en',
    });
    const job = await untilFinished(started.jobId);
    expect(job.result?.files).toEqual([]);
    const outside = await invoke(
      demo.session,
      'reports.download',
      { jobId: job.jobId, name: '../demo.coopfolio' },
      nl,
    );
    expect(outside.ok).toBe(false);
    if (!outside.ok) expect(outside.error.message).toContain('../demo.coopfolio');
    const unknown = await invoke(
      demo.session,
      'reports.start',
      { scenarioIds: ['nope'], sections: [], formats: ['csv'], lang: 'nl' },
      nl,
    );
    expect(unknown.ok).toBe(false);
  });

  it('opens the folder of a finished export where the host can, and says why not elsewhere', async () => {
    const started = await call('reports.start', {
      scenarioIds: ['basis'],
      sections: [],
      formats: ['csv'],
      lang: 'nl',
    });
    const job = await untilFinished(started.jobId);
    const here = await invoke(demo.session, 'reports.openFolder', { jobId: job.jobId }, nl);
    expect(here.ok && reportOperations['reports.openFolder'].output.parse(here.value)).toMatchObject({
      opened: false,
      folder: job.result!.folder,
    });
    const opened: string[] = [];
    const desktop = createSession({
      openFolder: async (path) => {
        opened.push(path);
        return '';
      },
    });
    desktop.open(join(demo.dir, 'demo.coopfolio'));
    try {
      const first = reportJobSchema.parse(
        (
          (await invoke(
            desktop,
            'reports.start',
            { scenarioIds: ['basis'], sections: [], formats: ['csv'], lang: 'en' },
            nl,
          )) as { value: unknown }
        ).value,
      );
      let done: ReportJob = first;
      while (done.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 50));
        done = reportJobSchema.parse(
          ((await invoke(desktop, 'reports.job', { jobId: first.jobId }, nl)) as { value: unknown }).value,
        );
      }
      const answer = await invoke(desktop, 'reports.openFolder', { jobId: first.jobId }, nl);
      expect(answer.ok).toBe(true);
      expect(opened).toEqual([done.result!.folder]);
      expect(done.result!.folder).toContain('demo-reports');
    } finally {
      desktop.close();
    }
  });

  it('stops a running export when cancelled', async () => {
    const started = await call('reports.start', {
      scenarioIds: ['basis', 'klimaatversnelling', 'sociaal-eerst'],
      sections: [],
      formats: ['csv'],
      lang: 'nl',
    });
    const cancelled = await call('reports.cancel', { jobId: started.jobId });
    expect(cancelled.state).toBe('cancelled');
    expect((await untilFinished(started.jobId)).state).toBe('cancelled');
  });
});
