/**
 * Counts the "tofu" on a frame: the empty rectangles a font draws for a character it lacks (.notdef).
 * Lit pixels (> threshold) are grouped into 8-connected shapes; a shape is a box when it is at least 6×10
 * pixels, at least 90 % of its bounding box's outline is lit and its inside (inset by 3 pixels) is dark.
 * Letters, digits and Arabic-script words never pass all three.
 */
export function countEmptyBoxes(rgb: Buffer, widthPx: number, heightPx: number, threshold = 128): number {
  const lit = new Uint8Array(widthPx * heightPx);
  for (let pixel = 0; pixel < lit.length; pixel++) {
    const value = Math.max(rgb[pixel * 3] ?? 0, rgb[pixel * 3 + 1] ?? 0, rgb[pixel * 3 + 2] ?? 0);
    lit[pixel] = value > threshold ? 1 : 0;
  }
  const seen = new Uint8Array(lit.length);
  let boxes = 0;
  for (let start = 0; start < lit.length; start++) {
    if (!lit[start] || seen[start]) continue;
    const stack = [start];
    seen[start] = 1;
    let [left, right, top, bottom] = [widthPx, 0, heightPx, 0];
    while (stack.length > 0) {
      const pixel = stack.pop() as number;
      const x = pixel % widthPx;
      const y = Math.floor(pixel / widthPx);
      [left, right, top, bottom] = [
        Math.min(left, x),
        Math.max(right, x),
        Math.min(top, y),
        Math.max(bottom, y),
      ];
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= widthPx || ny >= heightPx) continue;
          const next = ny * widthPx + nx;
          if (lit[next] && !seen[next]) {
            seen[next] = 1;
            stack.push(next);
          }
        }
    }
    if (right - left + 1 < 6 || bottom - top + 1 < 10) continue;
    const at = (x: number, y: number) => lit[y * widthPx + x] === 1;
    let outline = 0;
    let outlineLit = 0;
    for (let x = left; x <= right; x++) {
      outline += 2;
      outlineLit += (at(x, top) || at(x, top + 1) ? 1 : 0) + (at(x, bottom) || at(x, bottom - 1) ? 1 : 0);
    }
    for (let y = top; y <= bottom; y++) {
      outline += 2;
      outlineLit += (at(left, y) || at(left + 1, y) ? 1 : 0) + (at(right, y) || at(right - 1, y) ? 1 : 0);
    }
    let insideLit = 0;
    for (let y = top + 3; y <= bottom - 3; y++)
      for (let x = left + 3; x <= right - 3; x++) insideLit += at(x, y) ? 1 : 0;
    if (outlineLit / outline >= 0.9 && insideLit === 0) boxes += 1;
  }
  return boxes;
}
