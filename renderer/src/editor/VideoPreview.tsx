import type { TextDirection } from '../../../shared/transcript/model';
import { useEditorT } from './i18n/useEditorT';

export interface Caption {
  trackId: string;
  text: string;
  language: string;
  direction: TextDirection;
}

interface Props {
  src: string | undefined;
  attach(video: HTMLVideoElement | null): void;
  captions: readonly Caption[];
  onClick(): void;
}

/** The video with the cues on screen now drawn over it, as a viewer will read them. */
export function VideoPreview({ src, attach, captions, onClick }: Props) {
  const t = useEditorT();
  return (
    <div className="video-preview" data-testid="editor-video-box">
      {src !== undefined && (
        <video
          ref={attach}
          src={src}
          preload="auto"
          playsInline
          data-testid="editor-video"
          aria-label={t('video')}
          onClick={onClick}
        />
      )}
      <div className="video-captions" aria-live="off">
        {captions.map((caption) => (
          <p
            key={caption.trackId}
            className="video-caption"
            lang={caption.language}
            dir={caption.direction}
            data-testid="video-caption"
          >
            {caption.text}
          </p>
        ))}
      </div>
    </div>
  );
}
