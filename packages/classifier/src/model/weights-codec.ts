/**
 * The committed weights file format, kept pure (bytes in, bytes out) so the core can decode a
 * model without touching the file system. Layout, little-endian:
 *   "SGCM" | u32 format | u32 featureVersion | u32 dims | u32 heads |
 *   per head: u32 name length, name (ASCII, padded to 4), f32 bias, f32 operatingLogit |
 *   per head: dims x f16 weights (format 2; format 1 stored f32) |
 *   format 3 only (feature version 4, word vectors): u32 vector dims, u32 words, u32 dense inputs |
 *   per head: dense inputs x f32 weights | per word: f32 scale | words x vector dims int8, padded to 4 |
 *   u32 byte length, the words as UTF-8 joined by "\n", padded to 4
 * Half precision keeps five heads over 2^18 buckets at 2.5 MiB; training rounds its weights to
 * f16 before choosing operating points (`toHalfPrecision`), so nothing is lost in the file.
 * A model without word vectors is written as format 2, so older files round-trip unchanged.
 */
import { HEAD_NAMES, type HeadName, type ModelHead, type ModelWeights } from './linear-model.ts';
import type { WordVectors } from './word-vectors.ts';

const MAGIC = 0x4d434753; // "SGCM"
const FORMAT = 2;
const FORMAT_VECTORS = 3;
/**
 * The feature version whose models need their word-vector table (src/model/word-vectors.ts):
 * version 4 only (version 5 went back to hashed features, with word classes, see ADR 0011).
 */
export const VECTORS_VERSION = 4;
export const usesWordVectors = (featureVersion: number): boolean => featureVersion === VECTORS_VERSION;

/** IEEE 754 binary16 bits of a number, rounding to nearest even (overflow to infinity). */
export const toHalfBits = (value: number): number => {
  const f32 = new Float32Array([value]);
  const x = new Uint32Array(f32.buffer)[0] as number;
  const sign = (x >>> 16) & 0x8000;
  const exponent = (x >>> 23) & 0xff;
  let mantissa = x & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0);
  const e = exponent - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mantissa |= 0x800000;
    const shift = 14 - e;
    let half = mantissa >>> shift;
    const rest = mantissa & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rest > halfway || (rest === halfway && (half & 1) === 1)) half++;
    return sign | half;
  }
  let half = (e << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && (half & 1) === 1)) half++;
  return sign | half;
};

const HALF_TO_FLOAT = (() => {
  const table = new Float32Array(65536);
  for (let h = 0; h < 65536; h++) {
    const sign = h & 0x8000 ? -1 : 1;
    const exponent = (h >>> 10) & 0x1f;
    const mantissa = h & 0x3ff;
    table[h] =
      exponent === 0
        ? sign * mantissa * 2 ** -24
        : exponent === 0x1f
          ? mantissa
            ? NaN
            : sign * Infinity
          : sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
  }
  return table;
})();

/** The weights as the file will hold them. */
export const toHalfPrecision = (weights: ArrayLike<number>): Float32Array => {
  const out = new Float32Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = HALF_TO_FLOAT[toHalfBits(weights[i] as number)] as number;
  return out;
};

const padded = (n: number) => (n + 3) & ~3;

const vectorSection = (model: ModelWeights) => {
  const vectors = model.vectors;
  if (!vectors) return undefined;
  // Heads without dense weights (trained without the vectors) are written as zeros.
  const denseInputs = Math.max(0, ...model.heads.map((h) => h.dense?.length ?? 0));
  for (const head of model.heads)
    if (head.dense && head.dense.length !== denseInputs)
      throw new Error(`head ${head.name} has the wrong dense weights`);
  const wordBytes = new TextEncoder().encode(vectors.words.join('\n'));
  const bytes =
    12 +
    model.heads.length * denseInputs * 4 +
    vectors.words.length * 4 +
    padded(vectors.data.length) +
    4 +
    padded(wordBytes.length);
  return { vectors, denseInputs, wordBytes, bytes };
};

