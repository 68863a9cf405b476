import { promises as fs } from 'node:fs';
import path from 'node:path';
import { mergeChunkWords, type ChunkWords } from '../../../shared/transcript/chunks';
import {
  directionOf,
  TRANSCRIPT_SCHEMA_VERSION,
  type Track,
  type Transcript,
  type Word,
  type WordTimes,
} from '../../../shared/transcript/model';
import type { DtwPreset } from '../../../shared/transcript/dtwPreset';
import type { SegmentationRules } from '../../../shared/transcript/rules';
import { segmentWords } from '../../../shared/transcript/segment';
import type { JobStep } from '../../../shared/model/jobs';
import { parseWhisperJson, type WhisperResult } from './whisperJson';
import type { PlannedRun } from '../../../shared/transcript/progressEstimate';
import { estimateRunMs, guessedSpeed, type Speed } from '../../../shared/transcript/speedEstimate';
import { TranscribeProgress } from './transcribeProgress';
import { runWhisper } from './whisperRunner';
import { writeWavChunks, type ChunkPlan, type WavChunk } from './wavChunks';

export interface TranscribeInput {
  mediaId: string;
  /** 16 kHz mono 16-bit WAV of the whole recording. */
  wavPath: string;
  durationMs: number;
  modelPath: string;
  /** 'auto' or a language code. */
  language: string;
  /** Also produce an English translation track. */
  translate: boolean;
  rules?: Partial<SegmentationRules>;
  /** Skip silence with whisper.cpp's Silero VAD and this model (see shared/transcript/vadTimes.ts). */
  vadModelPath?: string;
  /** The session's vocabulary as whisper's initial prompt. */
  prompt?: string;
  /** DTW token timestamps with this alignment-heads preset (precise word times; slower): see dtwPreset.ts. */
  dtwPreset?: DtwPreset;
}

export interface TranscribeContext {
  whisperPath: string;
  /** A folder of this job's own, removed by the caller. */
  tempFolder: string;
  signal?: AbortSignal;
  /** 0..1 (below 1 until done) with the estimated time left, from the start of the run. */
  progress(ratio: number, step: JobStep, etaMs?: number): void;
  log?: (line: string) => void;
  chunkPlan?: ChunkPlan;
  threads?: number;
  /** How fast whisper runs here with these settings (speedBook.ts); a guess from the model's size without it. */
  speed?: Speed;
  /** Each whisper run's measured time, to keep the stored speed up to date. */
  onRunTimed?: (run: { audioMs: number; wallMs: number; loadMs?: number }) => void;
}

/**
 * Transcribes a recording with whisper.cpp. Long recordings are cut into parts of about 10 minutes at silences
 * (shared/transcript/chunkPlan.ts; an overlap only where no silence is found), each run on its own (whisper
 * holds its whole input in memory), and their words are put back on the recording's timeline and stitched at the
 * seams without losing or repeating any. Words keep their probability; cues follow the subtitle rules.
 */
