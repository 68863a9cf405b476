import { describe, expect, it } from 'vitest';
import { LineTail } from '../../../../electron/engine/process/tail';

describe('LineTail', () => {
  it('reports whole lines even when chunks split them', () => {
    const tail = new LineTail(10);
    const lines: string[] = [];
    tail.push('out_time_us=10', (line) => lines.push(line));
    expect(lines).toEqual([]);
    tail.push('00\nprogress=con', (line) => lines.push(line));
    tail.push('tinue\n', (line) => lines.push(line));
    expect(lines).toEqual(['out_time_us=1000', 'progress=continue']);
    expect(tail.text()).toBe('out_time_us=1000\nprogress=continue');
  });

  it('splits on \\n, \\r\\n and \\r', () => {
    const tail = new LineTail(10);
    const lines: string[] = [];
    tail.push('a\r\nb\rc\nd\n', (line) => lines.push(line));
    expect(lines).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps only the last lines, skipping blank ones', () => {
    const tail = new LineTail(3);
    tail.push('one\n\n  \ntwo\nthree\nfour\nfive\n');
    expect(tail.text()).toBe('three\nfour\nfive');
  });

  it('includes an unfinished last line in the text, still within the limit', () => {
    const tail = new LineTail(2);
    tail.push('one\ntwo\nthree\nmoov atom not found');
    expect(tail.text()).toBe('three\nmoov atom not found');
  });

  it('remembers nothing with a limit of 0 but still reports lines', () => {
    const tail = new LineTail(0);
    const lines: string[] = [];
    tail.push('x\ny\n', (line) => lines.push(line));
    expect(lines).toEqual(['x', 'y']);
    expect(tail.text()).toBe('');
  });

  it('leaves out the lines `keep` rejects, still reporting them', () => {
    const tail = new LineTail(2, (line) => !line.startsWith('Fontconfig'));
    const lines: string[] = [];
    tail.push('real error\nFontconfig warning: x\nFontconfig error: y', (line) => lines.push(line));
    expect(lines).toEqual(['real error', 'Fontconfig warning: x']);
    expect(tail.text()).toBe('real error');
  });

  it('is empty before anything arrives', () => {
    expect(new LineTail(5).text()).toBe('');
  });
});
