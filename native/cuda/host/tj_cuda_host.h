// Test double: lets a CUDA kernel source compile as host C++17 (g++/clang++) and run its grid on the CPU, for tests only.
//
// Include it before the kernel source (`g++ -std=c++17 -shared -fPIC -include tj_cuda_host.h -x c++`).
// After its kernels a source lists each one, inside `#ifdef TJ_CUDA_HOST`, as
//   TJ_HOST_KERNEL(name)       no __syncthreads: the threads of a block run as a plain loop;
//   TJ_HOST_KERNEL_SYNC(name)  calls __syncthreads: each thread of a block runs as a fiber, and
//                              __syncthreads() hands control back to the block's scheduler.
// Each defines `extern "C" int tj_host_launch_<name>(gx, gy, gz, bx, by, bz, sharedBytes, params)`,
// `params` as cuLaunchKernel's kernelParams (params[i] points at the i-th argument's value). It runs
// the whole grid on the calling thread, blocks one after another, and returns 0, or a CUresult:
// 1 (CUDA_ERROR_INVALID_VALUE) for a bad grid or block shape, 719 (CUDA_ERROR_LAUNCH_FAILED) when
// some threads of a block left the kernel while others waited at a __syncthreads (divergent
// barrier: undefined behaviour on a GPU). `__shared__` variables are `static`: one OS thread runs
// the blocks in turn, so launches must not run concurrently from several threads. sharedBytes is
// accepted and ignored (there is no `extern __shared__` dynamic shared memory).
#pragma once
#define TJ_CUDA_HOST 1

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <cmath>
#include <tuple>
#include <type_traits>
#include <utility>
// Fibers switch stacks with a few instructions on x86-64, elsewhere (or with TJ_HOST_UCONTEXT) with swapcontext.
#if defined(__x86_64__) && !defined(TJ_HOST_UCONTEXT)
#define TJ_HOST_FAST_SWITCH 1
#else
#include <ucontext.h>
#endif

// Everything below stays inside each shared library (hidden): otherwise g++ exports the inline
// variables as process-wide unique symbols that every loaded kernel library would share, and that
// make a library impossible to unload.
#pragma GCC visibility push(hidden)

#define __global__
#define __device__
#define __host__
#define __forceinline__ inline __attribute__((always_inline))
#define __noinline__ __attribute__((noinline))
#define __shared__ static
#define __constant__
#define __launch_bounds__(...)
#define __align__(n) __attribute__((aligned(n)))

struct uint3 {
  unsigned int x, y, z;
};
struct dim3 {
  unsigned int x = 1, y = 1, z = 1;
};
inline uint3 threadIdx, blockIdx;
inline dim3 blockDim, gridDim;

// ---- bit casts, math and integer helpers that CUDA has built in -------------------------------
template <class To, class From>
__forceinline__ To tj_bits(From v) {
  static_assert(sizeof(To) == sizeof(From), "tj_bits: sizes differ");
  To t;
  memcpy(&t, &v, sizeof t);
  return t;
}
__forceinline__ float __int_as_float(int v) { return tj_bits<float>(v); }
__forceinline__ int __float_as_int(float v) { return tj_bits<int>(v); }
__forceinline__ unsigned int __float_as_uint(float v) { return tj_bits<unsigned int>(v); }
__forceinline__ float __uint_as_float(unsigned int v) { return tj_bits<float>(v); }
__forceinline__ double __longlong_as_double(long long v) { return tj_bits<double>(v); }
__forceinline__ long long __double_as_longlong(double v) { return tj_bits<long long>(v); }

