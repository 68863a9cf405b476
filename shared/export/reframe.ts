import type { ReframeMode } from './presets';
import type { Frame } from './captionLayout';

export interface SourceVideo extends Frame {
  /** Nominal frame rate; undefined when unknown. */
  fps?: number;
}

export interface FiltergraphInput {
  /** The picture as a viewer sees it (after rotation, which ffmpeg applies while decoding). */
  source: SourceVideo;
  output: Frame;
  mode: ReframeMode;
  /** Horizontal focus for 'crop': 0 keeps the left edge, 1 the right, 0.5 the centre. */
  focusX: number;
  maxFps: number;
  /** Burned captions: the .ass file and the fonts folder, plain ASCII names relative to ffmpeg's cwd. */
  captions?: { assFile: string; fontsDir: string };
}

const even = (value: number) => Math.max(2, 2 * Math.round(value / 2));
const plainName = /^[A-Za-z0-9._-]+$/;

/** The size a picture takes when scaled to fit inside `box` (whole picture shown), even numbers. */
export function fitContain(source: Frame, box: Frame): Frame {
  const scale = Math.min(box.widthPx / source.widthPx, box.heightPx / source.heightPx);
  return {
    widthPx: Math.min(box.widthPx, even(source.widthPx * scale)),
    heightPx: Math.min(box.heightPx, even(source.heightPx * scale)),
  };
}

/**
 * The part of the source with the output's shape, as large as possible: full height with a horizontal focus
 * point (0 left … 1 right) for a wider source, full width and centred for a taller one. Even numbers.
 */
export function coverRegion(source: Frame, output: Frame, focusX: number): Frame & { x: number; y: number } {
  const outputAspect = output.widthPx / output.heightPx;
  if (source.widthPx / source.heightPx >= outputAspect) {
    const heightPx = source.heightPx - (source.heightPx % 2);
    const widthPx = Math.min(source.widthPx - (source.widthPx % 2), even(heightPx * outputAspect));
    return { widthPx, heightPx, x: Math.round((source.widthPx - widthPx) * focusX), y: 0 };
  }
  const widthPx = source.widthPx - (source.widthPx % 2);
  const heightPx = Math.min(source.heightPx - (source.heightPx % 2), even(widthPx / outputAspect));
  return { widthPx, heightPx, x: 0, y: Math.round((source.heightPx - heightPx) / 2) };
}

/** Output size of a preset: its own, or the source's (rounded to even numbers) for the master (0×0). */
export function outputFrame(preset: { widthPx: number; heightPx: number }, source: Frame | undefined): Frame {
  if (preset.widthPx > 0 && preset.heightPx > 0)
    return { widthPx: preset.widthPx, heightPx: preset.heightPx };
  if (!source) return { widthPx: 1280, heightPx: 720 };
  return { widthPx: even(source.widthPx), heightPx: even(source.heightPx) };
}

/**
 * The -filter_complex graph from input [0:v] to output [v]: frame-rate cap, reframe (crop around a focus point,
 * blurred fill, or bars), square pixels, burned captions, yuv420p. Every number is computed here, so the
 * graph holds no expressions with commas and needs no escaping; the caption file and fonts folder must be
 * plain relative names (ffmpeg runs in the job's temp folder).
 */
export function buildVideoFilter(input: FiltergraphInput): string {
  const { source, output } = input;
  const W = output.widthPx;
  const H = output.heightPx;
  const head: string[] = [];
  if (source.fps === undefined || source.fps > input.maxFps + 0.01) head.push(`fps=${input.maxFps}`);
  const tail = ['setsar=1'];
  if (input.captions) {
    const { assFile, fontsDir } = input.captions;
    if (!plainName.test(assFile) || !plainName.test(fontsDir))
      throw new Error(`Caption file names must be plain ASCII names: ${assFile}, ${fontsDir}`);
    tail.push(`ass=${assFile}:fontsdir=${fontsDir}`);
  }
  tail.push('format=yuv420p');
  const chain = (filters: string[]) => filters.join(',');
  const focusX = Math.min(1, Math.max(0, input.focusX));

  if (input.mode === 'blur') {
    const region = coverRegion(source, output, 0.5);
    const fit = fitContain(source, output);
    // Blurred at a quarter of the size, then scaled up: as smooth, and far cheaper than blurring 1080×1920.
    const small = { widthPx: even(W / 4), heightPx: even(H / 4) };
    const radius = Math.max(2, Math.round(Math.min(small.widthPx, small.heightPx) / 20));
    const background = chain([
      `crop=${region.widthPx}:${region.heightPx}:${region.x}:${region.y}`,
      `scale=${small.widthPx}:${small.heightPx}`,
      `boxblur=${radius}:2`,
      `scale=${W}:${H}`,
    ]);
    const x = Math.round((W - fit.widthPx) / 2);
    const y = Math.round((H - fit.heightPx) / 2);
    return [
      `[0:v]${chain([...head, 'split=2'])}[bg][fg]`,
      `[bg]${background}[bgb]`,
      `[fg]scale=${fit.widthPx}:${fit.heightPx}[fgs]`,
      `[bgb][fgs]${chain([`overlay=${x}:${y}`, ...tail])}[v]`,
    ].join(';');
  }
  let reframe: string[];
  if (input.mode === 'crop') {
    // Crop at the source's resolution first, then scale: far less work than scaling the whole frame up.
    const region = coverRegion(source, output, focusX);
    reframe = [`crop=${region.widthPx}:${region.heightPx}:${region.x}:${region.y}`, `scale=${W}:${H}`];
  } else {
    const fit = fitContain(source, output);
    reframe = [`scale=${fit.widthPx}:${fit.heightPx}`];
    if (fit.widthPx !== W || fit.heightPx !== H)
      reframe.push(
        `pad=${W}:${H}:${Math.round((W - fit.widthPx) / 2)}:${Math.round((H - fit.heightPx) / 2)}:black`,
      );
  }
  return `[0:v]${chain([...head, ...reframe, ...tail])}[v]`;
}
