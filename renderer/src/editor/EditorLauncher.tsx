import { createContext, useContext } from 'react';
import { useTranscript } from '../hooks/useTranscript';
import { useEditorT } from './i18n/useEditorT';

export interface EditorTarget {
  sessionId: string;
  mediaId: string;
}

/** Opens the subtitle editor for a media (the Shell provides it and shows the editor in place of the session). */
export const EditorLauncherContext = createContext<(target: EditorTarget) => void>(() => undefined);

/** "Edit subtitles" for a media that has a transcript; nothing otherwise. */
export function OpenEditorButton({ sessionId, mediaId }: EditorTarget) {
  const t = useEditorT();
  const open = useContext(EditorLauncherContext);
  const { transcript } = useTranscript(sessionId, mediaId);
  if (!transcript || transcript.tracks.every((track) => track.cues.length === 0)) return null;
  return (
    <button
      type="button"
      className="primary"
      data-testid="edit-subtitles"
      onClick={() => open({ sessionId, mediaId })}
    >
      {t('editSubtitles')}
    </button>
  );
}
