import { describe, expect, it } from 'vitest';
import {
  speakerColour,
  speakerColourMap,
  speakerPalette,
  unknownSpeakerColour,
} from '../../../renderer/src/editor/speakerColours';

describe('speaker colours', () => {
  it('gives the participants white, yellow, cyan, green, then others, cycling', () => {
    const ids = Array.from({ length: 10 }, (_, index) => `p${index + 1}`);
    const colours = speakerColourMap(ids);
    expect(ids.slice(0, 4).map((id) => colours.get(id))).toEqual([
      '#ffffff',
      '#ffff00',
      '#00ffff',
      '#00ff00',
    ]);
    expect(colours.get('p9')).toBe(speakerPalette[0]);
    expect(new Set(ids.slice(0, 8).map((id) => colours.get(id))).size).toBe(8);
  });

  it('shows an unknown speaker in grey and no speaker in nothing', () => {
    const colours = speakerColourMap(['p1']);
    expect(speakerColour(colours, 'p1')).toBe('#ffffff');
    expect(speakerColour(colours, 'gone')).toBe(unknownSpeakerColour);
    expect(speakerColour(colours, undefined)).toBeUndefined();
  });
});
