import { useCallback, useMemo } from 'react';
import type { ParticipantPatch } from '../../../shared/api/methods/programme';
import { useClient } from '../api/ClientContext';
import type { GuftaguClient } from '../api/client';
import { storedToken } from '../api/token';
import { uploadFile } from '../api/upload';
import { fieldError, type FieldError } from './engineError';
import { inputFromForm, type ParticipantForm } from './participantForm';

/** Each action resolves to the engine's refusal, or undefined when it was done. */
export interface ParticipantActions {
  add(
    form: ParticipantForm,
    scan: File | undefined,
    mediaIds?: readonly string[],
  ): Promise<FieldError | undefined>;
  update(participantId: string, patch: ParticipantPatch): Promise<FieldError | undefined>;
  remove(participantId: string): Promise<FieldError | undefined>;
  attachScan(participantId: string, scan: File): Promise<FieldError | undefined>;
}

/** Where the engine can read a picked file: its path on desktop; uploaded to the server in browser mode. */
export async function scanPath(client: GuftaguClient, file: File): Promise<string> {
  if (client.pathForFile) return client.pathForFile(file);
  return uploadFile(file, storedToken(window.sessionStorage), () => undefined);
}

async function attempt(action: () => Promise<unknown>): Promise<FieldError | undefined> {
  try {
    await action();
    return undefined;
  } catch (error) {
    return fieldError(error);
  }
}

/** Participants of one session; the session view reloads on the engine's workspace.changed. */
export function useParticipantActions(sessionId: string, onChanged: () => void): ParticipantActions {
  const client = useClient();
  const { api } = client;
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      const failure = await attempt(action);
      if (!failure) onChanged();
      return failure;
    },
    [onChanged],
  );
  return useMemo(
    () => ({
      add: (form, scan, mediaIds = []) =>
        run(async () => {
          const participant = inputFromForm(form, mediaIds);
          if (scan) participant.consentScanFile = await scanPath(client, scan);
          await api['participants.add']({ sessionId, participant });
        }),
      update: (participantId, patch) =>
        run(() => api['participants.update']({ sessionId, participantId, patch })),
      remove: (participantId) => run(() => api['participants.remove']({ sessionId, participantId })),
      attachScan: (participantId, scan) =>
        run(async () =>
          api['participants.attachConsentScan']({
            sessionId,
            participantId,
            path: await scanPath(client, scan),
          }),
        ),
    }),
    [api, client, run, sessionId],
  );
}
