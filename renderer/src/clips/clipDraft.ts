import type { Clip, ClipInput } from '../../../shared/model/clips';
import type { ReframeMode } from '../../../shared/export/presets';
import { splitList } from './clipMath';

/** The clip editor's form: lists as typed text, the reframe mode 'preset' meaning "as the preset does". */
export interface ClipDraft {
  id?: string;
  createdAt?: string;
  mediaId: string;
  startMs: number;
  endMs: number;
  title: string;
  speakerId: string;
  tags: string;
  topic: string;
  hashtags: string;
  reframe: ReframeMode | 'preset';
  focusX: number;
  /** '' = the style's choice. */
  primaryTrackId: string;
  /** '' = the style's choice; 'none' = one line only. */
  secondaryTrackId: string;
}

export function draftOf(clip: Clip): ClipDraft {
  return {
    id: clip.id,
    createdAt: clip.createdAt,
    mediaId: clip.mediaId,
    startMs: clip.startMs,
    endMs: clip.endMs,
    title: clip.title,
    speakerId: clip.speakerId ?? '',
    tags: clip.tags.join(', '),
    topic: clip.topic ?? '',
    hashtags: clip.hashtags.join(', '),
    reframe: clip.reframe?.mode ?? 'preset',
    focusX: clip.reframe?.focusX ?? 0.5,
    primaryTrackId: clip.primaryTrackId ?? '',
    secondaryTrackId: clip.secondaryTrackId ?? '',
  };
}

export function newDraft(
  mediaId: string,
  range: { startMs: number; endMs: number },
  extra: { title?: string; speakerId?: string } = {},
): ClipDraft {
  return {
    mediaId,
    startMs: range.startMs,
    endMs: range.endMs,
    title: extra.title ?? '',
    speakerId: extra.speakerId ?? '',
    tags: '',
    topic: '',
    hashtags: '',
    reframe: 'preset',
    focusX: 0.5,
    primaryTrackId: '',
    secondaryTrackId: '',
  };
}

/** What clips.save takes; with 'preset' the clip keeps no reframe of its own (each preset's mode applies). */
export function inputOf(draft: ClipDraft): ClipInput {
  const topic = draft.topic.trim();
  return {
    ...(draft.id ? { id: draft.id } : {}),
    ...(draft.createdAt ? { createdAt: draft.createdAt } : {}),
    mediaId: draft.mediaId,
    startMs: Math.round(draft.startMs),
    endMs: Math.round(draft.endMs),
    title: draft.title.trim(),
    ...(draft.speakerId ? { speakerId: draft.speakerId } : {}),
    tags: splitList(draft.tags),
    ...(topic ? { topic } : {}),
    hashtags: splitList(draft.hashtags, true),
    ...(draft.reframe !== 'preset'
      ? { reframe: { mode: draft.reframe, focusX: Math.round(draft.focusX * 1000) / 1000 } }
      : {}),
    ...(draft.primaryTrackId ? { primaryTrackId: draft.primaryTrackId } : {}),
    ...(draft.secondaryTrackId ? { secondaryTrackId: draft.secondaryTrackId } : {}),
  };
}
