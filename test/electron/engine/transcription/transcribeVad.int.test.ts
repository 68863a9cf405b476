import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasNoSpeech, transcribeWav } from '../../../../electron/engine/transcription/transcribe';
import { detectWhisperCapabilities } from '../../../../electron/engine/transcription/whisperCapabilities';
import { runWhisper } from '../../../../electron/engine/transcription/whisperRunner';
import { GuftaguError } from '../../../../shared/errors';
import { bundledFfmpeg } from '../../../support/makeMedia';
import { sileroTestModel } from '../../../support/sileroTestModel';
import { builtWhisper, haveSharedFixtures, sharedFixture } from '../../../support/sharedFixtures';
import { readWhisperFixture, vadSpansIn } from '../../../support/vadRecording';

// whisper.cpp 1.9 with --vad, run for real: the VAD model is test/fixtures/whisper/for-tests-silero-vad.bin, in
// whisper.cpp's Silero ggml format with synthetic weights that detect sound energy (test/support/sileroTestModel.ts),
// so whisper's own VAD code runs: model loading, speech spans, the speech-only audio and its time mapping.
if (!existsSync(builtWhisper))
  throw new Error(`whisper-cli is not built at ${builtWhisper}: run "npm run build:whisper".`);

const vadModel = path.resolve(__dirname, '../../../fixtures/whisper/for-tests-silero-vad.bin');
const tinyModel = sharedFixture('models/for-tests-ggml-tiny.bin');
let temp: string;
/** 8 s of silence, jfk.wav (11 s), 8 s of silence, jfk.wav again: 38 s, speech at 8–19 s and 27–38 s. */
let pauses: string;

beforeAll(() => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'guftagu-vad-'));
  pauses = path.join(temp, 'pauses.wav');
  const ffmpeg = spawnSync(bundledFfmpeg(), [
    ...['-hide_banner', '-loglevel', 'error', '-y', '-i', sharedFixture('audio/jfk.wav')],
    ...['-f', 'lavfi', '-t', '8', '-i', 'anullsrc=r=16000:cl=mono'],
    ...['-filter_complex', '[1][0][1][0]concat=n=4:v=0:a=1', '-ar', '16000', '-ac', '1'],
    ...['-c:a', 'pcm_s16le', pauses],
  ]);
  if (ffmpeg.status !== 0) throw new Error(ffmpeg.stderr.toString());
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const speech = [
  [8000, 19000],
  [27000, 38000],
] as const;

/** The spans the unpatched whisper.cpp 1.9.1 (one VAD chunk per graph run) logged for this recording. */
const upstreamPausesSpans = vadSpansIn(readWhisperFixture('vad-1.9.1-upstream-pauses.log').toString('utf8'));

