import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DoctorReport, ToolReport } from '../../shared/model/doctor';
import type { Settings } from '../../shared/model/settings';
import { resolveFfmpegTools, type ResolvedTool } from './media/binaries';
import { runProcess } from './process/runProcess';
import { detectWhisperCapabilities } from './transcription/whisperCapabilities';
import { buildInfoFromStamp } from '../../shared/model/whisperBuild';
import { locateWhisper, listInstalledModels } from './whisperLocate';

/** Version and features from the binary itself; CPU features and GPU backends from the build stamp beside it. */
async function describeWhisperBuild(whisperPath: string): Promise<DoctorReport['whisperBuild']> {
  try {
    const capabilities = await detectWhisperCapabilities(whisperPath);
    const stamp = await fs.readFile(`${whisperPath}.stamp`, 'utf8').catch(() => undefined);
    const fromStamp = stamp?.startsWith('whisper.cpp ') ? buildInfoFromStamp(stamp) : undefined;
    return {
      version: capabilities.version,
      vad: capabilities.vad,
      dtw: capabilities.dtw,
      ...(fromStamp
        ? { cpuFeatures: fromStamp.cpuFeatures, gpuBackends: fromStamp.gpuBackends, openMp: fromStamp.openMp }
        : {}),
    };
  } catch {
    return undefined;
  }
}

/** What `guftagu doctor` and Help → Copy diagnostics print. */
export async function buildDoctorReport(
  settings: Settings,
  workspacePath: string,
  configDir: string,
): Promise<DoctorReport> {
  let ffmpeg: ToolReport;
  let ffprobe: ToolReport;
  let libass = false;
  let libassShaper: DoctorReport['libassShaper'] = 'none';
  let h264Encoders: string[] = [];
  try {
    const tools = resolveFfmpegTools(settings);
    ffmpeg = await describeTool(tools.ffmpeg);
    ffprobe = await describeTool(tools.ffprobe);
    if (ffmpeg.ok) {
      const filters = await runProcess({
        binary: tools.ffmpeg.path,
        args: ['-hide_banner', '-filters'],
        captureStdout: true,
        toolName: 'ffmpeg',
      });
      libass = /^\s*\S+\s+ass\s/m.test(filters.stdout);
      libassShaper = libass ? await detectShaper(tools.ffmpeg.path) : 'none';
      const encoders = await runProcess({
        binary: tools.ffmpeg.path,
        args: ['-hide_banner', '-encoders'],
        captureStdout: true,
        toolName: 'ffmpeg',
      });
      h264Encoders = parseH264Encoders(encoders.stdout);
    }
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    ffmpeg = { name: 'ffmpeg', source: settings.ffmpegSource, ok: false, problem };
    ffprobe = { name: 'ffprobe', source: settings.ffmpegSource, ok: false, problem };
  }
  const whisper = await locateWhisper(settings);
  const whisperBuild = whisper.ok && whisper.path ? await describeWhisperBuild(whisper.path) : undefined;
  if (whisperBuild) whisper.version = whisperBuild.version;
  return {
    ffmpeg,
    ffprobe,
    libass,
    libassShaper,
    h264Encoders,
    whisper,
    ...(whisperBuild ? { whisperBuild } : {}),
    models: await listInstalledModels(configDir),
    workspacePath,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    nodeVersion: process.versions.node,
  };
}

async function describeTool(tool: ResolvedTool): Promise<ToolReport> {
  const base = { name: tool.name, path: tool.path, source: tool.source };
  try {
    const result = await runProcess({
      binary: tool.path,
      args: ['-version'],
      captureStdout: true,
      toolName: tool.name,
    });
    const version = /version (\S+)/.exec(result.stdout)?.[1];
    return { ...base, ok: result.exitCode === 0, ...(version ? { version } : {}) };
  } catch (error) {
    return { ...base, ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

export function parseH264Encoders(encodersOutput: string): string[] {
  const names: string[] = [];
  for (const line of encodersOutput.split('\n')) {
    const match = /^\s*V\S*\s+(\S+)\s+.*(H\.264|h264|AVC)/i.exec(line);
    if (match?.[1]) names.push(match[1]);
  }
  return names;
}

/**
 * Burns one frame through the ass filter with verbose logging; libass prints its shaper line
 * ("Shaper: FriBidi 0.19.7 (SIMPLE)" or "… HarfBuzz-ng …"). HarfBuzz is needed for Nastaliq.
 */
async function detectShaper(ffmpegPath: string): Promise<DoctorReport['libassShaper']> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'guftagu-shaper-'));
  try {
    const assPath = path.join(folder, 'probe.ass');
    await fs.writeFile(
      assPath,
      '[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Text\nDialogue: 0,0:00:00.00,0:00:01.00,Default,test\n',
    );
    const result = await runProcess({
      binary: ffmpegPath,
      args: [
        '-hide_banner',
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
      ],
      cwd: folder,
      toolName: 'ffmpeg',
    });
    return parseShaper(result.stderrTail);
  } catch {
    return 'unknown';
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}

export function parseShaper(verboseLog: string): DoctorReport['libassShaper'] {
  const line = /Shaper:[^\n]*/i.exec(verboseLog)?.[0];
  if (!line) return 'unknown';
  return /harfbuzz/i.test(line) ? 'harfbuzz' : 'fribidi';
}
