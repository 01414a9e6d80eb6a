// Test double of libcuda: the CUDA driver API's C signatures over host memory, running host-compiled kernels (native/cuda/host/tj_cuda_host.h); tests only.
//
// Device pointers are host addresses (256-byte aligned), so host-compiled kernels use them
// directly. Modules are images `TJHOST:<absolute path of a shared library>` whose functions are
// its `tj_host_launch_<name>` exports; launches and async calls run synchronously. For tests it
// also exports tj_fake_calls (a log of calls since tj_fake_reset), tj_fake_fail (error injection),
// tj_fake_bytes_allocated, tj_fake_host_bytes, tj_fake_launches and tj_fake_shutdown (back to the
// state after loading). A copy from the device into pinned host memory (cuMemAllocHost) is the one
// thing not done at once: its bytes land when an event recorded after it is waited for (or the
// stream synchronizes), and until then the destination reads as 0xff bytes, so a test sees any
// read that did not wait.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int CUresult;
typedef int CUdevice;
typedef struct FakeCtx* CUcontext;
typedef struct FakeModule* CUmodule;
typedef struct FakeFunction* CUfunction;
typedef struct FakeStream* CUstream;
typedef unsigned long long CUdeviceptr;
typedef int (*Launcher)(unsigned, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned, void**);

#define EXPORT __attribute__((visibility("default")))
enum {
  SUCCESS = 0,
  INVALID_VALUE = 1,
  OUT_OF_MEMORY = 2,
  NOT_INITIALIZED = 3,
  NO_DEVICE = 100,
  INVALID_DEVICE = 101,
  INVALID_IMAGE = 200,
  INVALID_CONTEXT = 201,
  INVALID_HANDLE = 400,
  NOT_FOUND = 500,
  ILLEGAL_ADDRESS = 700,
  LAUNCH_OUT_OF_RESOURCES = 701,
  LAUNCH_FAILED = 719,
};
static const unsigned long long TOTAL_MEM = 8ULL << 30;

struct FakeCtx {
  int retained;
};
/* A launch recorded by stream capture; kernelParams is kept as given, not copied: the double
   cannot know the arguments' sizes, and the caller (jit/backends/cuda/loader.ts) keeps them fixed. */
struct Node {
  struct FakeFunction* fn;
  unsigned grid[3], block[3], shared;
  void** params;
};
struct FakeGraph {
  struct Node* nodes;
  int count, cap;
};
struct FakeStream {
  struct FakeStream* next;
  struct FakeGraph* capturing;
};
struct FakeFunction {
  struct FakeFunction* next;
  Launcher launch;
  char name[128];
};
struct FakeModule {
  struct FakeModule* next;
  void* dl;
  struct FakeFunction* functions;
};
struct Alloc {
  struct Alloc* next;
  char* ptr;
  size_t bytes;
};
struct Failure {
  struct Failure* next;
  char call[64];
  int code, after;
};

static int initialized;
static struct FakeCtx primary;
static CUcontext current;
static struct FakeStream* streams;
static struct FakeModule* modules;
static struct Alloc* allocs;
static struct Failure* failures;
static long long allocated;
static struct Alloc* hostAllocs;
static long long hostAllocated;
/* A copy into pinned memory queued until an event after it is waited for: `seq` orders it. */
struct Landing {
  struct Landing* next;
  char* dst;
  char* data;
  size_t n;
  long long seq;
};
static struct Landing *landings, **landingsEnd = &landings;
static long long queued; /* operations queued on the stream so far (an event records this count) */
struct FakeEvent {
  struct FakeEvent* next;
  long long seq;
};
static struct FakeEvent* events;
static int launches;
static char* calls;
static size_t callsLen, callsCap;

// ---- the call log and error injection --------------------------------------------------------

