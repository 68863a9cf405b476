// What runs per keystroke in a page, from Chromium itself (CDP, through playwright-core):
//   - the JS CPU profile (Profiler domain, sampled every 100 µs): self time per function, per key;
//   - the trace (Tracing domain, devtools.timeline): time per main-thread phase (script, style, layout,
//     paint, GC…), per key.
// Function names are readable when the renderer is built unminified
// (`npx vite build --config renderer/vite.config.mts --minify false`); a minified build shows short names
// with their bundle position.
import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: { data?: { frame?: string } };
}

export interface KeystrokeBreakdown {
  keys: number;
  /** Self ms per key of the heaviest functions. */
  functions: { name: string; msPerKey: number }[];
  /** Main-thread ms per key, by phase. */
  phases: { name: string; msPerKey: number }[];
}

/** Trace event names → the phase they count for (top-level on the renderer's main thread). */
const phaseOf: Record<string, string> = {
  EventDispatch: 'script (events)',
  FunctionCall: 'script (tasks, timers)',
  FireAnimationFrame: 'script (animation frames)',
  RunMicrotasks: 'script (microtasks)',
  TimerFire: 'script (tasks, timers)',
  'v8.execute': 'script (tasks, timers)',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  MajorGC: 'garbage collection',
  MinorGC: 'garbage collection',
  'V8.GC_SCAVENGER': 'garbage collection',
  'V8.GC_MARK_COMPACTOR': 'garbage collection',
  ParseHTML: 'parse',
};

const shortUrl = (url: string): string => url.slice(url.lastIndexOf('/') + 1).replace(/\?.*$/, '');

function selfTimes(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let index = 0; index < samples.length; index++) {
    // A sample's time is the delta to the next one.
    const micros = deltas[index + 1] ?? 0;
    const node = byId.get(samples[index]!);
    if (!node) continue;
    const frame = node.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') continue;
    const name =
      frame.url === ''
        ? frame.functionName || '(anonymous)'
        : `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    totals.set(name, (totals.get(name) ?? 0) + micros / 1000);
  }
  return totals;
}

/** Sums complete ('X') events' durations per phase on the main thread; nested events count once. */
function phaseTimes(events: readonly TraceEvent[]): Map<string, number> {
  // The renderer main thread: the one that ran the most EventDispatch events.
  const threadCounts = new Map<string, number>();
  for (const event of events) {
    if (event.name !== 'EventDispatch') continue;
    const key = `${event.pid}:${event.tid}`;
    threadCounts.set(key, (threadCounts.get(key) ?? 0) + 1);
  }
  const main = [...threadCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const totals = new Map<string, number>();
  const mainEvents = events
    .filter((event) => `${event.pid}:${event.tid}` === main && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  let coveredUntil = 0;
  for (const event of mainEvents) {
    const phase = phaseOf[event.name];
    if (phase === undefined || event.ts < coveredUntil) continue; // inside an event already counted
    totals.set(phase, (totals.get(phase) ?? 0) + (event.dur ?? 0) / 1000);
    coveredUntil = event.ts + (event.dur ?? 0);
  }
  return totals;
}

const top = (totals: Map<string, number>, keys: number, count: number) =>
  [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, msPerKey: ms / keys }));

/** Runs `type` (which types `keys` keys) under the CPU profiler and the tracer; per-key breakdown. */
export async function profileKeystrokes(
  page: Page,
  keys: number,
  type: () => Promise<void>,
): Promise<KeystrokeBreakdown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    for (const event of data.value) events.push(event as unknown as TraceEvent);
  });
  const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.start');
  await type();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.send('Tracing.end');
  await traced;
  await cdp.detach();
  return {
    keys,
    functions: top(selfTimes(profile), keys, 12),
    phases: top(phaseTimes(events), keys, 8),
  };
}

export function printBreakdown(label: string, breakdown: KeystrokeBreakdown): void {
  console.log(
    `  ${label}, per key (${breakdown.keys} keys; profiler and tracer on, so slower than the run above):`,
  );
  console.log(
    `    main thread by phase: ${breakdown.phases.map((phase) => `${phase.name} ${phase.msPerKey.toFixed(2)} ms`).join(', ')}`,
  );
  console.log('    heaviest JS functions (self time):');
  for (const fn of breakdown.functions) console.log(`      ${fn.msPerKey.toFixed(3)} ms  ${fn.name}`);
}
