import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine } from '../../../../electron/engine/engine';
import type { Engine } from '../../../../electron/engine/types';
import type { Preset } from '../../../../shared/export/presets';
import type { Clip } from '../../../../shared/model/clips';
import type { ConsentScope, Participant } from '../../../../shared/model/programme';
import type { Cue, Track, Transcript } from '../../../../shared/transcript/model';
import { makeMedia } from '../../../support/makeMedia';
import { waitForJobs } from '../../../support/waitForJobs';

/** A tiny portrait preset so integration tests stay fast (GUIDELINES' Reels, scaled down to 270×480). */
export const smallPreset: Preset = {
  id: 'test-small',
  name: 'Test 270×480',
  widthPx: 270,
  heightPx: 480,
  maxFps: 30,
  minDurationMs: 0,
  video: { codec: 'h264', profile: 'high', crf: 30, preset: 'ultrafast' },
  audio: { codec: 'aac', bitrateKbps: 64, sampleRateHz: 48_000 },
  safeZone: { topPx: 40, bottomPx: 80, leftPx: 12, rightPx: 12 },
  reframe: 'crop',
  builtIn: false,
};

/** Slow on purpose (full HD portrait, x264 "slow"), so a test can cancel or interrupt it mid-way. */
export const slowPreset: Preset = {
  ...smallPreset,
  id: 'test-slow',
  name: 'Test slow 1080×1920',
  widthPx: 1080,
  heightPx: 1920,
  video: { codec: 'h264', profile: 'high', crf: 16, preset: 'slow' },
};

const word = (text: string, startMs: number, endMs: number) => ({ text, startMs, endMs, probability: 1 });
export const cue = (id: string, startMs: number, endMs: number, text: string): Cue => {
  const parts = text.split(' ');
  const step = Math.floor((endMs - startMs) / parts.length);
  return {
    id,
    startMs,
    endMs,
    text,
    words: parts.map((part, index) => word(part, startMs + index * step, startMs + (index + 1) * step - 20)),
  };
};

/** A transcript for `mediaId` with these cues: Urdu, and an English translation when given. */
export function transcriptOf(mediaId: string, urdu: Cue[], english: Cue[] = []): Transcript {
  const urduTrack: Track = { id: 'ur', language: 'ur', direction: 'rtl', kind: 'transcript', cues: urdu };
  const englishTrack: Track = {
    id: 'en',
    language: 'en',
    direction: 'ltr',
    kind: 'translation',
    cues: english,
  };
  return {
    schemaVersion: 1,
    mediaId,
    model: 'test',
    createdAt: new Date().toISOString(),
    revision: 0,
    language: 'ur',
    tracks: english.length > 0 ? [urduTrack, englishTrack] : [urduTrack],
  };
}

export function sampleTranscript(mediaId: string): Transcript {
  return transcriptOf(
    mediaId,
    [cue('u1', 200, 1_900, 'پانی کی کمی پر بات'), cue('u2', 2_000, 3_900, 'نوجوانوں کی آواز')],
    [cue('e1', 200, 1_900, 'Talking about water'), cue('e2', 2_000, 3_900, 'Young voices')],
  );
}

export interface ExportWorld {
  engine: Engine;
  root: string;
  workspacePath: string;
  configDir: string;
  sessionId: string;
  mediaId: string;
  sourcePath: string;
  clip: Clip;
  /** The clip's speaker, a participant of the session. */
  participant: Participant;
  logLines: string[];
  /** A new engine over the same workspace and config (after the first was closed). */
  restart(): Promise<Engine>;
  dispose(): Promise<void>;
}

/**
 * An engine with a session holding one recording, its Urdu + English transcript, one participant (by
 * default "Ayesha", who consented to publish with her name) and one clip she speaks in.
 */
export async function setUpExport(
  options: {
    sessionTitle?: string;
    sourceFolder?: string;
    sourceName?: string;
    durationS?: number;
    clipEndMs?: number;
    speaker?: { name: string; scope: ConsentScope; otherNames?: string[] };
    clipTitle?: string;
    transcript?: (mediaId: string) => Transcript;
  } = {},
): Promise<ExportWorld> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'guftagu-export-'));
  const workspacePath = path.join(root, 'workspace');
  const configDir = path.join(root, 'config');
  const logLines: string[] = [];
  const start = () =>
    createEngine({ workspacePath, configDir, binding: 'test', log: (line) => logLines.push(line) });
  let engine = await start();
  // The bundled ffmpeg (FriBidi), as these expectations were written for it; the setting outlives restarts.
  await engine.api['settings.update']({ ffmpegSource: 'bundled' });
  const sourcePath = makeMedia(
    path.join(root, options.sourceFolder ?? 'media'),
    options.sourceName ?? 'interview.mp4',
    {
      durationS: options.durationS ?? 4,
      width: 320,
      height: 240,
    },
  );
  const session = await engine.api['sessions.create']({ title: options.sessionTitle ?? 'Karachi Dialogue' });
  const { jobIds } = await engine.api['media.import']({ sessionId: session.id, paths: [sourcePath] });
  const [imported] = await waitForJobs(engine, jobIds);
  if (imported?.state !== 'succeeded') throw new Error(`import failed: ${JSON.stringify(imported?.error)}`);
  const media = (await engine.api['sessions.get']({ sessionId: session.id })).session.media[0];
  if (!media) throw new Error('no media');
  await engine.api['transcripts.save']({
    sessionId: session.id,
    transcript: (options.transcript ?? sampleTranscript)(media.id),
    baseRevision: 0,
  });
  const speaker = options.speaker ?? { name: 'Ayesha', scope: 'publish-named' };
  const { participant } = await engine.api['participants.add']({
    sessionId: session.id,
    participant: {
      name: speaker.name,
      ...(speaker.otherNames ? { otherNames: speaker.otherNames } : {}),
      gender: 'woman',
      consent: { scope: speaker.scope },
    },
  });
  await engine.api['presets.save']({ preset: smallPreset });
  await engine.api['presets.save']({ preset: slowPreset });
  const clip = await engine.api['clips.save']({
    sessionId: session.id,
    clip: {
      mediaId: media.id,
      startMs: 0,
      endMs: options.clipEndMs ?? 3_000,
      title: options.clipTitle ?? 'پانی',
      speakerId: participant.id,
      tags: ['water'],
      hashtags: ['#Karachi'],
    },
  });
  return {
    get engine() {
      return engine;
    },
    root,
    workspacePath,
    configDir,
    sessionId: session.id,
    mediaId: media.id,
    sourcePath,
    clip,
    participant,
    logLines,
    async restart() {
      engine = await start();
      return engine;
    },
    async dispose() {
      await engine.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Marks who speaks each cue (by cue id, in any track) of the media's transcript, and saves it. */
export async function assignSpeakers(
  engine: Engine,
  sessionId: string,
  mediaId: string,
  speakers: Record<string, string>,
): Promise<void> {
  const { transcript } = await engine.api['transcripts.get']({ sessionId, mediaId });
  if (!transcript) throw new Error('no transcript');
  for (const track of transcript.tracks)
    for (const line of track.cues) {
      const speakerId = speakers[line.id];
      if (speakerId) line.speakerId = speakerId;
    }
  await engine.api['transcripts.save']({ sessionId, transcript, baseRevision: transcript.revision });
}