static void logf_(const char* fmt, ...) {
  char line[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(line, sizeof line - 1, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n > sizeof line - 2) n = sizeof line - 2;
  line[n++] = '\n';
  if (callsLen + n + 1 > callsCap) {
    size_t cap = callsCap ? callsCap * 2 : 4096;
    while (cap < callsLen + n + 1) cap *= 2;
    char* c = realloc(calls, cap);
    if (!c) return;
    calls = c, callsCap = cap;
  }
  memcpy(calls + callsLen, line, n);
  callsLen += n;
  calls[callsLen] = 0;
}

// The injected code for this call of `name`, or 0.
static int injected(const char* name) {
  for (struct Failure **p = &failures, *f; (f = *p); p = &f->next) {
    if (strcmp(f->call, name) != 0) continue;
    if (f->after-- > 0) return 0;
    int code = f->code;
    *p = f->next;
    free(f);
    return code;
  }
  return 0;
}

// Every entry point logs its call ("name details"), then answers an injected failure, then
// checks that cuInit was called.
static CUresult enter(const char* name, const char* fmt, ...) {
  char details[256] = "";
  if (fmt) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(details, sizeof details, fmt, ap);
    va_end(ap);
  }
  logf_("%s%s%s", name, *details ? " " : "", details);
  int code = injected(name);
  if (code) return code;
  return initialized || !strcmp(name, "cuInit") || !strcmp(name, "cuDriverGetVersion") ? SUCCESS : NOT_INITIALIZED;
}
#define ENTER(...)                     \
  do {                                 \
    CUresult rc_ = enter(__VA_ARGS__); \
    if (rc_) return rc_;               \
  } while (0)
#define NEED_CTX() \
  if (!current) return INVALID_CONTEXT
#define NEED_DEVICE(d) \
  if ((d) != 0) return INVALID_DEVICE

EXPORT const char* tj_fake_calls(void) { return calls ? calls : ""; }
EXPORT void tj_fake_reset(void) {
  callsLen = 0;
  if (calls) calls[0] = 0;
  launches = 0;
  while (failures) {
    struct Failure* f = failures;
    failures = f->next;
    free(f);
  }
}
EXPORT void tj_fake_fail(const char* call, int code, int after) {
  struct Failure* f = calloc(1, sizeof *f);
  if (!f) return;
  snprintf(f->call, sizeof f->call, "%s", call);
  f->code = code, f->after = after;
  // Appended, so that several failures of one call fire in the order they were asked for.
  struct Failure** p = &failures;
  while (*p) p = &(*p)->next;
  *p = f;
}
EXPORT long long tj_fake_bytes_allocated(void) { return allocated; }
EXPORT long long tj_fake_host_bytes(void) { return hostAllocated; }
EXPORT int tj_fake_launches(void) { return launches; }

// ---- errors ---------------------------------------------------------------------------------

static const struct {
  int code;
  const char *name, *text;
} ERRORS[] = {
    {SUCCESS, "CUDA_SUCCESS", "no error"},
    {INVALID_VALUE, "CUDA_ERROR_INVALID_VALUE", "invalid argument"},
    {OUT_OF_MEMORY, "CUDA_ERROR_OUT_OF_MEMORY", "out of memory"},
    {NOT_INITIALIZED, "CUDA_ERROR_NOT_INITIALIZED", "initialization error"},
    {NO_DEVICE, "CUDA_ERROR_NO_DEVICE", "no CUDA-capable device is detected"},
    {INVALID_DEVICE, "CUDA_ERROR_INVALID_DEVICE", "invalid device ordinal"},
    {INVALID_IMAGE, "CUDA_ERROR_INVALID_IMAGE", "device kernel image is invalid"},
    {INVALID_CONTEXT, "CUDA_ERROR_INVALID_CONTEXT", "invalid device context"},
    {INVALID_HANDLE, "CUDA_ERROR_INVALID_HANDLE", "invalid resource handle"},
    {NOT_FOUND, "CUDA_ERROR_NOT_FOUND", "named symbol not found"},
    {ILLEGAL_ADDRESS, "CUDA_ERROR_ILLEGAL_ADDRESS", "an illegal memory access was encountered"},
    {LAUNCH_OUT_OF_RESOURCES, "CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES", "too many resources requested for launch"},
    {LAUNCH_FAILED, "CUDA_ERROR_LAUNCH_FAILED", "unspecified launch failure"},
    {900, "CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED", "operation not permitted when stream is capturing"},
};

