// Regions of a WebAssembly memory: handed out aligned, given back and reused (first fit, free
// neighbours merged), never past the 4 GiB a wasm32 memory can address. Addresses are plain
// numbers, never 32-bit bitwise results (which go negative past 2 GiB and wrap past 4 GiB).

export const WASM_PAGE = 65536;
/** A wasm32 memory addresses at most 4 GiB. */
export const MAX_WASM_BYTES = 4 * 2 ** 30;
export const CACHE_LINE = 64;

/** There is no room left in WASM memory for a region: what asked, and what is in use. */
export class WasmMemoryFull extends Error {}

interface Region {
  start: number;
  end: number;
}

const roundUp = (x: number, to: number) => Math.ceil(x / to) * to;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

export class AddressSpace {
  /** Free regions below `top`, sorted by address, never adjacent (merged). */
  private readonly free: Region[] = [];
  private readonly sizes = new Map<number, number>();
  private top: number;
  private used = 0;

  /**
   * Regions from `first` up to `limit` bytes; `grow(bytes)` makes the memory at least that large
   * (it throws when it cannot).
   */
  constructor(
    first: number,
    private readonly limit: number,
    private readonly grow: (bytes: number) => void,
  ) {
    this.top = first;
  }

  /** Bytes handed out and not given back. */
  get inUse(): number {
    return this.used;
  }

  /** The end of the highest region handed out so far (what the memory must hold). */
  get end(): number {
    return this.top;
  }

  /** A region of `bytes` aligned to `align` (a cache line unless larger); `what` names it in errors. */
  allocate(bytes: number, what: string, align = CACHE_LINE): number {
    if (!Number.isSafeInteger(bytes) || bytes < 0)
      throw new Error(`internal: cannot reserve ${bytes} bytes of WASM memory for ${what}`);
    const size = roundUp(Math.max(bytes, 1), CACHE_LINE);
    align = Math.max(align, CACHE_LINE);
    const start = this.takeFree(size, align) ?? this.takeTop(size, align, what, bytes);
    this.sizes.set(start, size);
    this.used += size;
    return start;
  }

  /** Gives back a region allocate() handed out; it is reused by later allocations. */
  release(address: number): void {
    const size = this.sizes.get(address);
    if (size === undefined)
      throw new Error(`internal: WASM address ${address} was not handed out (or was given back twice)`);
    this.sizes.delete(address);
    this.used -= size;
    this.addFree(address, address + size);
  }

  private takeFree(size: number, align: number): number | undefined {
    for (let i = 0; i < this.free.length; i++) {
      const r = this.free[i];
      const start = roundUp(r.start, align);
      if (start + size > r.end) continue;
      const rest: Region[] = [];
      if (start > r.start) rest.push({ start: r.start, end: start });
      if (start + size < r.end) rest.push({ start: start + size, end: r.end });
      this.free.splice(i, 1, ...rest);
      return start;
    }
    return undefined;
  }

  private takeTop(size: number, align: number, what: string, bytes: number): number {
    const start = roundUp(this.top, align);
    const end = start + size;
    const full = () =>
      new WasmMemoryFull(
        `WASM memory is full: ${what} needs ${mib(bytes)}, ${mib(this.used)} of ${mib(this.limit)} are in use and no free region is large enough`,
      );
    if (end > this.limit) throw full();
    try {
      this.grow(end);
    } catch {
      throw full();
    }
    if (start > this.top) this.addFree(this.top, start);
    this.top = end;
    return start;
  }

  private addFree(start: number, end: number): void {
    let i = 0;
    while (i < this.free.length && this.free[i].start < start) i++;
    this.free.splice(i, 0, { start, end });
    // Merge with the next, then with the previous neighbour.
    const next = this.free[i + 1];
    if (next && next.start === end) this.free.splice(i, 2, { start, end: next.end });
    const prev = this.free[i - 1];
    if (prev && prev.end === this.free[i].start)
      this.free.splice(i - 1, 2, { start: prev.start, end: this.free[i].end });
    // A free region at the top lowers the top: the space is one piece again.
    const last = this.free[this.free.length - 1];
    if (last && last.end === this.top) {
      this.top = last.start;
      this.free.pop();
    }
  }
}
