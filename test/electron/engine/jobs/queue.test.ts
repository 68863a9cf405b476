import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuftaguError } from '../../../../shared/errors';
import type { JobSnapshot } from '../../../../shared/model/jobs';
import { JobQueue, type JobContext, type JobSpec } from '../../../../electron/engine/jobs/queue';

/** A job runner the test drives by hand: it starts, reports, and finishes when told. */
function controllable() {
  let finish: (error?: unknown) => void = () => {};
  let context: JobContext | undefined;
  let started = false;
  const run = (jobContext: JobContext) =>
    new Promise<void>((resolve, reject) => {
      started = true;
      context = jobContext;
      finish = (error) => (error === undefined ? resolve() : reject(error));
      jobContext.signal.addEventListener('abort', () =>
        reject(new GuftaguError('canceled', 'Canceled.', 'Again.')),
      );
    });
  return {
    run,
    finish: (error?: unknown) => finish(error),
    get started() {
      return started;
    },
    get context(): JobContext {
      if (!context) throw new Error('not started');
      return context;
    },
  };
}

const spec = (run: JobSpec['run'], pool: JobSpec['pool'] = 'ffmpeg'): JobSpec => ({
  title: { kind: 'import', params: { name: 'a.mp4' } },
  sessionId: 's-1',
  pool,
  run,
});