static CUresult describe(CUresult error, const char** pStr, int name) {
  for (size_t i = 0; i < sizeof ERRORS / sizeof ERRORS[0]; i++)
    if (ERRORS[i].code == error) {
      if (pStr) *pStr = name ? ERRORS[i].name : ERRORS[i].text;
      return SUCCESS;
    }
  if (pStr) *pStr = NULL;
  return INVALID_VALUE;
}
EXPORT CUresult cuGetErrorName(CUresult error, const char** pStr) { return describe(error, pStr, 1); }
EXPORT CUresult cuGetErrorString(CUresult error, const char** pStr) { return describe(error, pStr, 0); }

// ---- initialization, device, context, streams -------------------------------------------------

EXPORT CUresult cuInit(unsigned int flags) {
  ENTER("cuInit", NULL);
  if (flags != 0) return INVALID_VALUE;
  initialized = 1;
  return SUCCESS;
}
EXPORT CUresult cuDriverGetVersion(int* version) {
  ENTER("cuDriverGetVersion", NULL);
  if (!version) return INVALID_VALUE;
  *version = 13000;
  return SUCCESS;
}
EXPORT CUresult cuDeviceGetCount(int* count) {
  ENTER("cuDeviceGetCount", NULL);
  if (!count) return INVALID_VALUE;
  *count = 1;
  return SUCCESS;
}
EXPORT CUresult cuDeviceGet(CUdevice* device, int ordinal) {
  ENTER("cuDeviceGet", NULL);
  if (!device) return INVALID_VALUE;
  NEED_DEVICE(ordinal);
  *device = 0;
  return SUCCESS;
}
EXPORT CUresult cuDeviceGetName(char* name, int len, CUdevice dev) {
  ENTER("cuDeviceGetName", NULL);
  if (!name || len <= 0) return INVALID_VALUE;
  NEED_DEVICE(dev);
  snprintf(name, (size_t)len, "%s", "tensorjit fake CUDA device");
  return SUCCESS;
}
EXPORT CUresult cuDeviceGetAttribute(int* pi, int attrib, CUdevice dev) {
  ENTER("cuDeviceGetAttribute", "%d", attrib);
  if (!pi) return INVALID_VALUE;
  NEED_DEVICE(dev);
  *pi = attrib == 75 ? 8 : attrib == 76 ? 0 : attrib == 16 ? 4 : attrib == 1 ? 1024 : 0;
  return SUCCESS;
}
EXPORT CUresult cuDeviceTotalMem_v2(size_t* bytes, CUdevice dev) {
  ENTER("cuDeviceTotalMem_v2", NULL);
  if (!bytes) return INVALID_VALUE;
  NEED_DEVICE(dev);
  *bytes = TOTAL_MEM;
  return SUCCESS;
}
EXPORT CUresult cuDevicePrimaryCtxRetain(CUcontext* pctx, CUdevice dev) {
  ENTER("cuDevicePrimaryCtxRetain", NULL);
  if (!pctx) return INVALID_VALUE;
  NEED_DEVICE(dev);
  primary.retained++;
  *pctx = &primary;
  return SUCCESS;
}
EXPORT CUresult cuDevicePrimaryCtxRelease_v2(CUdevice dev) {
  ENTER("cuDevicePrimaryCtxRelease_v2", NULL);
  NEED_DEVICE(dev);
  if (primary.retained <= 0) return INVALID_CONTEXT;
  if (--primary.retained == 0 && current == &primary) current = NULL;
  return SUCCESS;
}
EXPORT CUresult cuCtxSetCurrent(CUcontext ctx) {
  ENTER("cuCtxSetCurrent", NULL);
  if (ctx && (ctx != &primary || primary.retained <= 0)) return INVALID_CONTEXT;
  current = ctx;
  return SUCCESS;
}
// Lands the queued pinned copies up to `seq` (all of them for -1), in the order they were queued.
static void land(long long seq) {
  while (landings && (seq < 0 || landings->seq <= seq)) {
    struct Landing* l = landings;
    memcpy(l->dst, l->data, l->n);
    landings = l->next;
    free(l->data);
    free(l);
  }
  if (!landings) landingsEnd = &landings;
}

