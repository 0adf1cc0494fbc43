// Several typed arrays of one document carved out of one buffer. A typed array longer than a few
// dozen bytes gets a backing store of its own outside V8's heap, and allocating and later freeing
// that store costs about a microsecond, more than filling the array: the stages build dozens of
// such arrays per document (one per token-indexed fact), so each group takes one store instead.

interface TypedKinds {
  float64: Float64Array;
  int32: Int32Array;
  float32: Float32Array;
  uint16: Uint16Array;
  int8: Int8Array;
  uint8: Uint8Array;
}

export type TypedKind = keyof TypedKinds;

const BYTES: Record<TypedKind, number> = { float64: 8, int32: 4, float32: 4, uint16: 2, int8: 1, uint8: 1 };

/** A view of `length` elements of a kind over a buffer at a byte offset. */
const VIEW: { [K in TypedKind]: (buffer: ArrayBuffer, at: number, length: number) => TypedKinds[K] } = {
  float64: (b, at, n) => new Float64Array(b, at, n),
  int32: (b, at, n) => new Int32Array(b, at, n),
  float32: (b, at, n) => new Float32Array(b, at, n),
  uint16: (b, at, n) => new Uint16Array(b, at, n),
  int8: (b, at, n) => new Int8Array(b, at, n),
  uint8: (b, at, n) => new Uint8Array(b, at, n),
};

/** The arrays a layout names: each `[kind, length]`, zeroed, none overlapping another. */
export type Carved<L extends Record<string, readonly [TypedKind, number]>> = { [P in keyof L]: TypedKinds[L[P][0]] };

/**
 * Typed arrays by name, each as new and zeroed as `new Int32Array(length)` would give, all views of
 * one buffer. They live as long as the longest-lived of them: carve only arrays that die together.
 */
export function carve<L extends Record<string, readonly [TypedKind, number]>>(layout: L): Carved<L> {
  // widest elements first: every view then starts at a multiple of its element size
  const entries = Object.entries(layout).sort((a, b) => BYTES[b[1][0]] - BYTES[a[1][0]]);
  let bytes = 0;
  for (const [, [kind, length]] of entries) bytes += BYTES[kind] * length;
  const buffer = new ArrayBuffer(bytes);
  const out: Record<string, TypedKinds[TypedKind]> = {};
  let at = 0;
  for (const [name, [kind, length]] of entries) {
    out[name] = VIEW[kind](buffer, at, length);
    at += BYTES[kind] * length;
  }
  return out as Carved<L>;
}