export const encodeWeights = (model: ModelWeights): Uint8Array => {
  if (usesWordVectors(model.featureVersion) && !model.vectors)
    throw new Error(`feature version ${model.featureVersion} needs word vectors`);
  const section = vectorSection(model);
  const names = model.heads.map((h) => h.name);
  const headerBytes = 20 + names.reduce((sum, name) => sum + 4 + padded(name.length) + 8, 0);
  const buffer = new ArrayBuffer(headerBytes + model.heads.length * model.dims * 2 + (section?.bytes ?? 0));
  const view = new DataView(buffer);
  let at = 0;
  const format = section ? FORMAT_VECTORS : FORMAT;
  for (const value of [MAGIC, format, model.featureVersion, model.dims, model.heads.length]) {
    view.setUint32(at, value, true);
    at += 4;
  }
  for (const head of model.heads) {
    view.setUint32(at, head.name.length, true);
    at += 4;
    for (let i = 0; i < head.name.length; i++) view.setUint8(at + i, head.name.charCodeAt(i));
    at += padded(head.name.length);
    view.setFloat32(at, head.bias, true);
    view.setFloat32(at + 4, head.operatingLogit, true);
    at += 8;
  }
  for (const head of model.heads) {
    if (head.weights.length !== model.dims) throw new Error(`head ${head.name} has ${head.weights.length} weights`);
    for (let i = 0; i < model.dims; i++) view.setUint16(at + i * 2, toHalfBits(head.weights[i] as number), true);
    at += model.dims * 2;
  }
  if (section) {
    const { vectors, denseInputs, wordBytes } = section;
    for (const value of [vectors.dims, vectors.words.length, denseInputs]) {
      view.setUint32(at, value, true);
      at += 4;
    }
    for (const head of model.heads) {
      for (let i = 0; i < denseInputs; i++) view.setFloat32(at + i * 4, head.dense?.[i] ?? 0, true);
      at += denseInputs * 4;
    }
    for (let i = 0; i < vectors.words.length; i++) view.setFloat32(at + i * 4, vectors.scales[i] as number, true);
    at += vectors.words.length * 4;
    new Int8Array(buffer, at, vectors.data.length).set(vectors.data);
    at += padded(vectors.data.length);
    view.setUint32(at, wordBytes.length, true);
    new Uint8Array(buffer, at + 4, wordBytes.length).set(wordBytes);
  }
  return new Uint8Array(buffer);
};

export const decodeWeights = (bytes: Uint8Array): ModelWeights => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 20 || view.getUint32(0, true) !== MAGIC) throw new Error('not a Schoolgate classifier model');
  const format = view.getUint32(4, true);
  if (format !== FORMAT && format !== FORMAT_VECTORS) throw new Error(`unsupported model format ${format}`);
  const featureVersion = view.getUint32(8, true);
  if ((format === FORMAT_VECTORS) !== usesWordVectors(featureVersion))
    throw new Error(
      `model file format ${format} cannot hold feature version ${featureVersion} (word vectors in version ${VECTORS_VERSION} only, in format ${FORMAT_VECTORS})`,
    );
  const dims = view.getUint32(12, true);
  const count = view.getUint32(16, true);
  let at = 20;
  const partial: Omit<ModelHead, 'weights'>[] = [];
  for (let h = 0; h < count; h++) {
    const length = view.getUint32(at, true);
    at += 4;
    const name = String.fromCharCode(...bytes.subarray(at, at + length));
    at += padded(length);
    if (!(HEAD_NAMES as readonly string[]).includes(name)) throw new Error(`unknown model head "${name}"`);
    partial.push({
      name: name as HeadName,
      bias: view.getFloat32(at, true),
      operatingLogit: view.getFloat32(at + 4, true),
    });
    at += 8;
  }
  const hashedEnd = at + count * dims * 2;
  if (format === FORMAT ? bytes.byteLength !== hashedEnd : bytes.byteLength < hashedEnd + 12)
    throw new Error('model file has the wrong length');
  // Widen once into f32 arrays, which scoring reads fastest.
  const heads: ModelHead[] = partial.map((head, h) => {
    const weights = new Float32Array(dims);
    const base = at + h * dims * 2;
    for (let i = 0; i < dims; i++) weights[i] = HALF_TO_FLOAT[view.getUint16(base + i * 2, true)] as number;
    return { ...head, weights };
  });
  if (format === FORMAT) return { featureVersion, dims, heads };
  at = hashedEnd;
  const vectorDims = view.getUint32(at, true);
  const wordCount = view.getUint32(at + 4, true);
  const denseInputs = view.getUint32(at + 8, true);
  at += 12;
  const fixed = count * denseInputs * 4 + wordCount * 4 + padded(wordCount * vectorDims) + 4;
  if (bytes.byteLength < at + fixed) throw new Error('model file has the wrong length');
  for (const head of heads) {
    const dense = new Float32Array(denseInputs);
    for (let i = 0; i < denseInputs; i++) dense[i] = view.getFloat32(at + i * 4, true);
    // All zeros: a head trained without the vectors, which scoring can skip.
    if (dense.some((w) => w !== 0)) head.dense = dense;
    at += denseInputs * 4;
  }
  const scales = new Float32Array(wordCount);
  for (let i = 0; i < wordCount; i++) scales[i] = view.getFloat32(at + i * 4, true);
  at += wordCount * 4;
  const data = new Int8Array(wordCount * vectorDims);
  data.set(new Int8Array(bytes.buffer, bytes.byteOffset + at, wordCount * vectorDims));
  at += padded(wordCount * vectorDims);
  const wordLength = view.getUint32(at, true);
  at += 4;
  if (bytes.byteLength !== at + padded(wordLength)) throw new Error('model file has the wrong length');
  const words = new TextDecoder().decode(bytes.subarray(at, at + wordLength)).split('\n');
  if (words.length !== wordCount) throw new Error('model file has the wrong number of words');
  const vectors: WordVectors = { dims: vectorDims, words, scales, data };
  return { featureVersion, dims, heads, vectors };
};
