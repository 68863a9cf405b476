/**
 * Offers text as a file the user downloads (a Blob, so it works offline and in both modes), byte for byte:
 * a Blob of a string is its UTF-8 encoding (a byte-order mark, when the text has one, stays).
 */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