export async function transcribeWav(input: TranscribeInput, context: TranscribeContext): Promise<Transcript> {
  const speed = context.speed ?? guessedSpeed((await fs.stat(input.modelPath)).size);
  const planned = (durationMs: number): PlannedRun => ({
    audioMs: durationMs,
    estimatedMs: estimateRunMs(durationMs, speed),
  });
  const passes: ('transcribe' | 'translate')[] = input.translate
    ? ['transcribe', 'translate']
    : ['transcribe'];
  // Until the chunks are cut, the plan is the whole recording once per pass.
  const sink = (ratio: number, step: JobStep, etaMs: number) => context.progress(ratio, step, etaMs);
  const preparing = new TranscribeProgress(
    passes.map(() => planned(input.durationMs)),
    sink,
  );
  preparing.begin({ code: 'preparing-audio' });
  const chunks = await writeWavChunks(input.wavPath, context.tempFolder, context.chunkPlan);
  if (chunks.length > 1) context.log?.(`transcribe: ${chunks.length} parts, ${describeCuts(chunks)}`);
  const tracker = new TranscribeProgress(
    passes.flatMap(() => chunks.map((chunk) => planned(chunk.durationMs))),
    sink,
  );
  let language = input.language;
  let detected = input.language;
  const tracks: Track[] = [];
  const sources = new Set<WhisperResult['wordTimes']>();

  for (const [passIndex, pass] of passes.entries()) {
    const chunkWords: ChunkWords[] = [];
    for (const chunk of chunks) {
      const unit = passIndex * chunks.length + chunk.index;
      const step: JobStep = {
        code: pass === 'translate' ? 'translating' : 'transcribing',
        ...(chunks.length > 1 ? { params: { part: chunk.index + 1, parts: chunks.length } } : {}),
      };
      tracker.startRun(unit, step);
      const run = await runWhisper({
        whisperPath: context.whisperPath,
        modelPath: input.modelPath,
        wavPath: chunk.path,
        outputBase: path.join(context.tempFolder, `${pass}-${String(chunk.index).padStart(3, '0')}`),
        language,
        translate: pass === 'translate',
        onProgress: (ratio) => {
          context.log?.(`whisper progress ${Math.round(ratio * 100)}%`);
          tracker.whisperReported(ratio);
        },
        suppressNonSpeech: true,
        ...(input.vadModelPath ? { vadModelPath: input.vadModelPath } : {}),
        ...(input.prompt ? { prompt: input.prompt } : {}),
        ...(input.dtwPreset ? { dtwPreset: input.dtwPreset } : {}),
        ...(context.threads ? { threads: context.threads } : {}),
        ...(context.signal ? { signal: context.signal } : {}),
        ...(context.log ? { log: context.log } : {}),
      }).finally(() => tracker.stop());
      const wallMs = tracker.finishRun();
      context.onRunTimed?.({
        audioMs: chunk.durationMs,
        wallMs,
        ...(run.loadMs !== undefined ? { loadMs: run.loadMs } : {}),
      });
      const result = parseWhisperJson(run.json, run);
      sources.add(result.wordTimes);
      // Auto-detect once, on the first part, and hold every later part to that language.
      if (pass === 'transcribe' && chunk.index === 0 && language === 'auto' && result.language !== 'und') {
        detected = result.language;
        language = result.language;
      }
      chunkWords.push({ offsetMs: chunk.offsetMs, overlapEndMs: chunk.overlapEndMs, words: result.words });
    }
    const words = mergeChunkWords(chunkWords);
    tracks.push(
      makeTrack(
        pass === 'translate' ? 'en' : detected,
        pass === 'translate' ? 'translation' : 'transcript',
        words,
        input,
      ),
    );
  }
  context.progress(1, { code: 'done' });
  return {
    schemaVersion: TRANSCRIPT_SCHEMA_VERSION,
    mediaId: input.mediaId,
    model: path.basename(input.modelPath),
    createdAt: new Date().toISOString(),
    revision: 0,
    language: detected,
    wordTimes: wordTimesOf(sources, input.dtwPreset, context.log),
    tracks,
  };
}

/**
 * What the transcript records about its word times. Asked for DTW, a run whose words came without DTW times
 * (a build that turned it off) is said in the log and recorded as 'tokens' or 'mixed', never as 'dtw'.
 */
function wordTimesOf(
  sources: ReadonlySet<WhisperResult['wordTimes']>,
  dtwPreset: DtwPreset | undefined,
  log: ((line: string) => void) | undefined,
): WordTimes {
  const heard = [...sources].filter((source) => source !== 'none');
  if (dtwPreset === undefined) return { source: 'tokens' };
  const source = heard.every((item) => item === 'dtw')
    ? 'dtw'
    : heard.every((item) => item === 'tokens')
      ? 'tokens'
      : 'mixed';
  if (source !== 'dtw')
    log?.(
      `DTW word times were asked for (-dtw ${dtwPreset}) but whisper gave them for ${source === 'tokens' ? 'no' : 'only some'} segments: whisper's token times are used there.`,
    );
  return { source, dtwPreset };
}

/** "cut at 601.2 s (silence), 1190.0 s (hard)" */
function describeCuts(chunks: readonly WavChunk[]): string {
  const cuts = chunks.slice(1).map((chunk) => `${(chunk.cutMs / 1000).toFixed(1)} s (${chunk.cut})`);
  return `cut at ${cuts.join(', ')}`;
}

function makeTrack(language: string, kind: Track['kind'], words: Word[], input: TranscribeInput): Track {
  const id = `${kind}-${language}`;
  return {
    id,
    language,
    direction: directionOf(language),
    kind,
    cues: segmentWords(words, input.rules, {
      mediaDurationMs: input.durationMs,
      makeId: (index) => `${id}-${index + 1}`,
    }),
  };
}

/** True when whisper heard nothing: the transcript is kept, and the user is told "no speech found". */
export function hasNoSpeech(transcript: Transcript): boolean {
  return transcript.tracks.every((track) => track.cues.length === 0);
}