describe.runIf(haveSharedFixtures())('voice activity detection with the real whisper.cpp', () => {
  it('the built whisper is 1.9 and offers --vad, --suppress-nst, --prompt and -dtw', async () => {
    const capabilities = await detectWhisperCapabilities(builtWhisper);
    expect(capabilities.version).toMatch(/^1\.9\./);
    expect(capabilities).toMatchObject({ vad: true, suppressNonSpeech: true, prompt: true, dtw: true });
  });

  it('with VAD: whisper logs speech spans only where there is sound, mapped back to the recording', async () => {
    const log: string[] = [];
    const run = await runWhisper({
      whisperPath: builtWhisper,
      modelPath: tinyModel,
      wavPath: pauses,
      outputBase: path.join(temp, 'with-vad'),
      language: 'en',
      translate: false,
      threads: 2,
      vadModelPath: vadModel,
      suppressNonSpeech: true,
      prompt: 'Media Baithak, Karachi',
      log: (line) => log.push(line),
    });
    expect(log.join('\n')).toMatch(/ --vad --vad-model \S*for-tests-silero-vad\.bin/);
    expect(log.join('\n')).toMatch(/ --suppress-nst/);
    expect(log.join('\n')).toMatch(/ --prompt 'Media Baithak, Karachi'/);
    expect(run.vadUsed).toBe(true);
    expect(run.vadSpans.length).toBeGreaterThan(1);
    for (const span of run.vadSpans) {
      const inside = speech.some(
        ([from, to]) => span.originalStartMs >= from - 100 && span.originalEndMs <= to + 100,
      );
      expect(inside, JSON.stringify(span)).toBe(true);
      expect(span.processedEndMs - span.processedStartMs).toBe(span.originalEndMs - span.originalStartMs);
    }
    // Both copies of the speech were found; the two 8 s pauses were cut out.
    for (const [from, to] of speech)
      expect(run.vadSpans.some((span) => span.originalStartMs < to && span.originalEndMs > from)).toBe(true);
    const speechOnlyMs = run.vadSpans.at(-1)!.processedEndMs;
    expect(speechOnlyMs).toBeLessThan(24_000);
    // Our build batches the Silero pass (scripts/whisper-patches/vad-batched.cpp, 256 chunks at a time: this
    // recording ends in a part batch). It finds the very spans the unpatched whisper.cpp 1.9.1 found here.
    expect(run.vadSpans).toEqual(upstreamPausesSpans);
    expect(run.systemInfo).toMatch(/AVX2 = 1/);
  });

  /** whisper-cli with --vad on the pauses recording, by hand: its stderr and the speech spans it logged. */
  const vadByHand = (model: string, threads: number) => {
    const run = spawnSync(
      builtWhisper,
      ['-m', tinyModel, '-f', pauses, '-l', 'en', '-t', String(threads), '--vad', '--vad-model', model],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    expect(run.status, run.stderr).toBe(0);
    return { stderr: run.stderr, spans: vadSpansIn(run.stderr) };
  };

  it('the Silero STFT runs as an FFT for a windowed-DFT basis and as a matrix product for any other, with the same spans', () => {
    // Sine rows of the other sign: the same magnitudes from a basis that is not the forward DFT.
    const otherBasis = path.join(temp, 'vad-sine-rows-flipped.bin');
    writeFileSync(otherBasis, sileroTestModel({ stftSineSign: 1 }));
    const notDft = /the STFT basis is not a windowed DFT; it runs as a matrix product/;
    const fft = vadByHand(vadModel, 2);
    const product = vadByHand(otherBasis, 2);
    expect(fft.stderr).toMatch(/chunks per batch/);
    expect(fft.stderr).not.toMatch(notDft);
    expect(product.stderr).toMatch(/chunks per batch/);
    expect(product.stderr).toMatch(notDft);
    expect(fft.spans).toEqual(upstreamPausesSpans);
    expect(product.spans).toEqual(upstreamPausesSpans);
  });

  it('with -t 2 the LSTM steps on a second thread beside the next batch; -t 1 keeps one; the spans are the same', () => {
    // 38 s is 1,188 chunks of 32 ms: five batches, so the two threads hand batches over four times.
    const two = vadByHand(vadModel, 2);
    const one = vadByHand(vadModel, 1);
    expect(two.stderr).toMatch(/\(256 chunks per batch, 2 threads\)/);
    expect(one.stderr).toMatch(/\(256 chunks per batch, 1 thread\)/);
    expect(two.spans).toEqual(upstreamPausesSpans);
    expect(one.spans).toEqual(upstreamPausesSpans);
  });

  it('without VAD: no spans, no --vad', async () => {
    const log: string[] = [];
    const run = await runWhisper({
      whisperPath: builtWhisper,
      modelPath: tinyModel,
      wavPath: pauses,
      outputBase: path.join(temp, 'without-vad'),
      language: 'en',
      translate: false,
      threads: 2,
      log: (line) => log.push(line),
    });
    expect(log.join('\n')).not.toMatch(/--vad/);
    expect(run).toMatchObject({ vadUsed: false, vadSpans: [] });
  });

  it('transcribeWav runs the whole path with VAD on (the test model hears no words)', async () => {
    const progress: number[] = [];
    const transcript = await transcribeWav(
      {
        mediaId: 'm-pauses',
        wavPath: pauses,
        durationMs: 38_000,
        modelPath: tinyModel,
        language: 'en',
        translate: false,
        vadModelPath: vadModel,
      },
      {
        whisperPath: builtWhisper,
        tempFolder: temp,
        threads: 2,
        progress: (ratio) => progress.push(ratio),
      },
    );
    expect(hasNoSpeech(transcript)).toBe(true);
    expect(progress.at(-1)).toBe(1);
  });

  it('a file that is not a VAD model is a clear error', async () => {
    const bad = path.join(temp, 'not-a-vad-model.bin');
    writeFileSync(bad, Buffer.alloc(4096, 7));
    const error = await runWhisper({
      whisperPath: builtWhisper,
      modelPath: tinyModel,
      wavPath: sharedFixture('audio/jfk.wav'),
      outputBase: path.join(temp, 'bad-vad'),
      language: 'en',
      translate: false,
      threads: 2,
      vadModelPath: bad,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GuftaguError);
    expect((error as GuftaguError).message).toBe('whisper could not load the voice activity model.');
  });

  it.each([
    ['a missing input (1.9 exits 2)', 'missing.wav', 'The audio file to transcribe is not there any more.'],
    ['audio it cannot read (1.9 exits 0)', 'text.wav', 'whisper could not read the extracted audio.'],
  ])('%s is a clear error', async (_label, name, message) => {
    const input = path.join(temp, name);
    if (name === 'text.wav') writeFileSync(input, 'this is not audio\n');
    const error = await runWhisper({
      whisperPath: builtWhisper,
      modelPath: tinyModel,
      wavPath: input,
      outputBase: path.join(temp, `failed-${name}`),
      language: 'en',
      translate: false,
      threads: 2,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GuftaguError);
    expect((error as GuftaguError).message).toBe(message);
  });
});
