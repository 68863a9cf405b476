import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { decodeIndex, encodeIndex } from '../../../../electron/engine/search/compactIndex';
import { miniSearchOptions, type IndexedDocument } from '../../../../electron/engine/search/sessionShard';

const texts = [
  'ہم نے social media پر ۳ بار بات کی۔',
  'برداشت ضروری ہے، یہ سب جانتے ہیں۔',
  'Tolerance and برداشت in one line، 2024 میں',
  'pani ka masla',
  '',
];

const build = () => {
  const index = new MiniSearch<IndexedDocument>(miniSearchOptions);
  index.addAll(texts.map((text, id) => ({ id: id + 10, text })));
  return index;
};

const found = (index: MiniSearch<IndexedDocument>, query: string) =>
  index.search(query, { prefix: true, combineWith: 'AND' }).map(({ id, score }) => [id, score]);

describe('the compact form of the search index', () => {
  it('reads back to an index that finds the same documents with the same scores', () => {
    const index = build();
    // A discarded document (its postings stay until vacuumed) and one added after it.
    index.discard(13);
    index.add({ id: 99, text: 'نیا جملہ about tolerance' });
    const { meta, body } = encodeIndex(index);
    const decoded = decodeIndex(meta, body);
    expect(decoded).toBeDefined();
    for (const query of ['برداشت', 'toler', 'social ۳', 'pani', 'نیا', '2024'])
      expect(found(decoded!, query)).toEqual(found(index, query));
    expect(decoded!.documentCount).toBe(index.documentCount);
    // It keeps working as an index: discard and add.
    decoded!.discard(11);
    decoded!.add({ id: 100, text: 'برداشت again' });
    expect(found(decoded!, 'برداشت').map(([id]) => id)).toEqual(expect.arrayContaining([12, 100]));
    expect(found(decoded!, 'برداشت').map(([id]) => id)).not.toContain(11);
  });

  it('refuses bytes that do not fit their description', () => {
    const { meta, body } = encodeIndex(build());
    expect(decodeIndex(meta, body.subarray(0, body.length - 4))).toBeUndefined();
    expect(decodeIndex({ ...meta, format: 'something else' }, body)).toBeUndefined();
    expect(
      decodeIndex({ ...meta, postings: meta.postings - 2, documents: meta.documents }, body),
    ).toBeUndefined();
  });
});
