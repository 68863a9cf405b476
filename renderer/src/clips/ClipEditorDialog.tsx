import { useEffect, useRef, useState } from 'react';
import { outputFrame } from '../../../shared/export/reframe';
import type { Preset } from '../../../shared/export/presets';
import type { CaptionStyle, Clip, ClipInput } from '../../../shared/model/clips';
import type { Session } from '../../../shared/model/session';
import { useClient } from '../api/ClientContext';
import { usePlayback } from '../editor/usePlayback';
import { useTranscript } from '../hooks/useTranscript';
import { captionPreview } from './captionPreview';
import { ClipConsent } from './ClipConsent';
import { clipConsentNotes } from './clipConsent';
import { inputOf, type ClipDraft } from './clipDraft';
import { ClipFields } from './ClipFields';
import { ClipSourceFields } from './ClipSourceFields';
import { cropWindow } from './clipMath';
import { ClipPreview } from './ClipPreview';
import { ClipTimeControls } from './ClipTimeControls';
import { BurnPreview } from './BurnPreview';
import { useBurnPreview } from './useBurnPreview';
import { useClipsT } from './i18n/useClipsT';
import { Modal } from '../components/Modal';
import { SourceVideo } from './SourceVideo';
import { useClipEditor } from './useClipEditor';
import { useT } from '../i18n/I18nContext';
import { builtInName } from '../i18n/engineText';
import { useShaper } from './useShaper';

interface Props {
  session: Session;
  initial: ClipDraft;
  presets: readonly Preset[];
  style: CaptionStyle;
  onSave(clip: ClipInput, snap: boolean): Promise<Clip>;
  onClose(): void;
}

const typing = (target: EventTarget) =>
  target instanceof HTMLElement && target.closest('input, select, textarea, [contenteditable]') !== null;

/** Make or change a clip: range on the video (I/O), fields, reframe with a focus band, live caption preview. */
export function ClipEditorDialog({ session, initial, presets, style, onSave, onClose }: Props) {
  const t = useClipsT();
  const appT = useT();
  const { mediaUrl } = useClient();
  const editor = useClipEditor(initial, onSave);
  const { draft, update } = editor;
  const playback = usePlayback();
  const shaper = useShaper();
  const burn = useBurnPreview();
  const { transcript } = useTranscript(session.id, draft.mediaId);
  const [presetId, setPresetId] = useState('reels');
  const media = session.media.find((item) => item.id === draft.mediaId);
  const preset = presets.find((item) => item.id === presetId) ?? presets[0];

  // Start at the clip's beginning once the video can seek.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || playback.durationMs === 0) return;
    started.current = true;
    playback.seek(initial.startMs + Math.min(1000, (initial.endMs - initial.startMs) / 3));
  }, [initial, playback]);

  if (!media) return null;
  const video = media.probe.video;
  const source = video ? { widthPx: video.displayWidth, heightPx: video.displayHeight } : undefined;
  const frame = preset ? outputFrame(preset, source) : (source ?? { widthPx: 1280, heightPx: 720 });
  const mode = draft.reframe === 'preset' ? (preset?.reframe ?? 'bars') : draft.reframe;
  const crop = source && mode === 'crop' ? cropWindow(source, frame, draft.focusX) : undefined;
  const src = mediaUrl(session.id, media.id, media.assets.proxy !== undefined ? 'proxy' : 'source');
  const captions = captionPreview({
    transcript,
    style,
    clip: draft,
    atMs: playback.currentMs,
    frame,
    safeZone: preset?.safeZone ?? { topPx: 0, bottomPx: 0, leftPx: 0, rightPx: 0 },
    shaper,
  });

  return (
    <Modal
      title={draft.id ? t('editClipTitle') : t('newClipTitle')}
      testId="clip-editor"
      className="clips-modal wide"
      onClose={onClose}
    >
      <div
        className="clip-editor"
        onKeyDown={(event) => {
          if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
          const key = event.key.toLowerCase();
          if (key === 'i') update({ startMs: playback.currentMs });
          else if (key === 'o') update({ endMs: playback.currentMs });
          else return;
          event.preventDefault();
        }}
      >
        <div className="clip-editor-source">
          <ClipSourceFields
            session={session}
            style={style}
            draft={draft}
            transcript={transcript}
            update={update}
          />
          <SourceVideo
            src={src}
            aspect={source ? source.widthPx / source.heightPx : 16 / 9}
            attach={playback.attach}
            window={crop && crop.width < 1 ? crop : undefined}
            focusX={draft.focusX}
            onFocus={(focusX) =>
              update({ focusX, ...(draft.reframe === 'preset' ? { reframe: 'crop' } : {}) })
            }
          />
          <ClipTimeControls
            draft={draft}
            update={update}
            playback={playback}
            snap={editor.snap}
            setSnap={editor.setSnap}
          />
        </div>
        <div className="clip-editor-preview">
          <label className="inline-field">
            {t('previewFor')}{' '}
            <select
              data-testid="preview-preset"
              value={preset?.id ?? ''}
              onChange={(event) => setPresetId(event.target.value)}
            >
              {presets.map((item) => (
                <option key={item.id} value={item.id}>
                  {builtInName(appT, 'preset', item)}
                </option>
              ))}
            </select>
          </label>
          <ClipPreview
            frame={frame}
            mode={mode}
            focusX={draft.focusX}
            src={src}
            thumbnailSrc={
              media.assets.thumbnail !== undefined ? mediaUrl(session.id, media.id, 'thumbnail') : undefined
            }
            currentMs={playback.currentMs}
            playing={playback.playing}
            captions={captions}
            style={style}
          />
          <BurnPreview
            state={burn}
            frame={frame}
            request={
              preset && playback.currentMs >= draft.startMs && playback.currentMs < draft.endMs
                ? {
                    sessionId: session.id,
                    mediaId: media.id,
                    startMs: Math.round(draft.startMs),
                    endMs: Math.round(draft.endMs),
                    atMs: Math.round(playback.currentMs),
                    presetId: preset.id,
                    styleId: style.id,
                    ...(draft.speakerId ? { speakerId: draft.speakerId } : {}),
                    ...(draft.primaryTrackId ? { primaryTrackId: draft.primaryTrackId } : {}),
                    ...(draft.secondaryTrackId ? { secondaryTrackId: draft.secondaryTrackId } : {}),
                    ...(draft.reframe === 'preset' ? {} : { reframe: { mode, focusX: draft.focusX } }),
                  }
                : undefined
            }
          />
        </div>
        <ClipFields draft={draft} participants={session.participants} update={update} />
        <ClipConsent notes={clipConsentNotes(session, inputOf(draft), transcript)} />
        {editor.error && (
          <div className="clip-error-box" role="alert" data-testid="clip-error">
            <p dir="auto">{editor.error.message}</p>
            <p className="hint" dir="auto">
              {editor.error.hint}
            </p>
          </div>
        )}
        <div className="dialog-actions">
          <button
            type="button"
            className="primary"
            data-testid="clip-save"
            disabled={editor.saving || !editor.rangeOk}
            onClick={() => {
              void editor.save().then((saved) => saved && onClose());
            }}
          >
            {editor.saving ? t('saving') : t('save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
