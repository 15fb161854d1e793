import { useCallback, useEffect, useRef, useState } from 'react';
import type { OperationInput, OperationOutput } from '../../../../../src/contract/operations';
import type { Result } from '../../../../../src/contract/result';
import { api } from '../../../api';
import { pollJob, waitMs } from '../../../state/jobPoller';

export type ReportJob = OperationOutput<'reports.job'>;
export type ReportRequest = OperationInput<'reports.start'>;

export interface ReportExportState {
  phase: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  /** Thousandths done. */
  done: number;
  total: number;
  job: ReportJob | null;
  error: string | null;
}

const POLL_MS = 300;
const IDLE: ReportExportState = { phase: 'idle', done: 0, total: 0, job: null, error: null };

/**
 * One report export at a time: start it in the host, poll its progress, cancel it.
 * Leaving the screen cancels a run still going; answers about an earlier run are dropped.
 */
export function useReportExport() {
  const [state, setState] = useState<ReportExportState>(IDLE);
  const current = useRef<{ seq: number; jobId: string | null }>({ seq: 0, jobId: null });

  const cancel = useCallback(() => {
    const { jobId } = current.current;
    current.current = { seq: current.current.seq + 1, jobId: null };
    if (jobId !== null) void api.reports.cancel({ jobId });
    setState((s) => (s.phase === 'running' ? { ...s, phase: 'cancelled' } : s));
  }, []);

  useEffect(() => () => cancel(), [cancel]);

  const start = useCallback(
    async (request: ReportRequest) => {
      cancel();
      const seq = current.current.seq;
      const wanted = () => current.current.seq === seq;
      setState({ ...IDLE, phase: 'running' });
      /** The job still running, to ask about next; null once it ended or failed. */
      let running: string | null = null;
      const onAnswer = (answer: Result<ReportJob>) => {
        running = null;
        if (!answer.ok) {
          setState({ ...IDLE, phase: 'failed', error: answer.error.message });
          return;
        }
        const job = answer.value;
        current.current.jobId = job.state === 'running' ? job.jobId : null;
        if (job.state !== 'running') {
          setState({
            phase: job.state,
            done: job.done,
            total: job.total,
            job,
            error: job.error?.message ?? null,
          });
          return;
        }
        running = job.jobId;
        setState({ phase: 'running', done: job.done, total: job.total, job, error: null });
      };
      const first = await api.reports.start(request);
      if (!wanted()) return;
      onAnswer(first);
      await pollJob({
        interval: POLL_MS,
        wait: waitMs,
        poll: (jobId) => api.reports.job({ jobId }),
        goOn: () => wanted() && running !== null,
        jobId: () => (wanted() ? running : null),
        wanted,
        onAnswer,
      });
    },
    [cancel],
  );

  return { state, start, cancel };
}