EXPORT CUresult cuCtxSynchronize(void) {
  ENTER("cuCtxSynchronize", NULL);
  NEED_CTX();
  land(-1);
  return SUCCESS;
}

static int liveStream(CUstream s) {
  if (!s) return 1;  // the default stream
  for (struct FakeStream* p = streams; p; p = p->next)
    if (p == s) return 1;
  return 0;
}
EXPORT CUresult cuStreamCreate(CUstream* phStream, unsigned int flags) {
  ENTER("cuStreamCreate", NULL);
  NEED_CTX();
  if (!phStream || flags > 1) return INVALID_VALUE;
  struct FakeStream* s = calloc(1, sizeof *s);
  if (!s) return OUT_OF_MEMORY;
  s->next = streams, streams = s;
  *phStream = s;
  return SUCCESS;
}
EXPORT CUresult cuStreamDestroy_v2(CUstream hStream) {
  ENTER("cuStreamDestroy_v2", NULL);
  NEED_CTX();
  for (struct FakeStream** p = &streams; *p; p = &(*p)->next)
    if (*p == hStream) {
      *p = hStream->next;
      free(hStream);
      return SUCCESS;
    }
  return INVALID_HANDLE;
}
EXPORT CUresult cuStreamSynchronize(CUstream hStream) {
  ENTER("cuStreamSynchronize", NULL);
  NEED_CTX();
  if (!liveStream(hStream)) return INVALID_HANDLE;
  land(-1);
  return SUCCESS;
}

// ---- memory ---------------------------------------------------------------------------------

EXPORT CUresult cuMemAlloc_v2(CUdeviceptr* dptr, size_t bytesize) {
  ENTER("cuMemAlloc_v2", "%zu", bytesize);
  NEED_CTX();
  if (!dptr || bytesize == 0) return INVALID_VALUE;
  if ((unsigned long long)allocated + bytesize > TOTAL_MEM) return OUT_OF_MEMORY;
  struct Alloc* a = calloc(1, sizeof *a);
  void* ptr = NULL;
  if (!a || posix_memalign(&ptr, 256, bytesize) != 0) return free(a), OUT_OF_MEMORY;
  a->ptr = ptr, a->bytes = bytesize, a->next = allocs, allocs = a;
  allocated += (long long)bytesize;
  *dptr = (CUdeviceptr)(size_t)ptr;
  return SUCCESS;
}
EXPORT CUresult cuMemFree_v2(CUdeviceptr dptr) {
  ENTER("cuMemFree_v2", NULL);
  NEED_CTX();
  for (struct Alloc** p = &allocs; *p; p = &(*p)->next)
    if ((CUdeviceptr)(size_t)(*p)->ptr == dptr) {
      struct Alloc* a = *p;
      *p = a->next;
      allocated -= (long long)a->bytes;
      free(a->ptr);
      free(a);
      return SUCCESS;
    }
  return INVALID_VALUE;
}
EXPORT CUresult cuMemGetInfo_v2(size_t* free_, size_t* total) {
  ENTER("cuMemGetInfo_v2", NULL);
  NEED_CTX();
  if (!free_ || !total) return INVALID_VALUE;
  *free_ = TOTAL_MEM - (unsigned long long)allocated;
  *total = TOTAL_MEM;
  return SUCCESS;
}

