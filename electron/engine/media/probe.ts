import { promises as fs } from 'node:fs';
import type { GuftaguError } from '../../../shared/errors';
import { engineError } from '../../../shared/errorTexts';
import type { MediaProbe } from '../../../shared/model/media';
import { runProcess } from '../process/runProcess';
import { fileKind, notRegularFileError } from '../workspace/regularFile';
import { fileLabel, parseProbeOutput } from './probeParse';

export interface ProbeOptions {
  ffprobePath: string;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

/**
 * The bundled Linux ffprobe is a static build: when it converts MPEG-TS service names (every .MTS/.ts
 * file) it loads the system's iconv modules through glibc's gconv cache and crashes (SIGSEGV). With
 * GCONV_PATH set, glibc skips that cache and reads only the plain gconv-modules file, which current
 * distributions (glibc 2.34 on) no longer fill, so the conversion fails harmlessly. A system ffprobe,
 * linked dynamically, still finds its modules.
 */
const NO_GCONV_MODULES = '/dev/null/guftagu-no-gconv';

/** Checks the file is there and not empty, then asks ffprobe what it holds. Errors say what to do. */
export async function probeMedia(filePath: string, options: ProbeOptions): Promise<MediaProbe> {
  const stat = await fs.stat(filePath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      throw engineError('media-source-gone', { path: filePath });
    }
    throw engineError('media-unreadable', { name: fileLabel(filePath), reason: error.message });
  });
  if (!stat.isFile()) {
    const kind = fileKind(stat);
    throw kind === 'folder'
      ? engineError('media-is-folder', { name: fileLabel(filePath) })
      : notRegularFileError(filePath, kind, 'media file');
  }
  if (stat.size === 0) {
    throw engineError('media-empty', { name: fileLabel(filePath) });
  }
  const result = await runProcess({
    binary: options.ffprobePath,
    args: ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '--', filePath],
    captureStdout: true,
    toolName: 'ffprobe',
    ...(process.platform === 'linux'
      ? { env: { GCONV_PATH: process.env['GCONV_PATH'] ?? NO_GCONV_MODULES } }
      : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  if (result.exitCode >= 128 && result.stderrTail.trim() === '') {
    throw engineError(
      'ffprobe-crashed',
      { name: fileLabel(filePath) },
      { details: `${options.ffprobePath} exited with code ${result.exitCode} on ${filePath}` },
    );
  }
  if (result.exitCode !== 0)
    throw classifyProbeFailure(filePath, result.stderrTail, await startsLikeMp4(filePath));
  let json: unknown;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    throw engineError(
      'ffprobe-no-description',
      { name: fileLabel(filePath) },
      { details: result.stderrTail },
    );
  }
  return parseProbeOutput(json, filePath, stat.size, result.stderrTail);
}

/**
 * `startsLikeMp4`: whether the file begins with an MP4/MOV box. ffprobe misses the moov atom both in an
 * MP4 cut off while copying and in a document renamed .mp4; only the first is damaged media.
 */
export function classifyProbeFailure(filePath: string, stderr: string, startsLikeMp4 = true): GuftaguError {
  const cutOffMp4 = startsLikeMp4 && /moov atom not found/i.test(stderr);
  if (
    cutOffMp4 ||
    /Truncat|partial file|End of file|Invalid NAL|could not find corresponding trex/i.test(stderr)
  ) {
    return engineError('media-damaged', { name: fileLabel(filePath) }, { details: stderr });
  }
  if (
    /Invalid data found when processing input|could not find codec parameters|Unknown format/i.test(stderr)
  ) {
    return engineError('not-media', { name: fileLabel(filePath) }, { details: stderr });
  }
  if (/Permission denied/i.test(stderr)) {
    return engineError('media-permission-denied', { name: fileLabel(filePath) }, { details: stderr });
  }
  return engineError('ffprobe-unreadable', { name: fileLabel(filePath) }, { details: stderr });
}

const mp4BoxTypes = new Set(['ftyp', 'moov', 'mdat', 'free', 'skip', 'wide', 'pnot', 'uuid']);

/** Whether the file opens with an ISO-BMFF / QuickTime box (size, then a known type). */
async function startsLikeMp4(filePath: string): Promise<boolean> {
  const head = Buffer.alloc(8);
  const handle = await fs.open(filePath, 'r').catch(() => undefined);
  if (!handle) return false;
  try {
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    return bytesRead === 8 && mp4BoxTypes.has(head.toString('latin1', 4, 8));
  } finally {
    await handle.close();
  }
}
