import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { bundledFfmpeg } from './makeMedia';

/** One stretch of the sound: a 440 Hz tone (about −13.5 dBFS RMS) or silence (faint noise, about −75 dBFS). */
export interface SoundStretch {
  kind: 'tone' | 'silence';
  seconds: number;
}

/**
 * A real recording made with ffmpeg whose sound is tone and silence in the given stretches (a room's faint
 * noise everywhere, so "silence" is not digital zero): a video (dark, 320×180) when `video`, else a WAV.
 */
export function makeToneAndSilence(
  folder: string,
  fileName: string,
  stretches: readonly SoundStretch[],
  options: { video?: boolean } = {},
): string {
  mkdirSync(folder, { recursive: true });
  const durationS = stretches.reduce((sum, stretch) => sum + stretch.seconds, 0);
  let at = 0;
  const toneWhen: string[] = [];
  for (const stretch of stretches) {
    if (stretch.kind === 'tone') toneWhen.push(`between(t\\,${at}\\,${at + stretch.seconds})`);
    at += stretch.seconds;
  }
  const gate = toneWhen.length === 0 ? '0' : `gt(${toneWhen.join('+')}\\,0)`;
  // Commas inside a filter's option are escaped (a bare comma would start the next filter).
  const expression = `0.3*sin(2*PI*440*t)*${gate}+0.0003*(2*random(0)-1)`;
  const output = path.join(folder, fileName);
  const args = ['-hide_banner', '-loglevel', 'error', '-y'];
  if (options.video)
    args.push('-f', 'lavfi', '-i', `color=c=0x203050:size=320x180:rate=25:duration=${durationS}`);
  args.push('-f', 'lavfi', '-i', `aevalsrc=${expression}:s=48000:d=${durationS}`);
  if (options.video)
    args.push('-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest');
  args.push(output);
  const result = spawnSync(bundledFfmpeg(), args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`ffmpeg could not make ${fileName}: ${result.stderr}`);
  return output;
}
