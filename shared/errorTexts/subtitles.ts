import type { ErrorText } from './types';

/** Subtitle files and transcripts. */
export const subtitleErrorTexts = {
  'not-subtitles': {
    code: 'not-subtitles',
    message: '{name} is not a subtitle file ({what}).',
    hint: 'Choose an SRT, WebVTT, ASS or plain-text subtitle file.',
  },
  'subtitles-none-found': {
    code: 'file-empty',
    message: 'No subtitles were found in {name} (read as {format}).',
    hint: 'Choose an SRT, WebVTT, ASS or text file that has subtitles in it.',
  },
  'subtitles-all-cues-bad': {
    code: 'file-empty',
    message: 'No subtitles were found in {name} (read as {format}).',
    hint: 'Every cue had a problem: {problem} (line {line}). Fix the file, or choose another.',
  },
  'subtitles-too-big': {
    code: 'file-unreadable',
    message: '{name} is over {maxMb} MB: too big for a subtitle file.',
    hint: 'Choose the subtitle file (.srt, .vtt, .ass or .txt), not the video.',
  },
  'subtitles-missing': {
    code: 'file-unreadable',
    message: '{name} could not be read: {reason}.',
    hint: 'Check the path ({path}) and choose the subtitle file itself.',
  },
  'subtitles-unreadable': {
    code: 'file-unreadable',
    message: '{name} could not be read: {reason}.',
    hint: 'Check that the file is readable (permissions, a disconnected drive), then try again.',
  },
  'subtitles-no-letters': {
    code: 'invalid-request',
    message: 'Guftagu cannot tell which language these subtitles are in: they have no letters.',
    hint: 'Choose the language of the file (for example ur or en) and import it again.',
  },
  'transcript-other-media': {
    code: 'invalid-request',
    message: 'That transcript belongs to another recording.',
    hint: 'Refresh the session.',
  },
  'track-unknown': {
    code: 'not-found',
    message: '{name} has no track "{trackId}".',
    hint: 'Refresh the transcript and choose one of its tracks.',
  },
  'transcript-missing': {
    code: 'not-found',
    message: '{name} has no transcript yet.',
    hint: 'Refresh the transcript and choose one of its tracks.',
  },
  'transcript-changed-elsewhere': {
    code: 'locked',
    message: 'This transcript was changed in another window since you opened it.',
    hint: 'Reload the transcript to see the other changes; copy your edit first if you need it.',
  },
  'import-undo-stale': {
    code: 'locked',
    message: 'This transcript was changed since the import, so the import cannot be undone by itself.',
    hint: 'Open the subtitle editor and remove the imported track there.',
  },
} as const satisfies Record<string, ErrorText>;
