import { exitSuffix, type ErrorText } from './types';

/** Clips, previews and exports. */
export const exportErrorTexts = {
  'builtin-not-removable': {
    code: 'invalid-request',
    message: 'A built-in {what} cannot be removed.',
    hint: 'Save an edited copy with the same id to change it; removing that copy brings the original back.',
  },
  'clip-media-not-in-session': {
    code: 'not-found',
    message: 'That media item is not in this session.',
    hint: 'Choose a recording of this session.',
  },
  'clip-ends-before-start': {
    code: 'invalid-request',
    message: 'The clip must end after it starts.',
    hint: 'Move the end point after the start.',
  },
  'clip-outside-media': {
    code: 'invalid-request',
    message: 'The clip ({startMs}–{endMs} ms) runs outside the recording, which is {durationMs} ms long.',
    hint: 'Keep both ends inside the recording.',
  },
  'export-source-gone': {
    code: 'source-missing',
    message: 'The original recording {name} is not at {path} any more.',
    hint: 'Relink the media to where the file is now, then retry the export.',
  },
  'export-clip-removed': {
    code: 'not-found',
    message: 'The clip of this export was removed.',
    hint: 'Define the clip again and export it.',
  },
  'export-media-removed': {
    code: 'not-found',
    message: 'The recording of this clip was removed from the session.',
    hint: 'Import it again.',
  },
  'preset-unknown': {
    code: 'not-found',
    message: 'There is no preset "{preset}".',
    hint: 'Choose one of the listed presets.',
  },
  'export-canceled': {
    code: 'canceled',
    message: 'Canceled.',
    hint: 'Start it again when ready.',
  },
  'export-refused': {
    code: 'invalid-request',
    message: '{reasons}',
    hint: 'Give a written reason to override, or take the clip out of the batch.',
  },
  'export-consent-changed': {
    code: 'invalid-request',
    message: 'Who speaks in this clip, or their consent, changed after this export was queued.',
    hint: 'Export the clip again, so it follows the consent as it is now.',
  },
  'export-not-retryable': {
    code: 'invalid-request',
    message: 'Only an interrupted, failed or canceled export can be retried.',
    hint: 'Wait for the export to finish.',
  },
  'export-not-queued': {
    code: 'not-found',
    message: 'That export is no longer in the queue.',
    hint: 'Start the export again.',
  },
  'export-preset-unknown': {
    code: 'not-found',
    message: 'There is no preset "{presetId}".',
    hint: 'Choose from: {presets}.',
  },
  'export-clip-unknown': {
    code: 'not-found',
    message: 'There is no clip "{clipId}".',
    hint: 'Refresh the clip list.',
  },
  'export-style-unknown': {
    code: 'not-found',
    message: 'There is no caption style "{styleId}".',
    hint: 'Choose one of the listed styles.',
  },
  'export-clip-invalid': {
    code: 'invalid-request',
    message: '{reason}',
    hint: 'Correct the clip, then export it again.',
  },
  'export-encode-failed': {
    code: 'tool-failed',
    message: `Exporting "{clip}" for {preset} failed${exitSuffix}`,
    hint: 'The details show what ffmpeg said. Check that the recording plays, then retry the export.',
  },
  'font-collection': {
    code: 'file-damaged',
    message: '{path} holds several fonts.',
    hint: 'Reinstall Guftagu.',
  },
  'caption-fonts-missing': {
    code: 'tool-missing',
    message: 'The caption fonts that come with Guftagu are missing (nothing in {path}).',
    hint: 'Reinstall Guftagu (the fonts live in its resources/fonts folder).',
  },
  'open-folder-outside': {
    code: 'invalid-request',
    message: 'Only folders inside the workspace can be opened from here.',
    hint: 'Copy the path and open it yourself.',
  },
  'open-folder-gone': {
    code: 'not-found',
    message: 'The folder {path} does not exist (any more).',
    hint: 'Export again, or check whether the files were moved.',
  },
  'open-folder-no-opener': {
    code: 'tool-missing',
    message: 'No program to open folders was found ({tool}).',
    hint: 'Copy the path and open it in your file manager.',
  },
  'output-names-exhausted': {
    code: 'write-failed',
    message: 'Too many files called {stem} in {path}.',
    hint: 'Choose another folder.',
  },
  'preview-media-gone': {
    code: 'not-found',
    message: 'This recording is not in the session.',
    hint: 'Import it again.',
  },
  'preview-outside-clip': {
    code: 'invalid-request',
    message: 'The preview time is outside the clip.',
    hint: 'Move the playhead inside the clip and try again.',
  },
  'preview-no-picture': {
    code: 'invalid-request',
    message: 'This recording has no picture.',
    hint: 'Preview a clip of a video.',
  },
  'preview-failed': {
    code: 'tool-failed',
    message: `The preview frame could not be rendered${exitSuffix}`,
    hint: 'The details show what ffmpeg said. Check that the recording plays.',
  },
} as const satisfies Record<string, ErrorText>;
