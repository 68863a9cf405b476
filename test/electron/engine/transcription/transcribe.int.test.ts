import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasNoSpeech, transcribeWav } from '../../../../electron/engine/transcription/transcribe';
import { GuftaguError } from '../../../../shared/errors';
import { builtWhisper, haveFile, haveSharedFixtures, sharedFixture } from '../../../support/sharedFixtures';
import { processesMentioning } from '../../../support/engine';
import { extractAudio } from '../../../../electron/engine/media/extractAudio';
import { bundledFfmpeg, makeMedia } from '../../../support/makeMedia';

/** The shared fixtures and the whisper-cli build: skipped here without them, a failure in CI. */
const whisperHere = haveSharedFixtures() && haveFile(builtWhisper);

const tinyModel = sharedFixture('models/for-tests-ggml-tiny.bin');
const smallModel = sharedFixture('models/for-tests-ggml-small.bin');
const jfk = sharedFixture('audio/jfk.wav');
let temp: string;

beforeEach(() => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'guftagu-transcribe-'));
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

function context(log: string[] = [], progress: number[] = [], signal?: AbortSignal) {
  return {
    whisperPath: builtWhisper,
    tempFolder: temp,
    threads: 2,
    progress: (ratio: number) => progress.push(ratio),
    log: (line: string) => log.push(line),
    ...(signal ? { signal } : {}),
  };
}

describe.runIf(whisperHere)('transcription with the real whisper.cpp binary', () => {
  it('runs whisper with full JSON and progress, and reports an empty result as no speech', async () => {
    const log: string[] = [];
    const progress: number[] = [];
    const transcript = await transcribeWav(
      {
        mediaId: 'm-jfk',
        wavPath: jfk,
        durationMs: 11_000,
        modelPath: tinyModel,
        language: 'auto',
        translate: false,
      },
      context(log, progress),
    );
    const command = log.find((line) => line.includes('whisper-cli')) ?? '';
    expect(command).toMatch(/ -ojf /);
    expect(command).toMatch(/ -pp/);
    expect(command).toMatch(/ -l auto /);
    expect(command).toContain(jfk);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(hasNoSpeech(transcript)).toBe(true);
    expect(transcript.tracks).toHaveLength(1);
    expect(transcript.model).toBe('for-tests-ggml-tiny.bin');
  });

  it('cuts a long recording into overlapping parts and runs whisper on each', async () => {
    const source = makeMedia(temp, 'long.mp3', { durationS: 25, video: false, container: 'mp3' });
    const wav = path.join(temp, 'long.wav');
    await extractAudio(source, wav, { ffmpegPath: bundledFfmpeg(), durationMs: 25_000 });
    const log: string[] = [];
    const progress: number[] = [];
    const transcript = await transcribeWav(
      {
        mediaId: 'm-long',
        wavPath: wav,
        durationMs: 25_000,
        modelPath: tinyModel,
        language: 'ur',
        translate: true,
      },
      { ...context(log, progress), chunkPlan: { chunkMs: 10_000, overlapMs: 2_000 } },
    );
    const runs = log.filter((line) => line.includes('whisper-cli'));
    expect(runs).toHaveLength(6); // 3 parts, transcribed and translated
    expect(runs.filter((line) => / -tr( |$)/.test(line))).toHaveLength(3);
    expect(runs.every((line) => / -l ur /.test(line))).toBe(true);
    expect(transcript.tracks.map((track) => [track.kind, track.language, track.direction])).toEqual([
      ['transcript', 'ur', 'rtl'],
      ['translation', 'en', 'ltr'],
    ]);
    expect(progress.at(-1)).toBe(1);
  });

  it('cancels: whisper is stopped and no process is left', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const running = transcribeWav(
      {
        mediaId: 'm-jfk',
        wavPath: jfk,
        durationMs: 11_000,
        modelPath: smallModel,
        language: 'en',
        translate: false,
      },
      {
        ...context([], progress, controller.signal),
        progress: (ratio: number) => {
          progress.push(ratio);
          if (ratio > 0) controller.abort();
        },
      },
    );
    setTimeout(() => controller.abort(), 1500);
    await expect(running).rejects.toMatchObject({ code: 'canceled' });
    await expect.poll(() => processesMentioning(temp).length, { timeout: 5000 }).toBe(0);
  });

  it("fails with whisper's own words when the model is not a model", async () => {
    const fake = path.join(temp, 'ggml-fake.bin');
    writeFileSync(fake, 'not a model');
    const error = await transcribeWav(
      {
        mediaId: 'm-jfk',
        wavPath: jfk,
        durationMs: 11_000,
        modelPath: fake,
        language: 'en',
        translate: false,
      },
      context(),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GuftaguError);
    expect((error as GuftaguError).code).toBe('tool-failed');
    expect((error as GuftaguError).hint).not.toBe('');
    expect((error as GuftaguError).details).toMatch(/model/i);
    expect(readdirSync(temp).filter((name) => name.endsWith('.json'))).toEqual([]);
  });
});
