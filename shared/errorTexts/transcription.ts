import type { ErrorText } from './types';

const notAModelHint =
  'Choose a ggml-<name>.bin file made for whisper.cpp (for example from huggingface.co/ggerganov/whisper.cpp), or download a model in Models.';
const whisperJsonHint =
  'Run the transcription again. If it keeps failing, run "guftagu doctor" and check the whisper program.';

/** whisper.cpp, its models and their downloads. */
export const transcriptionErrorTexts = {
  'whisper-unavailable': {
    code: 'tool-missing',
    message: 'whisper.cpp is not available.',
    hint: '{problem}',
  },
  'whisper-no-full-json': {
    code: 'tool-failed',
    message: 'The whisper program at {path} cannot write full JSON (-ojf).',
    hint: 'Use whisper.cpp 1.5.0 or newer (its main or whisper-cli), or clear the whisper path in Settings to use the one built with Guftagu.',
  },
  'whisper-no-translate': {
    code: 'tool-failed',
    message: 'This whisper build cannot translate (-tr).',
    hint: 'Use the whisper built with Guftagu, or turn off "Translate to English".',
  },
  'whisper-no-vad': {
    code: 'tool-failed',
    message: 'This whisper build ({version}) has no voice activity detection (--vad).',
    hint: 'Use the whisper.cpp 1.9 built with Guftagu ("npm run build:whisper" needs cmake), or turn off "Skip silence".',
  },
  'whisper-no-dtw': {
    code: 'tool-failed',
    message: 'This whisper build ({version}) cannot compute DTW token times (-dtw).',
    hint: 'Use the whisper.cpp 1.9 built with Guftagu, or turn off "Precise word times".',
  },
  'dtw-unknown-model': {
    code: 'invalid-request',
    message:
      "DTW word times need the model's alignment heads, and they are not known for {model} (not a model from the catalogue).",
    hint: 'Transcribe without "Precise word times (DTW)", or, if you know which model it was fine-tuned from, name its preset: guftagu transcribe --dtw-preset small.',
  },
  'dtw-unknown-preset': {
    code: 'invalid-request',
    message: '"{preset}" is not a DTW preset.',
    hint: 'Use one of tiny, tiny.en, base, base.en, small, small.en, medium, medium.en, large.v1, large.v2, large.v3, large.v3.turbo.',
  },
  'dtw-preset-mismatch': {
    code: 'invalid-request',
    message:
      'The model {model} does not have the shape of the "{preset}" model, so its DTW alignment heads would be wrong.',
    hint: 'Name the preset of the model it was made from, or transcribe without "Precise word times (DTW)".',
  },
  'whisper-no-output': {
    code: 'tool-failed',
    message: 'whisper finished but wrote no transcript.',
    hint: 'Run "guftagu doctor" and check the whisper program; the details show what it said.',
  },
  'whisper-exit': {
    code: 'tool-failed',
    message: 'whisper stopped with an error (exit code {exitCode}).',
    hint: 'The details show what whisper said. Try a smaller model if the computer ran out of memory.',
  },
  'whisper-input-gone': {
    code: 'not-found',
    message: 'The audio file to transcribe is not there any more.',
    hint: 'Import the media again (its extracted sound was moved or deleted).',
  },
  'whisper-audio-unreadable': {
    code: 'tool-failed',
    message: 'whisper could not read the extracted audio.',
    hint: 'The sound file is damaged or not audio: import the media again.',
  },
  'whisper-wav-unreadable': {
    code: 'tool-failed',
    message: 'whisper could not read the extracted audio.',
    hint: 'Import the media again; the details show what whisper said.',
  },
  'whisper-vad-model-unloadable': {
    code: 'tool-failed',
    message: 'whisper could not load the voice activity model.',
    hint: 'Download the Silero VAD model again ("guftagu models download-vad"), or transcribe without skipping silence.',
  },
  'whisper-model-unloadable': {
    code: 'tool-failed',
    message: 'whisper could not load the model.',
    hint: 'The model file may be damaged or not a whisper.cpp ggml model: download it again in Models.',
  },
  'whisper-language-unknown': {
    code: 'invalid-request',
    message: 'whisper does not know that language code.',
    hint: 'Choose a language from the list, or "auto".',
  },
  'whisper-json-invalid': {
    code: 'tool-failed',
    message: 'whisper wrote a transcript file that is not valid JSON.',
    hint: whisperJsonHint,
  },
  'whisper-json-unknown': {
    code: 'tool-failed',
    message: 'whisper wrote a transcript in a form Guftagu does not know.',
    hint: whisperJsonHint,
  },
  'vad-unsupported': {
    code: 'tool-missing',
    message: 'This whisper build ({version}) cannot skip silence (no --vad).',
    hint: 'Install cmake and run "npm run build:whisper" to build whisper.cpp 1.9, or transcribe without skipping silence (--no-vad).',
  },
  'vad-model-missing': {
    code: 'tool-missing',
    message: 'The voice activity model (Silero VAD) is not downloaded.',
    hint: 'Download it: "guftagu models download-vad" (or Models in the app), or transcribe without skipping silence (--no-vad).',
  },
  'vad-model-not-installed': {
    code: 'not-found',
    message: 'The voice activity detection model is not installed.',
    hint: 'Download it in Models (or run guftagu models download silero-v5.1.2).',
  },
  'model-not-renamable': {
    code: 'invalid-request',
    message: '{name} is a model from the catalogue; only imported models can be renamed.',
    hint: 'Import your own model file to give it a name and languages.',
  },
  'model-missing': {
    code: 'not-found',
    message: 'The whisper model "{model}" is not installed in {path}. {installed}',
    hint: '{downloadHint}',
  },
  'model-unknown': {
    code: 'invalid-request',
    message: 'There is no whisper model called "{model}".',
    hint: 'Choose one of: {models}.',
  },
  'model-not-given': {
    code: 'invalid-request',
    message: 'No whisper model was given.',
    hint: 'Choose a model in Models, or pass one such as "small".',
  },
  'model-downloading': {
    code: 'locked',
    message: '{name} is already downloading.',
    hint: 'Wait for that download to finish, or cancel it in Jobs first.',
  },
  'model-differs-from-official': {
    code: 'file-damaged',
    message: '{name} is damaged: it differs from the official file.',
    hint: 'Remove it and download it again (guftagu models download {model}).',
  },
  'model-damaged': {
    code: 'file-damaged',
    message: 'The model {name} is damaged: {problem}',
    hint: 'Remove it in Models and download it again (guftagu models download {model}).',
  },
  'model-import-misnamed': {
    code: 'file-damaged',
    message: '{name} is named like the official {official} but differs from it, so it may be damaged.',
    hint: 'Download the model in Models instead, or, if it is your own model, rename the file (for example my-model.bin) and import it again.',
  },
  'model-copy-canceled': {
    code: 'canceled',
    message: 'Copying {name} was stopped; nothing was added.',
    hint: 'Import it again when you are ready.',
  },
  'model-is-folder': {
    code: 'invalid-request',
    message: '{name} is a folder, not a model file.',
    hint: notAModelHint,
  },
  'model-empty': {
    code: 'file-empty',
    message: '{name} is empty. This is not a whisper.cpp ggml model file.',
    hint: notAModelHint,
  },
  'model-file-missing': {
    code: 'not-found',
    message: 'There is no model file at {path}.',
    hint: 'Check the path, or pick the file again.',
  },
  'model-unreadable': {
    code: 'file-unreadable',
    message: '{name} could not be read ({reason}).',
    hint: 'Check that you may read the file and that its disk is connected.',
  },
  'not-a-model': {
    code: 'invalid-request',
    message: 'This is not a whisper.cpp ggml model file: {name}{guess}.',
    hint: notAModelHint,
  },
  'model-header-damaged': {
    code: 'file-damaged',
    message:
      'This is not a whisper.cpp ggml model file, or it is damaged: {name} starts like one but {problem}.',
    hint: 'Download the model again, or copy it again from where it came from.',
  },
  'download-wrong-range': {
    code: 'tool-failed',
    message: 'The server sent the wrong part of {name}.',
    hint: 'Try the download again; if it keeps happening, delete the partial download in Models.',
  },
  'download-no-data': {
    code: 'tool-failed',
    message: 'The server sent no data for {name}.',
    hint: 'Try the download again later.',
  },
  'download-corrupted': {
    code: 'file-damaged',
    message: 'The download of {name} was corrupted ({problem}), so it was thrown away.',
    hint: 'Try the download again. If it fails the same way, the mirror may serve a different file: check GUFTAGU_MODEL_BASE_URL.',
  },
  'download-stopped': {
    code: 'canceled',
    message: 'The download of {name} was stopped.{kept}',
    hint: 'Download it again to continue where it stopped.',
  },
  'download-interrupted': {
    code: 'tool-failed',
    message: 'The download of {name} stopped ({reason}).{kept}',
    hint: 'Check the internet connection, then download again: it continues where it stopped.',
  },
  'download-not-on-server': {
    code: 'not-found',
    message: 'The server has no file {name} (HTTP 404).',
    hint: 'Check the model name; if you set GUFTAGU_MODEL_BASE_URL, check that the mirror has this file.',
  },
  'download-refused': {
    code: 'unauthorized',
    message: 'The server refused to send {name} (HTTP {status}).',
    hint: 'Try again later, or download the file yourself and import it in Models.',
  },
  'download-server-error': {
    code: 'tool-failed',
    message: 'The server could not send {name} (HTTP {status}).',
    hint: 'Try again in a few minutes; a download that stopped continues where it stopped.',
  },
} as const satisfies Record<string, ErrorText>;
