import cliProgress from 'cli-progress';
import type { JobSnapshot } from '../../shared/model/jobs';
import { formatDurationMs } from '../../shared/format/duration';
import { englishRoughDuration } from '../../shared/jobs/roughDuration';

export interface JobProgressView {
  update(job: JobSnapshot): void;
  stop(): void;
}

export interface JobProgressViewOptions {
  /** Plain lines also every 10 % with the time left ("34%, about 3 min left"): for long jobs (transcribe). */
  etaLines?: boolean;
}

/** Progress bars on a terminal; plain lines (one per step) in logs and CI. */
export function createJobProgressView(
  stream: NodeJS.WriteStream = process.stderr,
  options: JobProgressViewOptions = {},
): JobProgressView {
  return stream.isTTY ? barsView(stream) : options.etaLines ? etaLinesView(stream) : linesView(stream);
}

/** One line per step and per 10 % of progress, with the time left as people say it. */
function etaLinesView(stream: NodeJS.WriteStream): JobProgressView {
  const last = new Map<string, string>();
  return {
    update(job) {
      const percent = Math.round(job.progress * 100);
      const running = job.state === 'running';
      // 100 % is said by the "done" line that follows.
      if (running && job.progress >= 1) return;
      const key = `${stepText(job)}|${running ? Math.floor(percent / 10) : job.state}`;
      if (last.get(job.id) === key) return;
      last.set(job.id, key);
      const eta = running && job.etaMs !== undefined ? `, ${englishRoughDuration(job.etaMs)} left` : '';
      stream.write(`${plainLabel(job.label)}: ${stepText(job)}${running ? ` (${percent}%${eta})` : ''}\n`);
    },
    stop: () => undefined,
  };
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
