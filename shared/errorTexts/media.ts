import { exitSuffix, type ErrorText } from './types';

/** Importing and reading recordings, and the tools that do it. */
export const mediaErrorTexts = {
  'not-media': {
    code: 'not-media',
    message: '{name} is not a video or audio file that can be read.',
    hint: 'Check that you picked the right file (a renamed document will not play). Video and audio files such as MP4, MOV, MTS, M4A, MP3 and WAV work.',
  },
  'no-streams': {
    code: 'not-media',
    message: '{name} has no video or audio in it.',
    hint: 'Choose a video or audio recording.',
  },
  'media-damaged': {
    code: 'file-damaged',
    message: 'The file {name} is damaged or incomplete.',
    hint: 'It was probably cut off while copying or recording. Copy it again from the camera or phone, or use another recording.',
  },
  'media-length-unreadable': {
    code: 'file-damaged',
    message: 'The length of {name} cannot be read; the file is probably damaged.',
    hint: 'Copy it again from the camera or phone.',
  },
  'media-ends-early': {
    code: 'file-damaged',
    message: '{name} ends early: only {decodedS} s of {expectedS} s could be read.',
    hint: 'The file was probably cut off while copying. Copy it again from the camera or phone.',
  },
  'no-audio': {
    code: 'no-audio',
    message: '{name} has no sound track, so there is nothing to transcribe.',
    hint: "Check the camera's audio settings, or import the separately recorded audio file instead.",
  },
  'media-source-gone': {
    code: 'source-missing',
    message: 'The file {path} does not exist (moved or deleted?).',
    hint: 'Choose the file again from where it is now.',
  },
  'media-unreadable': {
    code: 'file-unreadable',
    message: 'The file {name} cannot be read: {reason}',
    hint: 'Check that you have permission to read it.',
  },
  'media-permission-denied': {
    code: 'file-unreadable',
    message: 'The file {name} cannot be read (permission denied).',
    hint: 'Check that you have permission to read it.',
  },
  'media-is-folder': {
    code: 'file-unreadable',
    message: '{name} is a folder, not a media file.',
    hint: 'Choose the video or audio files inside it.',
  },
  'media-empty': {
    code: 'file-empty',
    message: 'The file {name} is empty (0 bytes).',
    hint: 'The copy probably failed. Copy the recording again from the camera or phone.',
  },
  'media-source-unreadable': {
    code: 'file-unreadable',
    message: '{path} could not be read.',
    hint: 'Check that you have permission to read it.',
  },
  'ffprobe-crashed': {
    code: 'tool-failed',
    message: 'ffprobe crashed while reading {name}.',
    hint: 'Choose the system ffmpeg in Settings (or install one) and import again; "guftagu doctor" shows which ffprobe is in use.',
  },
  'ffprobe-no-description': {
    code: 'not-media',
    message: 'ffprobe could not describe {name}.',
    hint: 'Choose a video or audio file.',
  },
  'ffprobe-unreadable': {
    code: 'not-media',
    message: 'ffprobe could not read {name}.',
    hint: 'Choose a video or audio file; the details show what ffprobe said.',
  },
  'relink-unreadable': {
    code: 'source-missing',
    message: '{path} cannot be read.',
    hint: 'Choose the file from where it is now.',
  },
  'relink-different-recording': {
    code: 'invalid-request',
    message: '{name} is not the same recording as {original}.',
    hint: 'Choose the original file (a re-encoded or trimmed copy has different content). To use a different recording, import it as new media.',
  },
  'media-not-in-session': {
    code: 'not-found',
    message: 'That media item is not in this session.',
    hint: 'Refresh the session; it may have been removed.',
  },
  'media-no-sound-yet': {
    code: 'not-found',
    message: '{name} has no extracted sound yet.',
    hint: 'Wait for its import to finish, or import it again.',
  },
  'media-sound-unreadable': {
    code: 'file-unreadable',
    message: 'The extracted sound of {name} cannot be read.',
    hint: 'Import the recording again.',
  },
  'loudness-window-invalid': {
    code: 'invalid-request',
    message: 'A loudness window of {windowMs} ms is not possible.',
    hint: 'Use a window of 1 ms or more (100 ms is usual).',
  },
  'wav-not-pcm': {
    code: 'file-damaged',
    message: 'The extracted sound {path} is not a 16-bit mono WAV file.',
    hint: 'Import the media again; if it keeps happening, the file is damaged.',
  },
  'tool-missing': {
    code: 'tool-missing',
    message: 'Could not start {tool} ({binary}): {reason}',
    hint: 'Check the {tool} setting, or run "guftagu doctor" to see which {tool} is in use.',
  },
  'tool-canceled': {
    code: 'canceled',
    message: 'Canceled; {tool} was stopped.',
    hint: 'Start it again when you are ready.',
  },
  'custom-tool-broken': {
    code: 'tool-missing',
    message: 'The {tool} you set ({path}) cannot be run.',
    hint: 'Fix the {tool} path in Settings, or clear it to use the bundled {tool}.',
  },
  'system-tool-missing': {
    code: 'tool-missing',
    message: "No {tool} was found on this system's PATH.",
    hint: 'Install ffmpeg (for example "apt install ffmpeg" or from ffmpeg.org), or switch Settings back to Automatic.',
  },
  'bundled-tool-missing': {
    code: 'tool-missing',
    message: 'The bundled {tool} is missing for {platform}.',
    hint: 'Reinstall Guftagu, or choose a system ffmpeg in Settings ("guftagu doctor" shows what is in use).',
  },
  'shaper-probe-failed': {
    code: 'tool-failed',
    message: 'Guftagu could not tell how {path} lays out Urdu text (its test run failed).',
    hint: 'Run "guftagu doctor" for details; choose another ffmpeg in Settings if this one is broken.',
  },
  'resources-missing': {
    code: 'tool-missing',
    message: "Guftagu's resources folder (fonts, bin) was not found above {path}.",
    hint: 'Reinstall Guftagu, or run it from a complete checkout (the resources/ folder beside package.json).',
  },
  'audio-extract-failed': {
    code: 'tool-failed',
    message: `The sound could not be extracted${exitSuffix}`,
    hint: 'The file may be damaged. The details show what ffmpeg said.',
  },
  'proxy-failed': {
    code: 'tool-failed',
    message: `A playable copy of the video could not be made${exitSuffix}`,
    hint: 'The file may be damaged or use an unusual codec. The details show what ffmpeg said.',
  },
  'thumbnail-failed': {
    code: 'tool-failed',
    message: `The thumbnail could not be made${exitSuffix}`,
    hint: 'The video may be damaged. The details show what ffmpeg said.',
  },
  'not-regular-file': {
    code: 'file-unreadable',
    message: '{name} is not a regular file (it is a {kind}).',
    hint: 'Choose the {what} itself, saved on disk (not a pipe, device or socket).',
  },
  'folder-not-file': {
    code: 'file-unreadable',
    message: '{name} is a folder, not a {what}.',
    hint: 'Choose the {what} inside it.',
  },
} as const satisfies Record<string, ErrorText>;
