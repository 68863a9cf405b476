import { useState } from 'react';
import type { Clip, ClipInput } from '../../../shared/model/clips';
import { useErrorText } from '../i18n/useErrorText';
import { inputOf, type ClipDraft } from './clipDraft';

export interface ClipEditor {
  draft: ClipDraft;
  update(patch: Partial<ClipDraft>): void;
  snap: boolean;
  setSnap(snap: boolean): void;
  saving: boolean;
  error: { message: string; hint: string } | undefined;
  /** Saves; resolves with the stored clip (snapped ends) or undefined when the engine refused. */
  save(): Promise<Clip | undefined>;
  rangeOk: boolean;
}

/** The clip editor's form: the draft, snapping (on by default), saving and the engine's refusal. */
export function useClipEditor(
  initial: ClipDraft,
  onSave: (clip: ClipInput, snap: boolean) => Promise<Clip>,
): ClipEditor {
  const wordError = useErrorText();
  const [draft, setDraft] = useState(initial);
  const [snap, setSnap] = useState(true);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ message: string; hint: string } | undefined>(undefined);
  const rangeOk = draft.endMs > draft.startMs;

  return {
    draft,
    update: (patch) => setDraft((current) => ({ ...current, ...patch })),
    snap,
    setSnap,
    saving,
    error,
    rangeOk,
    save: async () => {
      setSaving(true);
      setError(undefined);
      try {
        const saved = await onSave(inputOf(draft), snap);
        setDraft((current) => ({ ...current, id: saved.id, createdAt: saved.createdAt }));
        return saved;
      } catch (caught) {
        const info = wordError(caught);
        setError({ message: info.message, hint: info.hint });
        return undefined;
      } finally {
        setSaving(false);
      }
    },
  };
}
