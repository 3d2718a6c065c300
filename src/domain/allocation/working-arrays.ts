/**
 * The engine's claim-sized arrays, allocated on SharedArrayBuffer (nothing here is shared with another
 * thread).
 *
 * Why: V8 counts every ordinary ArrayBuffer as external memory and, each time 64 MB more of it has been
 * allocated since the last full collection, starts another full collection of the whole heap. At a million
 * claims the engine allocates a few hundred MB of arrays that all stay live until it returns, while the heap
 * holds the caller's million claim objects: each of those collections took 150–250 ms, up to a third of the
 * engine's time, and freed nothing. Shared buffers are not counted that way. They are freed like any other
 * buffer once unreachable; the cost is that their size does not hasten that collection.
 */

const Buffer: typeof ArrayBuffer | typeof SharedArrayBuffer =
  typeof SharedArrayBuffer === 'function' ? SharedArrayBuffer : ArrayBuffer;

export function float64s(length: number): Float64Array {
  return new Float64Array(new Buffer(length * Float64Array.BYTES_PER_ELEMENT));
}

export function int32s(length: number): Int32Array {
  return new Int32Array(new Buffer(length * Int32Array.BYTES_PER_ELEMENT));
}

export function uint32s(length: number): Uint32Array {
  return new Uint32Array(new Buffer(length * Uint32Array.BYTES_PER_ELEMENT));
}