__forceinline__ float rsqrtf(float x) { return 1.0f / sqrtf(x); }
// The rounded double operations CUDA never fuses into FMAs; the host compiles without FMA (x86-64's baseline).
__forceinline__ double __dmul_rn(double a, double b) { return a * b; }
__forceinline__ double __dadd_rn(double a, double b) { return a + b; }
__forceinline__ double __dsqrt_rn(double x) { return sqrt(x); }
__forceinline__ int __clz(int x) { return x == 0 ? 32 : __builtin_clz((unsigned)x); }
__forceinline__ double rsqrt(double x) { return 1.0 / sqrt(x); }
__forceinline__ float __expf(float x) { return expf(x); }
__forceinline__ float __logf(float x) { return logf(x); }
__forceinline__ float __sinf(float x) { return sinf(x); }
__forceinline__ float __cosf(float x) { return cosf(x); }
__forceinline__ float __powf(float x, float y) { return powf(x, y); }
__forceinline__ float __fdividef(float x, float y) { return x / y; }
__forceinline__ float __saturatef(float x) { return x < 0.0f ? 0.0f : x > 1.0f ? 1.0f : x == x ? x : 0.0f; }
template <class T>
__forceinline__ T __ldg(const T* p) { return *p; }
__forceinline__ void __threadfence() {}

// CUDA's min/max overloads: the result has the arguments' common type (int with unsigned: unsigned).
template <class A, class B, class = std::enable_if_t<std::is_arithmetic_v<A> && std::is_arithmetic_v<B>>>
__forceinline__ std::common_type_t<A, B> min(A a, B b) {
  using T = std::common_type_t<A, B>;
  return T(b) < T(a) ? T(b) : T(a);
}
template <class A, class B, class = std::enable_if_t<std::is_arithmetic_v<A> && std::is_arithmetic_v<B>>>
__forceinline__ std::common_type_t<A, B> max(A a, B b) {
  using T = std::common_type_t<A, B>;
  return T(a) < T(b) ? T(b) : T(a);
}

// ---- atomics: the CPU run is sequential, so a plain read-modify-write is atomic enough ---------
template <class T>
__forceinline__ T atomicAdd(T* p, T v) {
  T old = *p;
  *p = old + v;
  return old;
}
template <class T>
__forceinline__ T atomicSub(T* p, T v) {
  T old = *p;
  *p = old - v;
  return old;
}
template <class T>
__forceinline__ T atomicMax(T* p, T v) {
  T old = *p;
  *p = old < v ? v : old;
  return old;
}
template <class T>
__forceinline__ T atomicMin(T* p, T v) {
  T old = *p;
  *p = v < old ? v : old;
  return old;
}
template <class T>
__forceinline__ T atomicExch(T* p, T v) {
  T old = *p;
  *p = v;
  return old;
}
template <class T>
__forceinline__ T atomicCAS(T* p, T expected, T v) {
  T old = *p;
  if (old == expected) *p = v;
  return old;
}