function recordingQueue(limit = 2) {
  const events: JobSnapshot[] = [];
  const queue = new JobQueue((snapshot) => events.push(snapshot), { ffmpeg: limit });
  const statesOf = (jobId: string) =>
    events.filter((event) => event.id === jobId).map((event) => event.state);
  return { queue, events, statesOf };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe('JobQueue', () => {
  it('runs at most the pool limit at once, then the next in order', async () => {
    const { queue } = recordingQueue(2);
    const jobs = [controllable(), controllable(), controllable(), controllable()];
    const ids = jobs.map((job) => queue.enqueue(spec(job.run)).id);
    expect(jobs.map((job) => job.started)).toEqual([true, true, false, false]);
    expect(ids.map((id) => queue.get(id)?.state)).toEqual(['running', 'running', 'queued', 'queued']);
    jobs[1]?.finish();
    await settle();
    expect(jobs.map((job) => job.started)).toEqual([true, true, true, false]);
    expect(queue.get(ids[1] ?? '')?.state).toBe('succeeded');
    expect(queue.get(ids[1] ?? '')?.progress).toBe(1);
  });

  it('runs whisper jobs one at a time, apart from the ffmpeg pool', () => {
    const { queue } = recordingQueue(1);
    const whisper = [controllable(), controllable()];
    const ffmpeg = controllable();
    for (const job of whisper) queue.enqueue(spec(job.run, 'whisper'));
    queue.enqueue(spec(ffmpeg.run));
    expect([...whisper.map((job) => job.started), ffmpeg.started]).toEqual([true, false, true]);
  });

  it('starts more when the limit is raised', () => {
    const { queue } = recordingQueue(1);
    const jobs = [controllable(), controllable(), controllable()];
    for (const job of jobs) queue.enqueue(spec(job.run));
    expect(jobs.filter((job) => job.started)).toHaveLength(1);
    queue.setFfmpegConcurrency(3);
    expect(jobs.filter((job) => job.started)).toHaveLength(3);
  });

  it('reports progress with a step, and an ETA only from 2 % on', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-02T10:00:00Z'));
    const { queue, events } = recordingQueue();
    const job = controllable();
    const { id } = queue.enqueue(spec(job.run));
    vi.setSystemTime(new Date('2026-11-02T10:00:01Z'));
    job.context.progress(0.01, { code: 'extracting-audio' });
    vi.setSystemTime(new Date('2026-11-02T10:00:02Z'));
    job.context.progress(0.5);
    const progress = events.filter(
      (event) => event.id === id && event.state === 'running' && event.progress > 0,
    );
    expect(progress).toHaveLength(2);
    expect(progress[0]).toMatchObject({ progress: 0.01, step: 'extracting audio' });
    expect(progress[0]?.etaMs).toBeUndefined();
    expect(progress[1]).toMatchObject({ progress: 0.5, step: 'extracting audio', etaMs: 2_000 });
  });

  it('never lets progress go backwards, and sends a changed step at once', () => {
    const { queue, events } = recordingQueue();
    const job = controllable();
    const { id } = queue.enqueue(spec(job.run));
    job.context.progress(0.4, { code: 'preparing' });
    job.context.progress(0.2, { code: 'encoding' });
    expect(events.filter((event) => event.id === id).at(-1)).toMatchObject({
      progress: 0.4,
      step: 'encoding',
    });
  });

  it('cancels a queued job without running it', async () => {
    const { queue, statesOf } = recordingQueue(1);
    const first = controllable();
    const second = controllable();
    queue.enqueue(spec(first.run));
    const { id } = queue.enqueue(spec(second.run));
    await expect(queue.cancel(id)).resolves.toBe(true);
    expect(statesOf(id)).toEqual(['queued', 'canceled']);
    first.finish();
    await settle();
    expect(second.started).toBe(false);
    await expect(queue.cancel(id)).resolves.toBe(false);
  });

  it('cancels a running job through its signal and waits for it to stop', async () => {
    const { queue, statesOf } = recordingQueue();
    let cleanedUp = false;
    const { id } = queue.enqueue(
      spec(
        (context) =>
          new Promise<void>((_resolve, reject) => {
            context.signal.addEventListener('abort', () => {
              setTimeout(() => {
                cleanedUp = true;
                reject(new Error('ffmpeg was killed'));
              }, 20);
            });
          }),
      ),
    );
    await queue.cancel(id);
    expect(cleanedUp).toBe(true);
    expect(queue.get(id)).toMatchObject({ state: 'canceled' });
    expect(queue.get(id)?.error).toBeUndefined();
    expect(statesOf(id)).toEqual(['queued', 'running', 'canceled']);
  });

  it('fails a job with the info of the error it threw', async () => {
    const { queue } = recordingQueue();
    const job = controllable();
    const { id } = queue.enqueue(spec(job.run));
    job.finish(new GuftaguError('no-audio', 'No sound.', 'Import the audio file.', { details: 'stderr' }));
    await queue.idle();
    expect(queue.get(id)).toMatchObject({
      state: 'failed',
      error: { code: 'no-audio', message: 'No sound.', hint: 'Import the audio file.', details: 'stderr' },
    });
    expect(queue.get(id)?.endedAt).toBeDefined();
  });

  it("fails with 'internal' for a plain Error", async () => {
    const { queue } = recordingQueue();
    const { id } = queue.enqueue(spec(async () => Promise.reject(new RangeError('bad index'))));
    await queue.idle();
    expect(queue.get(id)?.error).toMatchObject({ code: 'internal' });
    expect(queue.get(id)?.error?.message).toContain('bad index');
  });

  it('retries a failed job as a new job and refuses to retry a running one', async () => {
    const { queue } = recordingQueue();
    let attempts = 0;
    const { id } = queue.enqueue(
      spec(async () => {
        attempts += 1;
        if (attempts === 1) throw new GuftaguError('tool-failed', 'Failed.', 'Retry.');
      }),
    );
    await queue.idle();
    expect(queue.get(id)?.state).toBe('failed');
    const retried = queue.retry(id);
    expect(retried.id).not.toBe(id);
    expect(queue.get(id)).toBeUndefined();
    await queue.idle();
    expect(queue.get(retried.id)?.state).toBe('succeeded');
    expect(attempts).toBe(2);

    const running = controllable();
    const { id: runningId } = queue.enqueue(spec(running.run));
    expect(() => queue.retry(runningId)).toThrow(expect.objectContaining({ code: 'invalid-request' }));
    expect(() => queue.retry('job-gone')).toThrow(expect.objectContaining({ code: 'not-found' }));
    running.finish();
    await queue.idle();
    expect(queue.clearFinished()).toBe(2);
    expect(queue.list()).toEqual([]);
  });

  it('close() cancels queued and running jobs and refuses new ones', async () => {
    const { queue } = recordingQueue(1);
    const running = controllable();
    const waiting = controllable();
    const a = queue.enqueue(spec(running.run)).id;
    const b = queue.enqueue(spec(waiting.run)).id;
    await queue.close();
    expect([queue.get(a)?.state, queue.get(b)?.state]).toEqual(['canceled', 'canceled']);
    expect(running.context.signal.aborted).toBe(true);
    expect(waiting.started).toBe(false);
    expect(() => queue.enqueue(spec(controllable().run))).toThrow(
      expect.objectContaining({ code: 'canceled' }),
    );
  });
});
