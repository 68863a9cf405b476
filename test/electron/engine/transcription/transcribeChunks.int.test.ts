import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLoudnessWindows } from '../../../../electron/engine/media/loudness';
import { extractAudio } from '../../../../electron/engine/media/extractAudio';
import { transcribeWav } from '../../../../electron/engine/transcription/transcribe';
import { writeWavChunks } from '../../../../electron/engine/transcription/wavChunks';
import { parseWhisperJson } from '../../../../electron/engine/transcription/whisperJson';
import type { Transcript } from '../../../../shared/transcript/model';
import { bundledFfmpeg } from '../../../support/makeMedia';
import { builtWhisper, haveFile, haveSharedFixtures, sharedFixture } from '../../../support/sharedFixtures';

// A long recording cut at its silences, for real: ffmpeg makes 39 s of speech and tone separated by two 3 s silences,
// the import's extraction makes the 16 kHz WAV, the engine reads its loudness, cuts it into parts forced small
// (14 s: the band is 11.2–15.4 s) and runs whisper-cli 1.9 with the test model on each part, with VAD off and on.
// (The test models print no text; the merge's correctness on real whisper JSON is chunkMerge.test.ts.)
const whisperHere = haveSharedFixtures() && haveFile(builtWhisper);
const tinyModel = sharedFixture('models/for-tests-ggml-tiny.bin');
const vadModel = path.resolve(__dirname, '../../../fixtures/whisper/for-tests-silero-vad.bin');
const plan = { chunkMs: 14_000, overlapMs: 2_000 };
const totalMs = 39_000;
/** jfk.wav (11 s) | silence | a 440 Hz tone with pink noise (11 s) | silence | jfk.wav. */
const silences = [
  [11_000, 14_000],
  [25_000, 28_000],
] as const;

let temp: string;
let wav: string;

beforeAll(async () => {
  if (!whisperHere) return;
  temp = mkdtempSync(path.join(os.tmpdir(), 'guftagu-chunks-'));
  const source = path.join(temp, 'talk.flac');
  const ffmpeg = spawnSync(bundledFfmpeg(), [
    ...['-hide_banner', '-loglevel', 'error', '-y', '-i', sharedFixture('audio/jfk.wav')],
    ...['-f', 'lavfi', '-t', '3', '-i', 'anullsrc=r=16000:cl=mono'],
    ...['-f', 'lavfi', '-t', '11', '-i', 'sine=frequency=440:sample_rate=16000'],
    ...['-f', 'lavfi', '-t', '11', '-i', 'anoisesrc=r=16000:c=pink:a=0.1'],
    ...['-filter_complex', '[2][3]amix=inputs=2[tone];[0][1][tone][1][0]concat=n=5:v=0:a=1', '-ac', '1'],
    source,
  ]);
  if (ffmpeg.status !== 0) throw new Error(ffmpeg.stderr.toString());
  wav = path.join(temp, 'talk.wav');
  await extractAudio(source, wav, { ffmpegPath: bundledFfmpeg(), durationMs: totalMs });
});
afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

const inSilence = (ms: number) => silences.some(([from, to]) => ms > from && ms < to);

function expectOnTheRecording(transcript: Transcript): void {
  for (const track of transcript.tracks) {
    track.cues.forEach((cue, index) => {
      expect(cue.startMs).toBeGreaterThanOrEqual(0);
      expect(cue.endMs).toBeLessThanOrEqual(totalMs);
      if (index > 0) expect(cue.startMs).toBeGreaterThanOrEqual(track.cues[index - 1]!.endMs);
      const words = cue.words;
      words.forEach((word, wordIndex) => {
        expect(word.startMs).toBeGreaterThanOrEqual(cue.startMs);
        expect(word.endMs).toBeLessThanOrEqual(cue.endMs);
        if (wordIndex > 0) expect(word.startMs).toBeGreaterThanOrEqual(words[wordIndex - 1]!.startMs);
      });
    });
  }
}

describe.runIf(whisperHere)('long recordings cut at silences, with the real ffmpeg and whisper.cpp', () => {
  it('cuts inside the silences, with no overlap, and each part begins and ends in silence', async () => {
    const folder = mkdtempSync(path.join(temp, 'parts-'));
    const chunks = await writeWavChunks(wav, folder, plan);
    expect(chunks.map((chunk) => chunk.cut)).toEqual(['start', 'silence', 'silence']);
    for (const chunk of chunks.slice(1)) {
      expect(inSilence(chunk.cutMs), `cut at ${chunk.cutMs} ms`).toBe(true);
      expect(chunk.offsetMs).toBe(chunk.cutMs);
      expect(chunk.overlapEndMs).toBe(chunk.offsetMs);
    }
    const last = chunks.at(-1)!;
    expect(last.offsetMs + last.durationMs).toBeGreaterThanOrEqual(totalMs - 50);
    // The parts' own sound: silent at every seam, loud in the middle.
    for (const chunk of chunks) {
      const windows = await readLoudnessWindows(chunk.path, 100);
      if (chunk.index > 0) expect(windows[0]!.rmsDbfs).toBeLessThan(-50);
      if (chunk.index < chunks.length - 1) expect(windows.at(-1)!.rmsDbfs).toBeLessThan(-50);
      expect(Math.max(...windows.map((window) => window.rmsDbfs))).toBeGreaterThan(-30);
    }
  });

  it.each([
    ['VAD off', undefined],
    ['VAD on', vadModel],
  ])(
    'transcribes each part once (%s) and keeps the merged transcript on the recording',
    async (_label, vadModelPath) => {
      const folder = mkdtempSync(path.join(temp, 'run-'));
      const log: string[] = [];
      const transcript = await transcribeWav(
        {
          mediaId: 'm-talk',
          wavPath: wav,
          durationMs: totalMs,
          modelPath: tinyModel,
          language: 'en',
          translate: false,
          ...(vadModelPath ? { vadModelPath } : {}),
        },
        {
          whisperPath: builtWhisper,
          tempFolder: folder,
          threads: 2,
          chunkPlan: plan,
          progress: () => undefined,
          log: (line) => log.push(line),
        },
      );
      const described = log.find((line) => line.startsWith('transcribe: ')) ?? '';
      const cuts = [...described.matchAll(/([\d.]+) s \(silence\)/g)].map((match) => Number(match[1]) * 1000);
      expect(described).toMatch(/^transcribe: 3 parts, cut at /);
      expect(cuts).toHaveLength(2);
      for (const cutMs of cuts) expect(inSilence(cutMs), `cut at ${cutMs} ms`).toBe(true);
      const runs = log.filter((line) => line.includes('whisper-cli'));
      expect(runs).toHaveLength(3);
      runs.forEach((line, index) => expect(line).toContain(`chunk-00${index}.wav`));
      expect(runs.every((line) => line.includes('--vad') === Boolean(vadModelPath))).toBe(true);
      // Each part's own JSON stays within the part (whisper's times start at the part's start).
      const partMs = [cuts[0]!, cuts[1]! - cuts[0]!, totalMs - cuts[1]!];
      partMs.forEach((durationMs, index) => {
        const json = readFileSync(path.join(folder, `transcribe-00${index}.json`));
        const result = parseWhisperJson(json);
        for (const segment of result.segments) expect(segment.endMs).toBeLessThanOrEqual(durationMs + 1000);
      });
      expect(transcript.tracks).toHaveLength(1);
      expectOnTheRecording(transcript);
    },
    // Three whisper runs: slow on a loaded 2-core machine.
    300_000,
  );
});
