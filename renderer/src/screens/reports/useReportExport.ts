import { useCallback, useEffect, useRef, useState } from 'react';
import type { OperationInput, OperationOutput } from '../../../../src/api/operations';
import { api } from '../../api';

export type ReportJob = OperationOutput<'report.job'>;
export type ReportRequest = OperationInput<'report.start'>;

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
    if (jobId !== null) void api.report.cancel({ jobId });
    setState((s) => (s.phase === 'running' ? { ...s, phase: 'cancelled' } : s));
  }, []);

  useEffect(() => () => cancel(), [cancel]);

  const start = useCallback(
    async (request: ReportRequest) => {
      cancel();
      const seq = current.current.seq;
      setState({ ...IDLE, phase: 'running' });
      let answer = await api.report.start(request);
      while (current.current.seq === seq) {
        if (!answer.ok) {
          setState({ ...IDLE, phase: 'failed', error: answer.error.message });
          return;
        }
        const job = answer.value;
        current.current.jobId = job.jobId;
        if (job.state !== 'running') {
          current.current.jobId = null;
          setState({
            phase: job.state,
            done: job.done,
            total: job.total,
            job,
            error: job.error?.message ?? null,
          });
          return;
        }
        setState({ phase: 'running', done: job.done, total: job.total, job, error: null });
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (current.current.seq !== seq) return;
        answer = await api.report.job({ jobId: job.jobId });
      }
    },
    [cancel],
  );

  return { state, start, cancel };
}