EXPORT CUresult cuMemAllocHost_v2(void** pp, size_t bytesize) {
  ENTER("cuMemAllocHost_v2", "%zu", bytesize);
  NEED_CTX();
  if (!pp || bytesize == 0) return INVALID_VALUE;
  struct Alloc* a = calloc(1, sizeof *a);
  void* ptr = NULL;
  if (!a || posix_memalign(&ptr, 4096, bytesize) != 0) return free(a), OUT_OF_MEMORY;
  a->ptr = ptr, a->bytes = bytesize, a->next = hostAllocs, hostAllocs = a;
  hostAllocated += (long long)bytesize;
  *pp = ptr;
  return SUCCESS;
}
EXPORT CUresult cuMemFreeHost(void* p) {
  ENTER("cuMemFreeHost", NULL);
  NEED_CTX();
  land(-1); /* nothing may land in freed memory */
  for (struct Alloc** q = &hostAllocs; *q; q = &(*q)->next)
    if ((*q)->ptr == p) {
      struct Alloc* a = *q;
      *q = a->next;
      hostAllocated -= (long long)a->bytes;
      free(a->ptr);
      free(a);
      return SUCCESS;
    }
  return INVALID_VALUE;
}
// Whether [p, p + n) lies inside one pinned allocation.
static int pinned(const void* p, size_t n) {
  for (struct Alloc* a = hostAllocs; a; a = a->next)
    if ((const char*)p >= a->ptr && (size_t)((const char*)p - a->ptr) <= a->bytes &&
        n <= a->bytes - (size_t)((const char*)p - a->ptr))
      return 1;
  return 0;
}

EXPORT CUresult cuEventCreate(struct FakeEvent** phEvent, unsigned int flags) {
  ENTER("cuEventCreate", NULL);
  NEED_CTX();
  if (!phEvent || flags > 7) return INVALID_VALUE;
  struct FakeEvent* e = calloc(1, sizeof *e);
  if (!e) return OUT_OF_MEMORY;
  e->seq = -2; /* not recorded: waiting for it returns at once */
  e->next = events, events = e;
  *phEvent = e;
  return SUCCESS;
}
static int liveEvent(struct FakeEvent* e) {
  for (struct FakeEvent* p = events; p; p = p->next)
    if (p == e) return 1;
  return 0;
}
EXPORT CUresult cuEventRecord(struct FakeEvent* hEvent, CUstream hStream) {
  ENTER("cuEventRecord", NULL);
  NEED_CTX();
  if (!liveEvent(hEvent) || !liveStream(hStream)) return INVALID_HANDLE;
  hEvent->seq = queued;
  return SUCCESS;
}
EXPORT CUresult cuEventSynchronize(struct FakeEvent* hEvent) {
  ENTER("cuEventSynchronize", NULL);
  NEED_CTX();
  if (!liveEvent(hEvent)) return INVALID_HANDLE;
  if (hEvent->seq >= 0) land(hEvent->seq);
  return SUCCESS;
}
EXPORT CUresult cuEventDestroy_v2(struct FakeEvent* hEvent) {
  ENTER("cuEventDestroy_v2", NULL);
  NEED_CTX();
  for (struct FakeEvent** p = &events; *p; p = &(*p)->next)
    if (*p == hEvent) {
      *p = hEvent->next;
      free(hEvent);
      return SUCCESS;
    }
  return INVALID_HANDLE;
}

// The host address of [p, p + bytes) when it lies inside one allocation, else NULL.
static char* device(CUdeviceptr p, size_t bytes) {
  for (struct Alloc* a = allocs; a; a = a->next) {
    CUdeviceptr lo = (CUdeviceptr)(size_t)a->ptr;
    if (p >= lo && p - lo <= a->bytes && bytes <= a->bytes - (p - lo)) return (char*)(size_t)p;
  }
  return NULL;
}

