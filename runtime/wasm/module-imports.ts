// What a position-independent WASM module (emcc -sSIDE_MODULE) needs from its loader: where its
// static data goes and how big its table is (its dylink.0 section), the offsets of its own data
// symbols (its exported globals), and the imports built from them: the shared memory, this
// thread's stack pointer, a table, inert stand-ins for what it names but never uses. One import
// builder for every thread: the helper threads' script (runtime/wasm/threads.ts) embeds its text.

/** Where the loader put a module: its static data (0: none), its table's size, the addresses of its data symbols, a scratch word. */
export interface ModuleLayout {
  memoryBase: number;
  tableSize: number;
  got: Record<string, number>;
  sink: number;
}

/**
 * The import builder as JavaScript source: `(module, memory, stackPointer, layout) => imports`.
 * - `env.__memory_base` is the module's own region. `GOT.mem.X` is the address of data symbol X:
 *   the module's own (its offset plus that base, known before instantiation because the start
 *   function relocates data with it), else the sink (the Emscripten runtime's own symbols,
 *   used only by start-up code that is never run).
 * - Functions it imports are libc's threading and clock hooks, unused by kernels: they return 0.
 */
export const MODULE_IMPORTS_SOURCE = `(module, memory, stackPointer, layout) => {
  const imports = {};
  const i32 = (value, mutable) => new WebAssembly.Global({ value: 'i32', mutable }, value);
  for (const imp of WebAssembly.Module.imports(module)) {
    const ns = (imports[imp.module] ??= {});
    if (imp.kind === 'memory') ns[imp.name] = memory;
    else if (imp.kind === 'table') ns[imp.name] = new WebAssembly.Table({ initial: layout.tableSize, element: 'anyfunc' });
    else if (imp.kind === 'function') ns[imp.name] = () => 0;
    else if (imp.module === 'GOT.func') throw new Error('a WASM module that takes function addresses (GOT.func.' + imp.name + ') cannot be loaded');
    else if (imp.name === '__stack_pointer') ns[imp.name] = stackPointer;
    else if (imp.name === '__memory_base') ns[imp.name] = i32(layout.memoryBase, false);
    else if (imp.name === '__table_base') ns[imp.name] = i32(0, false);
    else ns[imp.name] = i32(layout.got[imp.name] ?? layout.sink, true);
  }
  return imports;
}`;

type ModuleImports = (
  module: WebAssembly.Module,
  memory: WebAssembly.Memory,
  stackPointer: WebAssembly.Global,
  layout: ModuleLayout,
) => WebAssembly.Imports;
let built: ModuleImports | undefined;
/** The import builder, made from its source when first called (not at import: start-up loads no module). */
export const moduleImports: ModuleImports = (...args) =>
  (built ??= new Function(`return ${MODULE_IMPORTS_SOURCE}`)() as ModuleImports)(...args);

/** What a side module needs: static data bytes and alignment and table entries (dylink.0), its data symbols' offsets. */
export interface ModuleNeeds {
  bytes: number;
  align: number;
  tableSize: number;
  dataSymbols: Map<string, number>;
}

const SECTION = { custom: 0, import: 2, global: 6, export: 7 } as const;
const KIND = { function: 0, table: 1, memory: 2, global: 3 } as const;
const I32_CONST = 0x41,
  END = 0x0b;

/** Reads the sections of a WASM binary that loading a side module needs. */
export function moduleNeeds(bytes: Uint8Array): ModuleNeeds {
  const r = new Reader(bytes, 8);
  const needs: ModuleNeeds = { bytes: 0, align: 16, tableSize: 0, dataSymbols: new Map() };
  let importedGlobals = 0,
    sawDylink = false;
  const globalValues: (number | undefined)[] = [];
  const exportedGlobals: [string, number][] = [];
  while (!r.done) {
    const id = r.byte(),
      size = r.uleb(),
      end = r.at + size;
    if (id === SECTION.custom && r.name() === 'dylink.0') {
      sawDylink = true;
      readDylink(r, end, needs);
    } else if (id === SECTION.import) {
      for (let n = r.uleb(); n > 0; n--) if (readImportKind(r) === KIND.global) importedGlobals++;
    } else if (id === SECTION.global) {
      for (let n = r.uleb(); n > 0; n--) {
        r.byte(); // value type
        r.byte(); // mutability
        globalValues.push(readConstExpr(r));
      }
    } else if (id === SECTION.export) {
      for (let n = r.uleb(); n > 0; n--) {
        const at = r.at;
        r.skipName(); // decoded for globals only
        const kind = r.byte(),
          index = r.uleb();
        if (kind === KIND.global) exportedGlobals.push([r.nameAt(at), index]);
      }
    }
    r.at = end;
  }
  if (!sawDylink)
    throw new Error('a WASM module without a dylink.0 section (not built with -sSIDE_MODULE) cannot be loaded');
  for (const [name, index] of exportedGlobals) {
    const value = globalValues[index - importedGlobals];
    if (value !== undefined) needs.dataSymbols.set(name, value);
  }
  return needs;
}

function readDylink(r: Reader, end: number, needs: ModuleNeeds): void {
  while (r.at < end) {
    const type = r.byte(),
      size = r.uleb(),
      next = r.at + size;
    if (type === 1) {
      needs.bytes = r.uleb();
      needs.align = Math.max(2 ** r.uleb(), 16);
      needs.tableSize = r.uleb();
    }
    r.at = next;
  }
}

/** Skips one import entry; returns its kind. */
function readImportKind(r: Reader): number {
  r.skipName();
  r.skipName();
  const kind = r.byte();
  if (kind === KIND.function) r.uleb();
  else if (kind === KIND.table) {
    r.byte();
    readLimits(r);
  } else if (kind === KIND.memory) readLimits(r);
  else {
    r.byte();
    r.byte();
  }
  return kind;
}

function readLimits(r: Reader): void {
  const flags = r.byte();
  r.uleb();
  if (flags & 1) r.uleb();
}

/** An initializer `i32.const N; end` gives N; any other initializer gives undefined (skipped to its end). */
function readConstExpr(r: Reader): number | undefined {
  const op = r.byte();
  if (op === I32_CONST) {
    const value = r.sleb();
    if (r.byte() === END) return value;
  }
  while (r.byte() !== END) {
    /* an initializer this loader does not need */
  }
  return undefined;
}

/** One decoder for every name read (made at the first). */
let utf8: InstanceType<typeof TextDecoder> | undefined;

class Reader {
  constructor(
    private readonly b: Uint8Array,
    public at: number,
  ) {}

  get done(): boolean {
    return this.at >= this.b.length;
  }

  byte(): number {
    if (this.at >= this.b.length) throw new Error('a WASM module ends in the middle of a section');
    return this.b[this.at++];
  }

  uleb(): number {
    let value = 0,
      scale = 1,
      byte: number;
    do {
      byte = this.byte();
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80);
    return value;
  }

  sleb(): number {
    let value = 0,
      scale = 1,
      byte: number;
    do {
      byte = this.byte();
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80);
    return byte & 0x40 ? value - scale : value;
  }

  name(): string {
    const n = this.uleb();
    const s = (utf8 ??= new TextDecoder()).decode(this.b.subarray(this.at, this.at + n));
    this.at += n;
    return s;
  }

  skipName(): void {
    const n = this.uleb();
    this.at += n;
  }

  /** The name at `at`, read without moving on. */
  nameAt(at: number): string {
    const here = this.at;
    this.at = at;
    const s = this.name();
    this.at = here;
    return s;
  }
}
