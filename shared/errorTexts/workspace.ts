import type { ErrorText } from './types';

/** The workspace's folders and documents, locks and requests. */
export const workspaceErrorTexts = {
  'glossary-term-empty': {
    code: 'invalid-request',
    message: 'A glossary term cannot be empty.',
    hint: 'Type the term.',
  },
  'glossary-term-too-long': {
    code: 'invalid-request',
    message: 'A glossary term can be at most {max} characters.',
    hint: 'Add a shorter term (a name or a phrase, not a sentence).',
  },
  'glossary-full': {
    code: 'invalid-request',
    message: 'The glossary holds at most {max} terms.',
    hint: 'Remove terms the team no longer needs (only the first fit into whisper’s prompt anyway).',
  },
  'workspace-not-creatable': {
    code: 'write-failed',
    message: 'The workspace folder {path} cannot be created: {reason}',
    hint: 'Choose another workspace folder with --workspace or GUFTAGU_WORKSPACE, or in Settings.',
  },
  'request-invalid': {
    code: 'invalid-request',
    message: '{method}: {where}{issue}',
    hint: 'Check the values you entered and try again.',
  },
  'request-fields-invalid': {
    code: 'invalid-request',
    message: '{issues}',
    hint: 'Check what you entered and try again. If this keeps happening, restart Guftagu and report it.',
  },
  'method-unknown': {
    code: 'invalid-request',
    message: 'There is no method "{method}".',
    hint: 'Update the page (reload) so it matches this Guftagu.',
  },
  'page-not-trusted': {
    code: 'unauthorized',
    message: 'This page may not use Guftagu.',
    hint: 'Only the Guftagu window can call the app. Close other windows and restart Guftagu.',
  },
  'path-not-granted': {
    code: 'unauthorized',
    message: 'Guftagu uses only files you choose ({field}).',
    hint: 'Choose the file with the file picker or drop it on the window, then try again.',
  },
  'port-in-use': {
    code: 'invalid-request',
    message: 'Port {port} is already in use.',
    hint: 'Stop the other program or choose another port with GUFTAGU_PORT.',
  },
  'upload-unfinished': {
    code: 'write-failed',
    message: 'The upload of {name} did not finish.',
    hint: 'Try again; if the disk is full, free some space first.',
  },
  'queue-closing': {
    code: 'canceled',
    message: 'Guftagu is shutting down, so no new work starts.',
    hint: 'Start it again after the restart.',
  },
  'job-not-listed': {
    code: 'not-found',
    message: 'That job is no longer listed.',
    hint: 'Start the work again.',
  },
  'job-not-retryable': {
    code: 'invalid-request',
    message: 'Only failed or canceled jobs can be retried.',
    hint: 'Wait for the job to finish.',
  },
  'job-would-fail-again': {
    code: 'invalid-request',
    message: 'This job would fail the same way again.',
    hint: '{hint}',
  },
  'save-failed': {
    code: 'write-failed',
    message: '{name} could not be saved: {reason}. The last saved copy is intact.',
    hint: 'Check the disk and try again.',
  },
  'document-too-big': {
    code: 'file-damaged',
    message: '{document} at {path} is over {maxMb} MB, which no Guftagu document is.',
    hint: 'Restore a backup of it.',
  },
  'document-missing': {
    code: 'not-found',
    message: '{document} not found at {path}.',
    hint: 'It may have been moved or deleted.',
  },
  'document-unreadable': {
    code: 'file-unreadable',
    message: '{document} could not be read: {reason}',
    hint: 'Check the folder permissions.',
  },
  'document-newer': {
    code: 'document-newer',
    message:
      '{document} was saved by a newer Guftagu (format {version}; this one reads up to {supported}). It was left untouched.',
    hint: 'Update Guftagu to open it. Nothing was changed.',
  },
  'document-corrupt': {
    code: 'document-corrupt',
    message: '{document} at {path} cannot be read: {reason}. It was left untouched.',
    hint: 'Restore an automatic backup, or fix the file by hand and reopen it.',
  },
  'lock-taken-over': {
    code: 'locked',
    message: 'The lock on {document} was taken over while this change waited, so it was not saved.',
    hint: 'Try again; the other change was kept.',
  },
  'session-busy': {
    code: 'locked',
    message: 'Another Guftagu window or command is saving this session right now.',
    hint: 'Wait a moment and try again. If no other Guftagu is running, restart Guftagu.',
  },
  'document-folder-gone': {
    code: 'not-found',
    message: 'The folder of {document} is gone ({path}).',
    hint: 'It may have been moved or deleted; refresh the list.',
  },
  'session-folder-not-creatable': {
    code: 'write-failed',
    message: 'Could not create the session folder {path}: {reason}',
    hint: 'Check that the workspace folder exists and is writable, or choose another in Settings.',
  },
  'backup-unknown': {
    code: 'not-found',
    message: 'There is no backup called {backup}.',
    hint: 'Choose one of the listed backups.',
  },
  'session-unknown': {
    code: 'not-found',
    message: 'There is no session "{sessionId}".',
    hint: 'Pick a session from the list.',
  },
  'sessions-folder-unreadable': {
    code: 'file-unreadable',
    message: 'The sessions folder {path} cannot be read: {reason}',
    hint: 'Check that the workspace folder is there and readable, or choose another workspace.',
  },
} as const satisfies Record<string, ErrorText>;