static CUresult copy(const char* name, CUdeviceptr dst, const void* hostDst, CUdeviceptr src, const void* hostSrc,
                     size_t n, CUstream stream) {
  ENTER(name, "%zu", n);
  NEED_CTX();
  if (!liveStream(stream)) return INVALID_HANDLE;
  if (stream && stream->capturing) return 900; /* CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED: copies are not recorded here */
  char* to = hostDst ? (char*)hostDst : device(dst, n);
  const char* from = hostSrc ? (const char*)hostSrc : device(src, n);
  if (!to || !from) return INVALID_VALUE;
  queued++;
  if (hostDst && stream && n && pinned(hostDst, n)) {
    /* Asynchronous into pinned memory: the bytes are taken now (stream order) and land later. */
    struct Landing* l = calloc(1, sizeof *l);
    char* data = malloc(n);
    if (!l || !data) return free(l), free(data), OUT_OF_MEMORY;
    memcpy(data, from, n);
    memset(to, 0xff, n);
    *l = (struct Landing){NULL, to, data, n, queued};
    *landingsEnd = l, landingsEnd = &l->next;
    return SUCCESS;
  }
  if (n) memmove(to, from, n);
  return SUCCESS;
}
EXPORT CUresult cuMemcpyHtoD_v2(CUdeviceptr dst, const void* src, size_t n) {
  return copy("cuMemcpyHtoD_v2", dst, NULL, 0, src, n, NULL);
}
EXPORT CUresult cuMemcpyDtoH_v2(void* dst, CUdeviceptr src, size_t n) {
  return copy("cuMemcpyDtoH_v2", 0, dst, src, NULL, n, NULL);
}
EXPORT CUresult cuMemcpyDtoD_v2(CUdeviceptr dst, CUdeviceptr src, size_t n) {
  return copy("cuMemcpyDtoD_v2", dst, NULL, src, NULL, n, NULL);
}
EXPORT CUresult cuMemcpyHtoDAsync_v2(CUdeviceptr dst, const void* src, size_t n, CUstream s) {
  return copy("cuMemcpyHtoDAsync_v2", dst, NULL, 0, src, n, s);
}
EXPORT CUresult cuMemcpyDtoHAsync_v2(void* dst, CUdeviceptr src, size_t n, CUstream s) {
  return copy("cuMemcpyDtoHAsync_v2", 0, dst, src, NULL, n, s);
}
EXPORT CUresult cuMemcpyDtoDAsync_v2(CUdeviceptr dst, CUdeviceptr src, size_t n, CUstream s) {
  return copy("cuMemcpyDtoDAsync_v2", dst, NULL, src, NULL, n, s);
}

// Fills n elements of `size` bytes (1 or 4) at dst with value.
static CUresult fill(const char* name, CUdeviceptr dst, unsigned value, size_t n, size_t size, CUstream stream) {
  ENTER(name, "%zu", n * size);
  NEED_CTX();
  if (!liveStream(stream)) return INVALID_HANDLE;
  char* to = device(dst, n * size);
  if (!to || (size == 4 && dst % 4)) return INVALID_VALUE;
  if (size == 1) memset(to, (int)(value & 0xff), n);
  else
    for (size_t i = 0; i < n; i++) memcpy(to + 4 * i, &value, 4);
  return SUCCESS;
}
EXPORT CUresult cuMemsetD8_v2(CUdeviceptr dst, unsigned char v, size_t n) {
  return fill("cuMemsetD8_v2", dst, v, n, 1, NULL);
}
EXPORT CUresult cuMemsetD32_v2(CUdeviceptr dst, unsigned int v, size_t n) {
  return fill("cuMemsetD32_v2", dst, v, n, 4, NULL);
}
EXPORT CUresult cuMemsetD8Async(CUdeviceptr dst, unsigned char v, size_t n, CUstream s) {
  return fill("cuMemsetD8Async", dst, v, n, 1, s);
}
EXPORT CUresult cuMemsetD32Async(CUdeviceptr dst, unsigned int v, size_t n, CUstream s) {
  return fill("cuMemsetD32Async", dst, v, n, 4, s);
}

// ---- modules and launches -------------------------------------------------------------------

