import { useEffect, useRef, useState } from 'react';
import './clips.css';
import { useClient } from '../api/ClientContext';
import { formatClipTime } from './clipMath';
import { useErrorText } from '../i18n/useErrorText';
import { useClipsT } from './i18n/useClipsT';

interface Props {
  sessionId: string;
  mediaId: string;
  currentMs: number;
}

const typingIn = (element: Element | null) =>
  element instanceof HTMLElement &&
  element.closest('input, select, textarea, [contenteditable="true"]') !== null;

/**
 * In the transcript editor: mark in (I) and out (O) at the playhead, then "Make clip" saves the range as a
 * clip of this recording, snapped to words, cues and silence. The keys work while no text field has focus.
 */
export function EditorClipMarks({ sessionId, mediaId, currentMs }: Props) {
  const t = useClipsT();
  const wordError = useErrorText();
  const { api } = useClient();
  const [marks, setMarks] = useState<{ inMs?: number; outMs?: number }>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const now = useRef(currentMs);
  useEffect(() => {
    now.current = currentMs;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typingIn(document.activeElement)) return;
      if (event.code === 'KeyI') setMarks((current) => ({ ...current, inMs: now.current }));
      else if (event.code === 'KeyO') setMarks((current) => ({ ...current, outMs: now.current }));
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const { inMs, outMs } = marks;
  const ready = inMs !== undefined && outMs !== undefined && outMs > inMs;
  return (
    <div className="editor-clip-marks" data-testid="editor-clip-marks">
      <button
        type="button"
        aria-keyshortcuts="I"
        data-testid="editor-mark-in"
        onClick={() => setMarks((current) => ({ ...current, inMs: currentMs }))}
      >
        {t('inAtPlayhead')} (I)
      </button>
      <button
        type="button"
        aria-keyshortcuts="O"
        data-testid="editor-mark-out"
        onClick={() => setMarks((current) => ({ ...current, outMs: currentMs }))}
      >
        {t('outAtPlayhead')} (O)
      </button>
      <span dir="ltr" className="hint" data-testid="editor-marks">
        {inMs !== undefined ? formatClipTime(inMs, true) : '–'} →{' '}
        {outMs !== undefined ? formatClipTime(outMs, true) : '–'}
      </span>
      <button
        type="button"
        className="primary"
        data-testid="editor-make-clip"
        disabled={!ready}
        onClick={() => {
          if (inMs === undefined || outMs === undefined) return;
          setMessage(undefined);
          api['clips.save']({
            sessionId,
            clip: { mediaId, startMs: inMs, endMs: outMs, title: '' },
            snap: true,
          })
            .then(() => {
              setMarks({});
              setMessage(t('clipMade'));
            })
            .catch((error: unknown) => setMessage(wordError(error).message));
        }}
      >
        {t('makeClip')}
      </button>
      {message && (
        <span role="status" dir="auto" data-testid="editor-clip-message">
          {message}
        </span>
      )}
    </div>
  );
}
