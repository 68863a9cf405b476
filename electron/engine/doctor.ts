import { promises as fs } from 'node:fs';
import os from 'node:os';
import { captionFontFamily } from '../../shared/export/captionLayout';
import type { DoctorReport, ToolReport } from '../../shared/model/doctor';
import type { Settings } from '../../shared/model/settings';
import { resolveFfmpegTools, type ResolvedTool } from './media/binaries';
import { libassShaper as probeShaper } from './media/libassShaper';
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
  let libassShaperProblem: string | undefined;
  let ffmpegChoice: DoctorReport['ffmpegChoice'];
  let h264Encoders: string[] = [];
  try {
    const tools = resolveFfmpegTools(settings);
    ffmpegChoice = { setting: settings.ffmpegSource, reason: tools.choice.reason };
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
      if (libass) {
        try {
          libassShaper = await probeShaper(tools.ffmpeg.path);
        } catch (error) {
          libassShaper = 'unknown';
          libassShaperProblem = error instanceof Error ? error.message : String(error);
        }
      }
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
    ...(libassShaperProblem ? { libassShaperProblem } : {}),
    ...(ffmpegChoice ? { ffmpegChoice } : {}),
    captionFonts: {
      rightToLeft: captionFontFamily('auto', 'rtl', libassShaper),
      latin: captionFontFamily('auto', 'ltr', libassShaper),
    },
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

export { parseShaper } from './media/libassShaper';
