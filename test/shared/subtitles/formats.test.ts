import { describe, expect, it } from 'vitest';
import { detectSubtitleFormat, formatFromFileName } from '../../../shared/subtitles/formats';

describe('formatFromFileName', () => {
  it('knows the extensions, in any case', () => {
    expect(formatFromFileName('a.SRT')).toBe('srt');
    expect(formatFromFileName('a.webvtt')).toBe('vtt');
    expect(formatFromFileName('a.ssa')).toBe('ass');
    expect(formatFromFileName('notes.txt')).toBe('txt');
    expect(formatFromFileName('video.mp4')).toBeUndefined();
    expect(formatFromFileName('README')).toBeUndefined();
  });
});

describe('detectSubtitleFormat', () => {
  it('trusts an unmistakable start over the extension', () => {
    expect(detectSubtitleFormat('\uFEFFWEBVTT\n\n00:01.000 --> 00:02.000\nx', 'wrong.srt')).toBe('vtt');
    expect(detectSubtitleFormat('[Script Info]\nTitle: x\n', 'wrong.txt')).toBe('ass');
    expect(detectSubtitleFormat('Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,x', 'x.srt')).toBe('ass');
  });

  it('then the extension, then the shape of the times', () => {
    expect(detectSubtitleFormat('1\n00:00:01,000 --> 00:00:02,000\nx', 'a.txt')).toBe('txt');
    expect(detectSubtitleFormat('1\n00:00:01,000 --> 00:00:02,000\nx')).toBe('srt');
    expect(detectSubtitleFormat('[00:00:01.000 --> 00:00:02.000]\nx')).toBe('txt');
    expect(detectSubtitleFormat('[01:02] typed by hand')).toBe('txt');
    expect(detectSubtitleFormat('just words')).toBe('txt');
    expect(detectSubtitleFormat('WEBVTTX is not a header\n00:01.000 --> 00:02.000\nx')).toBe('srt');
  });
});
