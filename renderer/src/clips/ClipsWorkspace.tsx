import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Clip } from '../../../shared/model/clips';
import type { Session } from '../../../shared/model/session';
import { useReport } from '../hooks/ErrorsContext';
import { useClipRoute } from '../routing/RouteContext';
import { BatchExportDialog } from './BatchExportDialog';
import { ClipEditorDialog } from './ClipEditorDialog';
import { ClipsContext, type ClipsActions } from './ClipsContext';
import { ClipsSection } from './ClipsSection';
import { draftOf, newDraft, type ClipDraft } from './clipDraft';
import { PresetsDialog } from './PresetsDialog';
import { StyleDialog } from './StyleDialog';
import { useClips } from './useClips';
import { usePresets } from './usePresets';
import './clips.css';

type Open =
  | { kind: 'editor'; draft: ClipDraft; key: number }
  | { kind: 'export'; clipIds: string[] }
  | { kind: 'presets' }
  | { kind: 'style' }
  | undefined;

let nextKey = 1;

/**
 * A session's clips: the children (the footage list, whose transcripts offer "Clip from selection") can open
 * the clip editor; below them the Clips section, and the clip editor, style, presets and export dialogs.
 */
export function ClipsWorkspace({ session, children }: { session: Session; children: ReactNode }) {
  const report = useReport();
  const clips = useClips(session.id);
  const presets = usePresets();
  const [open, setOpen] = useState<Open>(undefined);
  const [chosenStyleId, setStyleId] = useState<string | undefined>(undefined);
  const styleId = chosenStyleId ?? clips.defaultStyleId;
  const style = clips.styles.find((item) => item.id === styleId) ?? clips.styles[0];

  const actions = useMemo<ClipsActions>(
    () => ({ openEditor: (draft) => setOpen({ kind: 'editor', draft, key: nextKey++ }) }),
    [],
  );
  const openSaved = useCallback((clip: Clip) => actions.openEditor(draftOf(clip)), [actions]);
  useClipRoute(clips.clips, open?.kind === 'editor' ? open.draft.id : undefined, openSaved);
  const close = () => setOpen(undefined);
  const firstMedia = session.media.find((media) => media.status === 'ready');

  return (
    <ClipsContext.Provider value={actions}>
      {children}
      <ClipsSection
        session={session}
        clips={clips.clips}
        styles={clips.styles}
        styleId={style?.id ?? styleId}
        onStyle={setStyleId}
        onNew={
          firstMedia
            ? () =>
                actions.openEditor(
                  newDraft(firstMedia.id, {
                    startMs: 0,
                    endMs: Math.min(firstMedia.probe.durationMs, 30_000),
                  }),
                )
            : undefined
        }
        onEdit={(clip) => actions.openEditor(draftOf(clip))}
        onRemove={(clip) => clips.remove(clip.id).catch(report)}
        onExport={(clipIds) => setOpen({ kind: 'export', clipIds })}
        onPresets={() => setOpen({ kind: 'presets' })}
        onEditStyle={() => setOpen({ kind: 'style' })}
      />
      {open?.kind === 'editor' && style && (
        <ClipEditorDialog
          key={open.key}
          session={session}
          initial={open.draft}
          presets={presets.presets}
          style={style}
          onSave={clips.save}
          onClose={close}
        />
      )}
      {open?.kind === 'export' && clips.clips && (
        <BatchExportDialog
          session={session}
          clips={clips.clips}
          presets={presets.presets}
          styleId={style?.id ?? styleId}
          initialClipIds={open.clipIds}
          onClose={close}
        />
      )}
      {open?.kind === 'presets' && <PresetsDialog presets={presets} onClose={close} />}
      {open?.kind === 'style' && style && (
        <StyleDialog
          style={style}
          takenIds={clips.styles.map((item) => item.id)}
          takenNames={clips.styles.map((item) => item.name)}
          onSave={async (saved) => {
            const stored = await clips.saveStyle(saved);
            setStyleId(stored.id);
          }}
          onRemove={async (styleId) => {
            await clips.removeStyle(styleId);
            setStyleId(undefined);
          }}
          onClose={close}
        />
      )}
    </ClipsContext.Provider>
  );
}