EXPORT CUresult cuModuleLoadData(CUmodule* module, const void* image) {
  ENTER("cuModuleLoadData", NULL);
  NEED_CTX();
  if (!module || !image) return INVALID_VALUE;
  const char* text = image;
  if (strncmp(text, "TJHOST:/", 8) != 0) return INVALID_IMAGE;
  struct FakeModule* m = calloc(1, sizeof *m);
  if (!m) return OUT_OF_MEMORY;
  m->dl = dlopen(text + 7, RTLD_NOW | RTLD_LOCAL);
  if (!m->dl) {
    fprintf(stderr, "fake_cuda: cuModuleLoadData: %s\n", dlerror());
    free(m);
    return INVALID_IMAGE;
  }
  m->next = modules, modules = m;
  *module = m;
  return SUCCESS;
}
EXPORT CUresult cuModuleUnload(CUmodule hmod) {
  ENTER("cuModuleUnload", NULL);
  NEED_CTX();
  for (struct FakeModule** p = &modules; *p; p = &(*p)->next)
    if (*p == hmod) {
      *p = hmod->next;
      while (hmod->functions) {
        struct FakeFunction* f = hmod->functions;
        hmod->functions = f->next;
        free(f);
      }
      dlclose(hmod->dl);
      free(hmod);
      return SUCCESS;
    }
  return INVALID_HANDLE;
}
static struct FakeModule* liveModule(CUmodule h) {
  for (struct FakeModule* m = modules; m; m = m->next)
    if (m == h) return m;
  return NULL;
}
EXPORT CUresult cuModuleGetFunction(CUfunction* hfunc, CUmodule hmod, const char* name) {
  ENTER("cuModuleGetFunction", "%s", name ? name : "(null)");
  NEED_CTX();
  if (!hfunc || !name || strlen(name) >= sizeof((struct FakeFunction*)0)->name) return INVALID_VALUE;
  struct FakeModule* m = liveModule(hmod);
  if (!m) return INVALID_HANDLE;
  char symbol[160];
  snprintf(symbol, sizeof symbol, "tj_host_launch_%s", name);
  Launcher launch = (Launcher)dlsym(m->dl, symbol);
  if (!launch) return NOT_FOUND;
  struct FakeFunction* f = calloc(1, sizeof *f);
  if (!f) return OUT_OF_MEMORY;
  f->launch = launch;
  snprintf(f->name, sizeof f->name, "%s", name);
  f->next = m->functions, m->functions = f;
  *hfunc = f;
  return SUCCESS;
}
static struct FakeFunction* liveFunction(CUfunction h) {
  for (struct FakeModule* m = modules; m; m = m->next)
    for (struct FakeFunction* f = m->functions; f; f = f->next)
      if (f == h) return f;
  return NULL;
}
EXPORT CUresult cuLaunchKernel(CUfunction f, unsigned int gridDimX, unsigned int gridDimY, unsigned int gridDimZ,
                               unsigned int blockDimX, unsigned int blockDimY, unsigned int blockDimZ,
                               unsigned int sharedMemBytes, CUstream hStream, void** kernelParams, void** extra) {
  struct FakeFunction* fn = liveFunction(f);
  ENTER("cuLaunchKernel", "%s grid=%ux%ux%u block=%ux%ux%u", fn ? fn->name : "(invalid)", gridDimX, gridDimY,
        gridDimZ, blockDimX, blockDimY, blockDimZ);
  NEED_CTX();
  if (!fn || !liveStream(hStream)) return INVALID_HANDLE;
  if (extra) return INVALID_VALUE;
  struct FakeGraph* g = hStream ? hStream->capturing : NULL;
  if (g) {
    if (g->count == g->cap) {
      struct Node* grown = realloc(g->nodes, (g->cap = g->cap ? 2 * g->cap : 16) * sizeof *grown);
      if (!grown) return OUT_OF_MEMORY;
      g->nodes = grown;
    }
    g->nodes[g->count++] = (struct Node){fn, {gridDimX, gridDimY, gridDimZ}, {blockDimX, blockDimY, blockDimZ},
                                         sharedMemBytes, kernelParams};
    return SUCCESS;
  }
  launches++;
  return fn->launch(gridDimX, gridDimY, gridDimZ, blockDimX, blockDimY, blockDimZ, sharedMemBytes, kernelParams);
}

