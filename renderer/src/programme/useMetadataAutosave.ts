import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionMetadata } from '../../../shared/model/programme';
import { useClient } from '../api/ClientContext';
import { Autosaver, type SaveStatus } from '../hooks/autosaver';
import { registerFlusher } from '../hooks/pendingSaves';
import { fieldError, type FieldError } from './engineError';
import {
  changedFields,
  formFromMetadata,
  listFields,
  patchFor,
  withField,
  type MetadataField,
  type MetadataForm,
} from './metadataForm';

export interface MetadataAutosave {
  form: MetadataForm;
  status: SaveStatus;
  /** The engine's refusal of a field, shown beside it until the field saves. */
  errors: Partial<Record<MetadataField, FieldError>>;
  set<F extends MetadataField>(field: F, value: MetadataForm[F]): void;
  /** Saves now (on blur) instead of waiting for the pause. */
  flush(): void;
}

/**
 * The session details, saved a second after typing stops or when a field loses focus. Each changed field
 * is saved on its own (sessions.updateMetadata), so a refusal (a future date, a link that is not one)
 * stays with its field and the others still save. Mount one per session (key).
 */
export function useMetadataAutosave(sessionId: string, initial: SessionMetadata): MetadataAutosave {
  const { api } = useClient();
  const [form, setForm] = useState(() => formFromMetadata(initial));
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [errors, setErrors] = useState<MetadataAutosave['errors']>({});
  const confirmed = useRef(formFromMetadata(initial));

  const save = useCallback(
    async (value: MetadataForm) => {
      const failures: MetadataAutosave['errors'] = {};
      for (const field of changedFields(confirmed.current, value)) {
        try {
          const session = await api['sessions.updateMetadata']({
            sessionId,
            metadata: patchFor(field, value),
          });
          const stored = formFromMetadata(session.metadata);
          confirmed.current = withField(confirmed.current, field, value);
          // Lists come back cleaned ('#' added to hashtags, repeats dropped): show what was stored.
          if ((listFields as readonly string[]).includes(field)) {
            confirmed.current = withField(confirmed.current, field, stored);
            setForm((current) =>
              current[field] === value[field] ? withField(current, field, stored) : current,
            );
          }
        } catch (error) {
          failures[field] = fieldError(error);
        }
      }
      // Every field that differs from what is stored was just tried: its refusal, if any, is the news.
      setErrors(failures);
      const first = Object.values(failures)[0];
      if (first) throw new Error(first.message);
    },
    [api, sessionId],
  );

  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const [saver] = useState(
    () => new Autosaver<MetadataForm>(form, (next) => saveRef.current(next), 1000, setStatus),
  );
  useEffect(() => saver.update(form), [saver, form]);
  useEffect(() => registerFlusher(() => saver.flush()), [saver]);
  useEffect(() => () => void saver.flush(), [saver]);

  return {
    form,
    status,
    errors,
    set: (field, value) => setForm((current) => ({ ...current, [field]: value })),
    // After React has handed the latest value to the saver (a blur often follows a last change).
    flush: () => void setTimeout(() => void saver.flush(), 0),
  };
}
