import { createContext, useContext } from 'react';
import type { ClipDraft } from './clipDraft';

export interface ClipsActions {
  /** Opens the clip editor on a new or changed clip. */
  openEditor(draft: ClipDraft): void;
}

/** Lets the transcript under a media item start a clip from its selected lines (absent: no clips here). */
export const ClipsContext = createContext<ClipsActions | undefined>(undefined);

export const useClipsActions = (): ClipsActions | undefined => useContext(ClipsContext);