// For tests: back to the state just after loading (not initialized, nothing allocated or loaded),
// so that a test does not depend on what earlier tests in the same process did with the fake.
EXPORT void tj_fake_shutdown(void) {
  tj_fake_reset();  // no injected failures: the calls below must succeed
  initialized = 1, current = &primary;
  while (modules) cuModuleUnload(modules);
  while (streams) cuStreamDestroy_v2(streams);
  while (allocs) cuMemFree_v2((CUdeviceptr)(size_t)allocs->ptr);
  while (hostAllocs) cuMemFreeHost(hostAllocs->ptr);
  while (events) cuEventDestroy_v2(events);
  queued = 0;
  primary.retained = 0;
  current = NULL;
  initialized = 0;
  tj_fake_reset();
}

// Stream capture and graphs: launches on a capturing stream are recorded, and a graph's launch
// runs them in order (only kernel launches; a copy during capture is an error here).
EXPORT CUresult cuStreamBeginCapture_v2(CUstream hStream, int mode) {
  ENTER("cuStreamBeginCapture_v2", NULL);
  NEED_CTX();
  if (!hStream || !liveStream(hStream) || hStream->capturing || mode < 0 || mode > 2) return INVALID_VALUE;
  hStream->capturing = calloc(1, sizeof(struct FakeGraph));
  return hStream->capturing ? SUCCESS : OUT_OF_MEMORY;
}
EXPORT CUresult cuStreamEndCapture(CUstream hStream, struct FakeGraph** phGraph) {
  ENTER("cuStreamEndCapture", NULL);
  NEED_CTX();
  if (!hStream || !liveStream(hStream) || !hStream->capturing || !phGraph) return INVALID_VALUE;
  *phGraph = hStream->capturing;
  hStream->capturing = NULL;
  return SUCCESS;
}
static struct FakeGraph* cloneGraph(const struct FakeGraph* g) {
  struct FakeGraph* c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->count = c->cap = g->count;
  c->nodes = malloc((g->count ? g->count : 1) * sizeof *c->nodes);
  if (!c->nodes) return free(c), NULL;
  memcpy(c->nodes, g->nodes, g->count * sizeof *c->nodes);
  return c;
}
static void freeGraph(struct FakeGraph* g) {
  if (g) free(g->nodes), free(g);
}
EXPORT CUresult cuGraphInstantiateWithFlags(struct FakeGraph** phExec, struct FakeGraph* hGraph,
                                            unsigned long long flags) {
  ENTER("cuGraphInstantiateWithFlags", NULL);
  NEED_CTX();
  if (!phExec || !hGraph || flags) return INVALID_VALUE;
  return (*phExec = cloneGraph(hGraph)) ? SUCCESS : OUT_OF_MEMORY;
}
EXPORT CUresult cuGraphLaunch(struct FakeGraph* hExec, CUstream hStream) {
  ENTER("cuGraphLaunch", "%d nodes", hExec ? hExec->count : 0);
  NEED_CTX();
  if (!hExec || !liveStream(hStream)) return INVALID_HANDLE;
  for (int i = 0; i < hExec->count; i++) {
    struct Node* n = &hExec->nodes[i];
    if (!liveFunction(n->fn)) return INVALID_HANDLE;
    launches++;
    CUresult r = n->fn->launch(n->grid[0], n->grid[1], n->grid[2], n->block[0], n->block[1], n->block[2], n->shared,
                               n->params);
    if (r != SUCCESS) return r;
  }
  return SUCCESS;
}
EXPORT CUresult cuGraphExecDestroy(struct FakeGraph* hExec) {
  ENTER("cuGraphExecDestroy", NULL);
  freeGraph(hExec);
  return SUCCESS;
}
EXPORT CUresult cuGraphDestroy(struct FakeGraph* hGraph) {
  ENTER("cuGraphDestroy", NULL);
  freeGraph(hGraph);
  return SUCCESS;
}
