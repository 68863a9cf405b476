/** Keeps the last lines of a stream of text, for error details (a tool's stderr tail). */
export class LineTail {
  private readonly lines: string[] = [];
  private partial = '';

  /** `keep` leaves lines out of the tail (they still reach onLine). */
  constructor(
    private readonly maxLines: number,
    private readonly keep?: (line: string) => boolean,
  ) {}

  push(chunk: string, onLine?: (line: string) => void): void {
    const parts = (this.partial + chunk).split(/\r\n|\r|\n/);
    this.partial = parts.pop() ?? '';
    for (const line of parts) {
      onLine?.(line);
      this.remember(line);
    }
  }

  private remember(line: string): void {
    if (line.trim() === '' || (this.keep && !this.keep(line))) return;
    this.lines.push(line);
    if (this.lines.length > this.maxLines) this.lines.shift();
  }

  text(): string {
    const partial = this.partial;
    const rest = partial.trim() === '' || (this.keep && !this.keep(partial)) ? [] : [partial];
    return [...this.lines, ...rest].slice(-this.maxLines).join('\n');
  }
}
