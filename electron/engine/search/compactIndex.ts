import MiniSearch from 'minisearch';
import { miniSearchOptions, type IndexedDocument } from './sessionShard';

/**
 * A compact binary form of the workspace's MiniSearch index, for the snapshot. MiniSearch's own JSON
 * (toJSON / loadJSON) spells every posting as an object key: loading 150 sessions' index that way parses
 * some two million keys into objects and then copies them into Maps, and holds the text, the objects and
 * the index in memory at once. This form is the terms (one string) and flat arrays of numbers, read back
 * straight into the index's Maps.
 *
 * It reads and fills MiniSearch's internal fields (the ones its own loadJS fills), so it is tied to
 * MiniSearch 7 (`minisearch` is pinned to ^7.2 in package.json). COMPACT_INDEX_FORMAT names that, and a
 * check after loading (the document count) catches a layout that does not fit: the snapshot is then not
 * used and the index is built from the shards as before.
 */
export const COMPACT_INDEX_FORMAT = 'minisearch-7-compact/1 le';

/** MiniSearch's internal state this codec reads and writes (see its loadJS). */
interface Internals {
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, unknown>;
  _dirtCount: number;
  _index: {
    set(term: string, data: Map<number, Map<number, number>>): unknown;
    [Symbol.iterator](): Iterator<[string, Map<number, Map<number, number>>]>;
  };
}

const internals = (index: MiniSearch<IndexedDocument>) => index as unknown as Internals;
const FIELD = 0;

export interface CompactMeta {
  format: string;
  documentCount: number;
  nextId: number;
  avgFieldLength: number[];
  dirtCount: number;
  terms: number;
  documents: number;
  postings: number;
}

/** The index as bytes, and what is needed to read them back. */
export function encodeIndex(index: MiniSearch<IndexedDocument>): { meta: CompactMeta; body: Buffer } {
  const state = internals(index);
  const terms: string[] = [];
  const postings: number[] = [];
  for (const [term, fields] of state._index) {
    const docs = fields.get(FIELD);
    if (!docs || docs.size === 0) continue;
    terms.push(term);
    postings.push(docs.size);
    for (const [shortId, frequency] of docs) postings.push(shortId, frequency);
  }
  const documents: number[] = [];
  for (const [shortId, id] of state._documentIds) {
    if (typeof id !== 'number') throw new Error('search index: a document id that is not a number');
    documents.push(shortId, id, state._fieldLength.get(shortId)?.[FIELD] ?? 0);
  }
  const termBytes = Buffer.from(terms.join('\n'), 'utf8');
  const padded = Math.ceil(termBytes.length / 4) * 4;
  const body = Buffer.alloc(padded + (documents.length + postings.length) * 4);
  termBytes.copy(body, 0);
  const numbers = new Uint32Array(body.buffer, body.byteOffset + padded, documents.length + postings.length);
  numbers.set(documents, 0);
  numbers.set(postings, documents.length);
  return {
    meta: {
      format: COMPACT_INDEX_FORMAT,
      documentCount: state._documentCount,
      nextId: state._nextId,
      avgFieldLength: [...state._avgFieldLength],
      dirtCount: state._dirtCount,
      terms: termBytes.length,
      documents: documents.length / 3,
      postings: postings.length,
    },
    body,
  };
}

/** The index from its bytes; undefined when they do not fit the meta. */
export function decodeIndex(meta: CompactMeta, body: Uint8Array): MiniSearch<IndexedDocument> | undefined {
  const padded = Math.ceil(meta.terms / 4) * 4;
  if (
    meta.format !== COMPACT_INDEX_FORMAT ||
    body.length !== padded + (meta.documents * 3 + meta.postings) * 4
  )
    return undefined;
  // Aligned for the Uint32Array view (a copy when the bytes sit at an odd offset of their buffer).
  const aligned = body.byteOffset % 4 === 0 ? body : new Uint8Array(body);
  const terms =
    meta.terms === 0
      ? []
      : Buffer.from(aligned.buffer, aligned.byteOffset, meta.terms).toString('utf8').split('\n');
  const numbers = new Uint32Array(
    aligned.buffer,
    aligned.byteOffset + padded,
    meta.documents * 3 + meta.postings,
  );
  const index = MiniSearch.loadJS<IndexedDocument>(
    {
      documentCount: meta.documentCount,
      nextId: meta.nextId,
      documentIds: {},
      fieldIds: { text: FIELD },
      fieldLength: {},
      averageFieldLength: meta.avgFieldLength,
      storedFields: {},
      dirtCount: meta.dirtCount,
      index: [],
      serializationVersion: 2,
    },
    miniSearchOptions,
  );
  const state = internals(index);
  for (let at = 0; at < meta.documents * 3; at += 3) {
    const shortId = numbers[at]!;
    const id = numbers[at + 1]!;
    state._documentIds.set(shortId, id);
    state._idToShortId.set(id, shortId);
    state._fieldLength.set(shortId, [numbers[at + 2]!]);
  }
  let at = meta.documents * 3;
  for (const term of terms) {
    const count = numbers[at++];
    if (count === undefined) return undefined;
    const docs = new Map<number, number>();
    for (let left = count; left > 0; left -= 1) {
      docs.set(numbers[at]!, numbers[at + 1]!);
      at += 2;
    }
    state._index.set(term, new Map([[FIELD, docs]]));
  }
  if (at !== numbers.length || state._documentIds.size !== meta.documents) return undefined;
  return index;
}
