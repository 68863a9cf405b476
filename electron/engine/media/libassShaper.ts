import { spawnSync } from 'node:child_process';
import { mkdtempSync, promises as fs, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { engineError } from '../../../shared/errorTexts';
import type { Shaper } from '../../../shared/export/captionLayout';
import { GuftaguError } from '../../../shared/errors';
import { makeTempFolder } from '../process/jobFolders';
import { runProcess } from '../process/runProcess';

/**
 * How the libass inside an ffmpeg shapes text: 'harfbuzz' renders Nastaliq, 'fribidi' only Naskh, 'none' has
 * no libass at all, 'unknown' ran but printed no "Shaper:" line (treated like FriBidi: never Nastaliq).
 * Found by burning one tiny frame through the `ass` filter at -loglevel verbose. This is the one place that
 * probes it, for automatic ffmpeg choice, doctor and export alike; each binary is probed once (per file
 * version) and only a probe that ran is remembered: a crash or a time-out is reported and tried again.
 */
const PROBE_ASS = [
  '[Script Info]',
  'ScriptType: v4.00+',
  '',
  '[V4+ Styles]',
  'Format: Name, Fontname, Fontsize',
  'Style: Default,Noto Sans,20',
  '',
  '[Events]',
  'Format: Layer, Start, End, Style, Text',
  'Dialogue: 0,0:00:00.00,0:00:01.00,Default,test',
  '',
].join('\n');
const PROBE_ARGS = [
  '-hide_banner',
  '-nostdin',
  '-loglevel',
  'verbose',
  '-f',
  'lavfi',
  '-i',
  'color=c=black:s=64x64:d=0.1',
  '-vf',
  'ass=probe.ass',
  '-frames:v',
  '1',
  '-f',
  'null',
  '-',
];
const PROBE_TIMEOUT_MS = 20_000;

const probed = new Map<string, { version: string; shaper: Shaper }>();

/** The "Shaper:" line libass prints: "FriBidi 0.19.7 (SIMPLE)" or "… HarfBuzz-ng 6.0.0 (COMPLEX)". */
export function parseShaper(verboseLog: string): Shaper {
  const line = /Shaper:[^\n]*/i.exec(verboseLog)?.[0];
  if (!line) return 'unknown';
  return /harfbuzz/i.test(line) ? 'harfbuzz' : 'fribidi';
}

/** What one probe run says: a shaper, or undefined when the run itself failed (not an answer). */
export function shaperFromRun(exitCode: number | null, log: string): Shaper | undefined {
  // libass prints its shaper as it starts, before anything in the run can fail: that line is the answer.
  if (/Shaper:/i.test(log)) return parseShaper(log);
  if (/No such filter: 'ass'/i.test(log)) return 'none';
  return exitCode === 0 ? 'unknown' : undefined;
}

function fileVersion(ffmpegPath: string): string {
  try {
    const stat = statSync(ffmpegPath);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

function remembered(ffmpegPath: string): Shaper | undefined {
  const entry = probed.get(ffmpegPath);
  return entry && entry.version === fileVersion(ffmpegPath) ? entry.shaper : undefined;
}

function remember(ffmpegPath: string, shaper: Shaper): Shaper {
  probed.set(ffmpegPath, { version: fileVersion(ffmpegPath), shaper });
  return shaper;
}

const probeFailed = (ffmpegPath: string, details: string) =>
  engineError('shaper-probe-failed', { path: ffmpegPath }, { details });

/** Synchronous probe, for choosing an ffmpeg while tools are resolved (runs once per binary). */
export function libassShaperSync(ffmpegPath: string): Shaper {
  const known = remembered(ffmpegPath);
  if (known) return known;
  const folder = mkdtempSync(path.join(os.tmpdir(), 'guftagu-shaper-'));
  try {
    writeFileSync(path.join(folder, 'probe.ass'), PROBE_ASS);
    const result = spawnSync(ffmpegPath, PROBE_ARGS, {
      cwd: folder,
      encoding: 'utf8',
      timeout: PROBE_TIMEOUT_MS,
      stdio: ['ignore', 'ignore', 'pipe'],
      windowsHide: true,
    });
    const log = `${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`;
    const shaper = result.error ? undefined : shaperFromRun(result.status, log);
    if (!shaper) throw probeFailed(ffmpegPath, log.slice(-2000));
    return remember(ffmpegPath, shaper);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The same probe without blocking, for doctor and export. */
export async function libassShaper(ffmpegPath: string): Promise<Shaper> {
  const known = remembered(ffmpegPath);
  if (known) return known;
  const folder = await makeTempFolder('guftagu-shaper-');
  try {
    await fs.writeFile(path.join(folder, 'probe.ass'), PROBE_ASS);
    const telling: string[] = [];
    const result = await runProcess({
      binary: ffmpegPath,
      args: PROBE_ARGS,
      cwd: folder,
      toolName: 'ffmpeg',
      onStderrLine: (line) => {
        if (/Shaper:|No such filter/i.test(line)) telling.push(line);
      },
    });
    const shaper = shaperFromRun(result.exitCode, `${telling.join('\n')}\n${result.stderrTail}`);
    if (!shaper) throw probeFailed(ffmpegPath, result.stderrTail);
    return remember(ffmpegPath, shaper);
  } catch (error) {
    if (error instanceof GuftaguError && error.code === 'tool-failed') throw error;
    throw probeFailed(ffmpegPath, error instanceof Error ? error.message : String(error));
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}
