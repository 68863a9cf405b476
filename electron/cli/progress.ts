import cliProgress from 'cli-progress';
import type { JobSnapshot } from '../../shared/model/jobs';
import { formatDurationMs } from '../../shared/format/duration';

export interface JobProgressView {
  update(job: JobSnapshot): void;
  stop(): void;
}

/** Progress bars on a terminal; plain lines (one per step) in logs and CI. */
export function createJobProgressView(stream: NodeJS.WriteStream = process.stderr): JobProgressView {
  return stream.isTTY ? barsView(stream) : linesView(stream);
}

function barsView(stream: NodeJS.WriteStream): JobProgressView {
  const multibar = new cliProgress.MultiBar(
    {
      stream,
      clearOnComplete: false,
      hideCursor: true,
      format: ' {bar} {percentage}% | {label} | {step} | {eta}',
      barsize: 24,
    },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, cliProgress.SingleBar>();
  return {
    update(job) {
      const payload = {
        label: plainLabel(job.label),
        step: stepText(job),
        eta: job.etaMs !== undefined ? `ETA ${formatDurationMs(job.etaMs)}` : '',
      };
      let bar = bars.get(job.id);
      if (!bar) {
        bar = multibar.create(100, 0, payload);
        bars.set(job.id, bar);
      }
      bar.update(Math.round(job.progress * 100), payload);
    },
    stop: () => multibar.stop(),
  };
}

function linesView(stream: NodeJS.WriteStream): JobProgressView {
  const last = new Map<string, string>();
  return {
    update(job) {
      const text = `${plainLabel(job.label)}: ${stepText(job)}`;
      if (last.get(job.id) === text) return;
      last.set(job.id, text);
      stream.write(`${text}${job.state === 'running' ? ` (${Math.round(job.progress * 100)}%)` : ''}\n`);
    },
    stop: () => undefined,
  };
}

/** Terminals draw Unicode isolates (used in job labels for right-to-left names) as boxes: drop them. */
export const plainLabel = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

function stepText(job: JobSnapshot): string {
  if (job.state === 'running') return job.step ?? 'working';
  if (job.state === 'failed') return `failed: ${job.error?.message ?? ''}`;
  return job.state === 'succeeded'
    ? `done${job.step?.startsWith('already') ? ` (${job.step})` : ''}`
    : job.state;
}
