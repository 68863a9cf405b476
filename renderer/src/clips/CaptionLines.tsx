import type { CSSProperties } from 'react';
import type { CaptionStyle } from '../../../shared/model/clips';
import type { CaptionPreview, PreviewBlock } from './captionPreview';

const hexAlpha = (hex: string, alpha: number) =>
  `${hex}${Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0')}`;

function Block({ block, style, testId }: { block: PreviewBlock; style: CaptionStyle; testId: string }) {
  // Outline thickness is in pixels of a 1080-high frame: as a share of the frame height, in container units.
  const outline = `calc(${(style.outlinePx / 1080) * 100} * 1cqh)`;
  const css: CSSProperties = {
    fontFamily: `'${block.fontFamily}', var(--latin)`,
    fontSize: `calc(${block.fontPct.toFixed(3)} * 1cqh)`,
    lineHeight: `calc(${block.lineHeightPct.toFixed(3)} * 1cqh)`,
    color: style.colour,
    ...(style.box
      ? {}
      : {
          // A stroke is centred on the glyph's edge; drawn under the fill, half of it shows, as ASS draws.
          WebkitTextStroke: `calc(2 * ${outline}) ${style.outlineColour}`,
          paintOrder: 'stroke fill',
        }),
  };
  return (
    <div
      className="preview-block"
      lang={block.language}
      dir={block.direction}
      style={css}
      data-testid={testId}
    >
      {block.lines.map((line, index) => (
        <p
          key={index}
          className="preview-line"
          data-testid="preview-line"
          style={
            style.box
              ? {
                  background: hexAlpha(style.outlineColour, style.boxOpacity),
                  paddingInline: outline,
                }
              : undefined
          }
        >
          {line.map((token, at) => (
            <span
              key={at}
              className={token.active ? 'active-word' : undefined}
              style={token.active ? { color: style.highlightColour } : undefined}
            >
              {at > 0 ? ' ' : ''}
              {token.text}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}

/** The caption lines of this moment inside the safe zone: the primary block above the secondary one. */
export function CaptionLines({ preview, style }: { preview: CaptionPreview; style: CaptionStyle }) {
  const { zonePct } = preview;
  const justify =
    style.position === 'top' ? 'flex-start' : style.position === 'middle' ? 'center' : 'flex-end';
  return (
    <div
      className="preview-captions"
      style={{
        top: `${zonePct.top}%`,
        bottom: `${zonePct.bottom}%`,
        left: `${zonePct.left}%`,
        right: `${zonePct.right}%`,
        justifyContent: justify,
        gap: `calc(${preview.gapPct.toFixed(3)} * 1cqh)`,
      }}
    >
      {preview.primary && <Block block={preview.primary} style={style} testId="preview-primary" />}
      {preview.secondary && <Block block={preview.secondary} style={style} testId="preview-secondary" />}
    </div>
  );
}