// ---- the launcher -----------------------------------------------------------------------------
namespace tj_host {

constexpr size_t kStackBytes = 64 << 10, kGuardBytes = 4096;

// One fiber per thread of a block. `sp` is its saved stack pointer (x86-64) or context.
struct Fiber {
#ifdef TJ_HOST_FAST_SWITCH
  void* sp;
#else
  ucontext_t uc;
#endif
  char* stack;
  uint3 tid;
  bool started, done;
};

// The state of the launch in progress (one per shared library, used by one OS thread at a time).
struct State {
  const char* kernel = nullptr;  // name of the kernel being launched
  Fiber* fibers = nullptr;       // the pool, stacks kept from one launch to the next
  unsigned capacity = 0;
  Fiber* current = nullptr;  // the fiber running now; null outside fibers
#ifdef TJ_HOST_FAST_SWITCH
  void* schedulerSp = nullptr;
#else
  ucontext_t scheduler;
#endif
  void (*body)(void*) = nullptr;  // runs the kernel once for the current threadIdx
  void* args = nullptr;
  int predicateSum = 0, predicateResult = 0;  // for __syncthreads_count/and/or
};
inline State state;

#ifdef TJ_HOST_FAST_SWITCH
// Saves the callee-saved registers and the stack pointer in *save, then resumes the stack `next`.
__attribute__((naked, noinline)) static void switchStack(void** /*save*/, void* /*next*/) {
  __asm__ volatile(
      "pushq %rbp\n\tpushq %rbx\n\tpushq %r12\n\tpushq %r13\n\tpushq %r14\n\tpushq %r15\n\t"
      "movq %rsp, (%rdi)\n\tmovq %rsi, %rsp\n\t"
      "popq %r15\n\tpopq %r14\n\tpopq %r13\n\tpopq %r12\n\tpopq %rbx\n\tpopq %rbp\n\tret\n\t");
}
inline void toScheduler(Fiber* f) { switchStack(&f->sp, state.schedulerSp); }
inline void toFiber(Fiber* f) { switchStack(&state.schedulerSp, f->sp); }
#else
inline void toScheduler(Fiber* f) { swapcontext(&f->uc, &state.scheduler); }
inline void toFiber(Fiber* f) { swapcontext(&state.scheduler, &f->uc); }
#endif

// A fiber's whole life: run one thread of a block, report done, wait to be started for the next block.
[[noreturn]] inline void fiberMain() {
  for (;;) {
    Fiber* f = state.current;
    state.body(state.args);
    f->done = true;
    toScheduler(f);
  }
}

inline void prepare(Fiber* f) {
#ifdef TJ_HOST_FAST_SWITCH
  // Stack for switchStack's first return: 6 saved registers, fiberMain as the return address,
  // then a fake return address for fiberMain so that its frame is aligned as after a call.
  // Stack tops are staggered by a multiple of 64 bytes: tops 68 KiB apart would all share a few cache sets.
  size_t color = (size_t(f - state.fibers) % 64) * 64;
  void** top = reinterpret_cast<void**>(f->stack + kStackBytes - color);
  *--top = nullptr;
  *--top = reinterpret_cast<void*>(&fiberMain);
  for (int i = 0; i < 6; i++) *--top = nullptr;
  f->sp = top;
#else
  getcontext(&f->uc);
  f->uc.uc_stack.ss_sp = f->stack;
  f->uc.uc_stack.ss_size = kStackBytes;
  f->uc.uc_link = nullptr;
  makecontext(&f->uc, reinterpret_cast<void (*)()>(&fiberMain), 0);
#endif
}

// Makes sure the pool has n fibers, each with a 64 KiB stack below a guard page.
inline bool reserve(unsigned n) {
  if (n <= state.capacity) return true;
  Fiber* fibers = static_cast<Fiber*>(realloc(state.fibers, n * sizeof(Fiber)));
  if (!fibers) return false;
  state.fibers = fibers;
  for (unsigned i = 0; i < state.capacity; i++) fibers[i].started = false;  // a moved context is not reused
  for (unsigned i = state.capacity; i < n; i++) {
    fibers[i].started = false;
    void* m = mmap(nullptr, kGuardBytes + kStackBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return false;
    mprotect(m, kGuardBytes, PROT_NONE);
    fibers[i].stack = static_cast<char*>(m) + kGuardBytes;
    state.capacity = i + 1;
  }
  return true;
}

// Runs the current block's n threads as fibers until all have returned; 0, or 719 for a divergent barrier.
inline int runBlock(unsigned n) {
  for (unsigned i = 0; i < n; i++) {
    Fiber* f = &state.fibers[i];
    f->tid = {i % blockDim.x, i / blockDim.x % blockDim.y, i / (blockDim.x * blockDim.y)};
    f->done = false;
    if (!f->started) prepare(f), f->started = true;
  }
  for (unsigned alive = n; alive > 0;) {
    unsigned finished = 0;
    for (unsigned i = 0; i < n; i++) {
      Fiber* f = &state.fibers[i];
      if (f->done) continue;
      state.current = f;
      threadIdx = f->tid;
      toFiber(f);
      finished += f->done;
    }
    state.current = nullptr;
    if (finished != 0 && finished != alive) {
      fprintf(stderr,
              "tj_cuda_host: kernel %s, block (%u,%u,%u): %u of %u threads returned while the others waited at "
              "__syncthreads() (a barrier every thread of a block must reach)\n",
              state.kernel, blockIdx.x, blockIdx.y, blockIdx.z, finished, alive);
      // The waiting fibers are abandoned mid-kernel: start every fiber afresh next time.
      for (unsigned i = 0; i < n; i++) state.fibers[i].started = false;
      return 719;
    }
    alive -= finished;
    state.predicateResult = state.predicateSum;
    state.predicateSum = 0;
  }
  return 0;
}

// The kernel's parameter types, decayed, as a tuple that holds one launch's argument values.
template <class F>
struct Signature;
template <class... A>
struct Signature<void (*)(A...)> {
  using Args = std::tuple<std::decay_t<A>...>;
};
template <class Args, size_t... I>
Args unpack(void** params, std::index_sequence<I...>) {
  return Args{*static_cast<std::tuple_element_t<I, Args>*>(params[I])...};
}

template <auto K, bool Sync>
int launch(const char* name, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
           void** params) {
  using Args = typename Signature<decltype(K)>::Args;
  constexpr size_t arity = std::tuple_size_v<Args>;
  if (!gx || !gy || !gz || !bx || !by || !bz || gy > 65535 || gz > 65535 || bz > 64) return 1;
  if (uint64_t(bx) * by * bz > 1024 || (arity > 0 && !params)) return 1;
  Args args = unpack<Args>(params, std::make_index_sequence<arity>{});
  state.kernel = name;
  gridDim = {gx, gy, gz};
  blockDim = {bx, by, bz};
  const unsigned n = bx * by * bz;
  if constexpr (Sync) {
    if (!reserve(n)) return 2;
    state.body = [](void* a) { std::apply(K, *static_cast<Args*>(a)); };
    state.args = &args;
  }
  for (unsigned z = 0; z < gz; z++)
    for (unsigned y = 0; y < gy; y++)
      for (unsigned x = 0; x < gx; x++) {
        blockIdx = {x, y, z};
        if constexpr (Sync) {
          if (int rc = runBlock(n)) return rc;
        } else {
          for (unsigned tz = 0; tz < bz; tz++)
            for (unsigned ty = 0; ty < by; ty++)
              for (unsigned tx = 0; tx < bx; tx++) {
                threadIdx = {tx, ty, tz};
                std::apply(K, args);
              }
        }
      }
  return 0;
}

// The barrier: back to the block's scheduler, which resumes this fiber once every other thread
// of the block has reached a barrier (or returned).
inline void barrier() {
  Fiber* f = state.current;
  if (!f) {
    fprintf(stderr,
            "tj_cuda_host: __syncthreads() called by kernel %s, which was listed with TJ_HOST_KERNEL; a kernel "
            "that calls __syncthreads must be listed with TJ_HOST_KERNEL_SYNC\n",
            state.kernel ? state.kernel : "(none)");
    abort();
  }
  toScheduler(f);
}

}  // namespace tj_host

inline void __syncthreads() { tj_host::barrier(); }
inline int __syncthreads_count(int predicate) {
  tj_host::state.predicateSum += predicate != 0;
  tj_host::barrier();
  return tj_host::state.predicateResult;
}
inline int __syncthreads_or(int predicate) { return __syncthreads_count(predicate) != 0; }
inline int __syncthreads_and(int predicate) {
  return __syncthreads_count(predicate) == int(blockDim.x * blockDim.y * blockDim.z);
}

#pragma GCC visibility pop

#define TJ_HOST_LAUNCHER_(name, sync)                                                                         \
  extern "C" __attribute__((visibility("default"))) int tj_host_launch_##name(                                \
      unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz, unsigned sharedBytes,    \
      void** params) {                                                                                       \
    (void)sharedBytes;                                                                                       \
    return tj_host::launch<&name, sync>(#name, gx, gy, gz, bx, by, bz, params);                              \
  }
#define TJ_HOST_KERNEL(name) TJ_HOST_LAUNCHER_(name, false)
#define TJ_HOST_KERNEL_SYNC(name) TJ_HOST_LAUNCHER_(name, true)
