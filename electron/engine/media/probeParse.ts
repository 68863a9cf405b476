import { engineError } from '../../../shared/errorTexts';
import type { MediaProbe, VideoStream } from '../../../shared/model/media';
import { z } from 'zod';

export const ffprobeJsonSchema = z.object({
  format: z
    .object({
      format_name: z.string().optional(),
      duration: z.string().optional(),
      bit_rate: z.string().optional(),
      tags: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
  streams: z
    .array(
      z.object({
        codec_type: z.string().optional(),
        codec_name: z.string().optional(),
        profile: z.string().optional(),
        pix_fmt: z.string().optional(),
        width: z.number().optional(),
        height: z.number().optional(),
        r_frame_rate: z.string().optional(),
        avg_frame_rate: z.string().optional(),
        sample_rate: z.string().optional(),
        channels: z.number().optional(),
        duration: z.string().optional(),
        disposition: z.record(z.string(), z.number()).optional(),
        tags: z.record(z.string(), z.string()).optional(),
        side_data_list: z.array(z.record(z.string(), z.unknown())).optional(),
      }),
    )
    .default([]),
});
export type FfprobeJson = z.infer<typeof ffprobeJsonSchema>;

type Stream = FfprobeJson['streams'][number];

/** Turns ffprobe's JSON into the facts Guftagu uses. Pure, so it is tested on recorded outputs. */
export function parseProbeOutput(
  json: unknown,
  filePath: string,
  sizeBytes: number,
  stderr = '',
): MediaProbe {
  const parsed = ffprobeJsonSchema.safeParse(json);
  if (!parsed.success || !parsed.data.format) {
    throw engineError('not-media', { name: fileLabel(filePath) }, { details: stderr });
  }
  const { format, streams } = parsed.data;
  const videoStream = streams.find(
    (stream) => stream.codec_type === 'video' && !stream.disposition?.['attached_pic'],
  );
  const audioStream = streams.find((stream) => stream.codec_type === 'audio');
  if (!videoStream && !audioStream) {
    throw engineError('no-streams', { name: fileLabel(filePath) }, { details: stderr });
  }
  if (videoStream && !audioStream) {
    throw engineError('no-audio', { name: fileLabel(filePath) });
  }
  const durationSeconds = Number(format.duration ?? audioStream?.duration ?? videoStream?.duration);
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0) {
    throw engineError('media-length-unreadable', { name: fileLabel(filePath) }, { details: stderr });
  }
  const creationTime = format.tags?.['creation_time'];
  const bitRate = Number(format.bit_rate);
  return {
    formatName: format.format_name ?? 'unknown',
    durationMs: Math.round(durationSeconds * 1000),
    sizeBytes,
    ...(Number.isFinite(bitRate) ? { bitRate: Math.round(bitRate) } : {}),
    ...(videoStream ? { video: parseVideo(videoStream) } : {}),
    ...(audioStream
      ? {
          audio: {
            codec: audioStream.codec_name ?? 'unknown',
            sampleRateHz: Number(audioStream.sample_rate ?? 0),
            channels: audioStream.channels ?? 0,
            ...(Number(audioStream.duration) > 0
              ? { durationMs: Math.round(Number(audioStream.duration) * 1000) }
              : {}),
            ...(audioStream.tags?.['language'] ? { language: audioStream.tags['language'] } : {}),
          },
        }
      : {}),
    streamCount: streams.length,
    ...(creationTime ? { creationTime } : {}),
  };
}

function parseVideo(stream: Stream): VideoStream {
  const width = stream.width ?? 0;
  const height = stream.height ?? 0;
  const rotationDeg = readRotation(stream);
  const sideways = rotationDeg === 90 || rotationDeg === 270;
  const fps = parseRate(stream.r_frame_rate);
  const averageFps = parseRate(stream.avg_frame_rate) || fps;
  return {
    codec: stream.codec_name ?? 'unknown',
    ...(stream.profile ? { profile: stream.profile } : {}),
    ...(stream.pix_fmt ? { pixelFormat: stream.pix_fmt } : {}),
    width,
    height,
    displayWidth: sideways ? height : width,
    displayHeight: sideways ? width : height,
    rotationDeg,
    fps: round3(fps),
    averageFps: round3(averageFps),
    variableFrameRate: isVariableFrameRate(fps, averageFps),
  };
}

/** Clockwise rotation a player applies: the old "rotate" tag, or the display matrix (counter-clockwise). */
export function readRotation(stream: Pick<Stream, 'tags' | 'side_data_list'>): VideoStream['rotationDeg'] {
  let degrees = 0;
  const tag = stream.tags?.['rotate'];
  if (tag !== undefined) degrees = Number(tag);
  else {
    const matrix = stream.side_data_list?.find((side) => typeof side['rotation'] === 'number');
    if (matrix) degrees = -Number(matrix['rotation']);
  }
  const normalised = (((Math.round(degrees / 90) * 90) % 360) + 360) % 360;
  return normalised as VideoStream['rotationDeg'];
}

export function parseRate(rate: string | undefined): number {
  if (!rate) return 0;
  const [numerator, denominator] = rate.split('/').map(Number);
  if (!numerator || !denominator) return 0;
  return numerator / denominator;
}

/** Phones record variable frame rate: the nominal and average rates then differ noticeably. */
export function isVariableFrameRate(fps: number, averageFps: number): boolean {
  if (fps <= 0 || averageFps <= 0) return false;
  return Math.abs(fps - averageFps) / fps > 0.01;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** How a file is named in messages: its name in quotes (the full path goes in the details). */
export function fileLabel(filePath: string): string {
  return `"${filePath.split(/[\\/]/).pop() ?? filePath}"`;
}
