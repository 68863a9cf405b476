import type { ErrorText } from './types';

/** Sessions' participants, consent and reports. */
export const programmeErrorTexts = {
  'not-a-date': {
    code: 'invalid-request',
    message: 'The {label} "{value}" is not a date.',
    hint: 'Write it as YYYY-MM-DD, for example 2026-11-02.',
  },
  'date-in-future': {
    code: 'invalid-request',
    message: 'The {label} {date} is in the future (today is {today}).',
    hint: "Enter the day it happened; check the computer's clock if today's date looks wrong.",
  },
  'name-missing': {
    code: 'invalid-request',
    message: 'A participant needs a name.',
    hint: "Type the person's name as on the consent form. For someone who wants to stay anonymous, still record it and set consent to 'publish anonymously'.",
  },
  'name-too-long': {
    code: 'invalid-request',
    message: 'That name is too long.',
    hint: 'Keep names under {max} characters.',
  },
  'participant-duplicate': {
    code: 'invalid-request',
    message: '{name}{where} is already a participant of this session (Participant {number}).',
    hint: 'Edit the existing entry instead; if it is a different person with the same name, add their organisation or a middle name.',
  },
  'not-a-link': {
    code: 'invalid-request',
    message: '"{value}" is not a web link.',
    hint: 'Paste the full address, starting with https://',
  },
  'report-dates-swapped': {
    code: 'invalid-request',
    message: 'The start date {from} is after the end date {to}.',
    hint: 'Swap the dates, or leave one of them out.',
  },
  'override-reason-missing': {
    code: 'invalid-request',
    message: '{problem}',
    hint: 'Write why this use is justified; it is kept in the history.',
  },
  'override-not-needed': {
    code: 'invalid-request',
    message: '{decision} No override is needed.',
    hint: 'Go ahead without an override.',
  },
  'override-unknown': {
    code: 'invalid-request',
    message: 'There is no consent override "{overrideId}" for this participant.',
    hint: 'Ask for an override (consent.override) first and pass the id it returns.',
  },
  'participant-unknown': {
    code: 'not-found',
    message: 'There is no participant "{participantId}" in the session "{session}".',
    hint: 'Refresh the session; the participant may have been removed.',
  },
  'session-media-unknown': {
    code: 'invalid-request',
    message: 'There is no media item "{mediaId}" in this session.',
    hint: 'Refresh the session and choose from its media.',
  },
  'scan-type-refused': {
    code: 'invalid-request',
    message: '{name} is not a scan Guftagu keeps ({types}).',
    hint: 'Scan or photograph the signed form as PDF, JPEG or PNG and choose that file.',
  },
  'scan-missing': {
    code: 'not-found',
    message: 'The scan {path} cannot be found.',
    hint: 'Check the path; the file may have been moved.',
  },
  'scan-empty': {
    code: 'file-empty',
    message: 'The scan {path} is empty or not a file.',
    hint: 'Choose the scanned form itself.',
  },
  'scan-too-big': {
    code: 'invalid-request',
    message: 'The scan {name} is larger than {maxMb} MB.',
    hint: 'Scan at a lower resolution (150–300 dpi is plenty for a form) or save it as PDF.',
  },
  'speaker-no-transcript': {
    code: 'not-found',
    message: 'This media has no transcript yet.',
    hint: 'Transcribe it first, then set speakers.',
  },
  'speaker-track-unknown': {
    code: 'not-found',
    message: 'The transcript has no track "{trackId}".',
    hint: 'Reload the transcript.',
  },
  'speaker-cue-unknown': {
    code: 'invalid-request',
    message: 'There is no cue "{cueId}" in this track.',
    hint: 'Reload the transcript; the cue may have been split or merged.',
  },
} as const satisfies Record<string, ErrorText>;
