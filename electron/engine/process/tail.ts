/** Keeps the last lines of a stream of text, for error details (a tool's stderr tail). */
export class LineTail {
  private readonly lines: string[] = [];
  private partial = '';

  constructor(private readonly maxLines: number) {}

  push(chunk: string, onLine?: (line: string) => void): void {
    const parts = (this.partial + chunk).split(/\r\n|\r|\n/);
    this.partial = parts.pop() ?? '';
    for (const line of parts) {
      onLine?.(line);
      this.remember(line);
    }
  }

  private remember(line: string): void {
    if (line.trim() === '') return;
    this.lines.push(line);
    if (this.lines.length > this.maxLines) this.lines.shift();
  }

  text(): string {
    const rest = this.partial.trim() === '' ? [] : [this.partial];
    return [...this.lines, ...rest].slice(-this.maxLines).join('\n');
  }
}
