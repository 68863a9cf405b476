import type { CaptionStyle } from '../model/clips';
import type { Cue, TextDirection } from '../transcript/model';
import { captionLayout, type Frame } from './captionLayout';
import { buildAssEvents, type AssEvent } from './assEvents';
import { assColour, assTime, escapeAssText } from './assText';
import type { SafeZone } from './presets';

export interface CaptionTrackInput {
  cues: readonly Cue[];
  direction: TextDirection;
  /** ASS font family name ('Noto Naskh Arabic'); the font file is passed to ffmpeg with fontsdir. */
  fontFamily: string;
  /** The font for runs of the other script in this track's lines (captionLayout.inlineFontFamily). */
  inlineFontFamily: string;
}

export interface AssInput {
  /** PlayResX/PlayResY: the output frame, so every size is in output pixels. */
  frame: Frame;
  /** The clip's range in the media; cue times become relative to startMs. */
  startMs: number;
  endMs: number;
  style: CaptionStyle;
  /** The preset's caption safe zone, in output pixels. */
  safeZone: SafeZone;
  primary: CaptionTrackInput;
  /** Bilingual: a second track stacked under the primary one, aligned by time. */
  secondary?: CaptionTrackInput;
  title?: string;
}

const styleFormat =
  'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding';
const eventFormat = 'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text';

/** The whole .ass file for one output: PlayRes = output size, two styles, events relative to the clip. */
export function buildAssDocument(input: AssInput): string {
  const layout = captionLayout(input.style, input.frame, input.safeZone, {
    primary: input.primary.fontFamily,
    ...(input.secondary ? { secondary: input.secondary.fontFamily } : {}),
  });
  const { style } = input;
  const styleLine = (name: string, fontFamily: string, sizePx: number) => {
    const outline = style.box
      ? assColour(style.outlineColour, style.boxOpacity)
      : assColour(style.outlineColour);
    const fields = [
      name,
      fontFamily,
      sizePx,
      assColour(style.colour),
      assColour(style.highlightColour),
      outline,
      assColour('#000000', 0.5),
      0,
      0,
      0,
      0,
      100,
      100,
      0,
      0,
      style.box ? 3 : 1,
      layout.outlinePx,
      0,
      2,
      layout.zone.leftPx,
      layout.zone.rightPx,
      layout.zone.bottomPx,
      // -1: no fixed base direction; each line sets its own with an embedding (assLine.ts). With 1, libass
      // lays every line out left to right, whatever its text.
      -1,
    ];
    return `Style: ${fields.join(',')}`;
  };
  const events = buildAssEvents(input, layout);
  const lines = [
    '[Script Info]',
    '; Written by Guftagu',
    `Title: ${escapeAssText(input.title ?? 'Guftagu captions')}`,
    'ScriptType: v4.00+',
    `PlayResX: ${input.frame.widthPx}`,
    `PlayResY: ${input.frame.heightPx}`,
    'WrapStyle: 0',
    'ScaledBorderAndShadow: yes',
    'YCbCr Matrix: TV.709',
    '',
    '[V4+ Styles]',
    styleFormat,
    styleLine('Primary', input.primary.fontFamily, layout.fontSizePx),
    styleLine(
      'Secondary',
      input.secondary?.fontFamily ?? input.primary.fontFamily,
      layout.secondaryFontSizePx,
    ),
    '',
    '[Events]',
    eventFormat,
    ...events.map(eventLine),
    '',
  ];
  return lines.join('\n');
}

function eventLine(event: AssEvent): string {
  return `Dialogue: ${event.layer},${assTime(event.startMs)},${assTime(event.endMs)},${event.style},,0,0,${event.marginV},,${event.text}`;
}
