import { useCallback, useEffect, useState } from 'react';
import type { Media } from '../../../shared/model/media';
import { useClient } from '../api/ClientContext';
import { useReport } from '../hooks/ErrorsContext';
import type { UrduFont } from './rowLayout';

/** The media being edited (for its name, its video and whether it has peaks). */
export function useEditorMedia(sessionId: string, mediaId: string): Media | undefined {
  const { api } = useClient();
  const report = useReport();
  const [media, setMedia] = useState<Media | undefined>(undefined);
  useEffect(() => {
    let current = true;
    api['sessions.get']({ sessionId }).then((view) => {
      if (current) setMedia(view.session.media.find((candidate) => candidate.id === mediaId));
    }, report);
    return () => {
      current = false;
    };
  }, [api, mediaId, report, sessionId]);
  return media;
}

const FONT_KEY = 'guftagu.editor.urduFont';

function storedFont(): UrduFont {
  try {
    return window.localStorage.getItem(FONT_KEY) === 'naskh' ? 'naskh' : 'nastaliq';
  } catch {
    return 'nastaliq';
  }
}

/** The font of Urdu cue text: Nastaliq (readers' choice, the default) or Naskh (more compact); kept per browser. */
export function useUrduFont(): [UrduFont, (font: UrduFont) => void] {
  const [font, setFont] = useState<UrduFont>(storedFont);
  const choose = useCallback((next: UrduFont) => {
    setFont(next);
    try {
      window.localStorage.setItem(FONT_KEY, next);
    } catch {
      // Storage unavailable: the choice lasts until the editor closes.
    }
  }, []);
  return [font, choose];
}
