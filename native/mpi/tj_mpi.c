/* tensorjit's MPI shim: plain C functions over MPI for koffi (Open MPI's MPI_COMM_WORLD, datatypes
 * and ops are addresses of its global objects, which a foreign-function call cannot name). Built
 * with mpicc by the setup step into the compile cache (jit/backends/native/mpi-shim.ts) and loaded
 * by runtime/distributed/mpi.ts. Every collective is non-blocking, polled until done or until a
 * deadline: a peer that died or never joins gives TJ_MPI_TIMEOUT instead of a hang. Errors return
 * (MPI_ERRORS_RETURN on MPI_COMM_WORLD) as MPI's codes; tj_mpi_error_string names them. */
#include <mpi.h>
#include <string.h>
#include <time.h>
#include <sched.h>

#define TJ_MPI_TIMEOUT (-1)

static int tj_inited = 0;

/* dtype: 0 float32, 1 float64, 2 int32. */
static MPI_Datatype tj_type(int dtype) {
  return dtype == 0 ? MPI_FLOAT : dtype == 1 ? MPI_DOUBLE : MPI_INT;
}
/* op: 0 sum, 1 max, 2 min. */
static MPI_Op tj_op(int op) { return op == 1 ? MPI_MAX : op == 2 ? MPI_MIN : MPI_SUM; }

static double tj_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Polls req until it completes (0), MPI fails (its code) or `timeout` seconds pass (TJ_MPI_TIMEOUT).
 * Spins for the first 0.1 s, as a blocking MPI call would (each MPI_Test moves the transfer on);
 * then yields the core between polls (more processes than cores, --oversubscribe), and past 1 s
 * sleeps 50 us between them: a peer that late is slow or gone, and latency no longer matters. */
static int tj_wait(MPI_Request *req, double timeout) {
  double start = tj_now(), now = start;
  long polls = 0;
  for (;;) {
    int done = 0;
    int rc = MPI_Test(req, &done, MPI_STATUS_IGNORE);
    if (rc != MPI_SUCCESS) return rc;
    if (done) return 0;
    if ((++polls & 63) == 0) {
      now = tj_now();
      if (now - start > timeout) return TJ_MPI_TIMEOUT;
    }
    if (now - start > 1.0) {
      struct timespec ts = {0, 50000};
      nanosleep(&ts, NULL);
    } else if (now - start > 0.1) {
      sched_yield();
    }
  }
}

int tj_mpi_init(void) {
  if (tj_inited) return 0;
  int already = 0;
  MPI_Initialized(&already);
  if (!already) {
    int provided = 0;
    int rc = MPI_Init_thread(NULL, NULL, MPI_THREAD_FUNNELED, &provided);
    if (rc != MPI_SUCCESS) return rc;
  }
  MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN);
  tj_inited = 1;
  return 0;
}

int tj_mpi_rank(void) {
  int r = -1;
  MPI_Comm_rank(MPI_COMM_WORLD, &r);
  return r;
}

int tj_mpi_size(void) {
  int s = -1;
  MPI_Comm_size(MPI_COMM_WORLD, &s);
  return s;
}

/* In place: buf holds this process's values, then the reduction over every process. */
int tj_mpi_allreduce(void *buf, int count, int dtype, int op, double timeout) {
  MPI_Request req;
  int rc = MPI_Iallreduce(MPI_IN_PLACE, buf, count, tj_type(dtype), tj_op(op), MPI_COMM_WORLD, &req);
  if (rc != MPI_SUCCESS) return rc;
  return tj_wait(&req, timeout);
}

int tj_mpi_broadcast(void *buf, int count, int dtype, int root, double timeout) {
  MPI_Request req;
  int rc = MPI_Ibcast(buf, count, tj_type(dtype), root, MPI_COMM_WORLD, &req);
  if (rc != MPI_SUCCESS) return rc;
  return tj_wait(&req, timeout);
}

int tj_mpi_barrier(double timeout) {
  MPI_Request req;
  int rc = MPI_Ibarrier(MPI_COMM_WORLD, &req);
  if (rc != MPI_SUCCESS) return rc;
  return tj_wait(&req, timeout);
}

int tj_mpi_finalize(void) {
  int done = 0;
  MPI_Finalized(&done);
  if (done || !tj_inited) return 0;
  return MPI_Finalize();
}

/* Ends every process of the job (what a process that cannot go on calls, rather than leave the others waiting). */
int tj_mpi_abort(int code) { return MPI_Abort(MPI_COMM_WORLD, code); }

static char tj_msg[MPI_MAX_ERROR_STRING + 64];
const char *tj_mpi_error_string(int code) {
  if (code == TJ_MPI_TIMEOUT) return "timed out";
  int len = 0;
  if (MPI_Error_string(code, tj_msg, &len) != MPI_SUCCESS) strcpy(tj_msg, "unknown MPI error");
  return tj_msg;
}

const char *tj_mpi_library_version(void) {
  static char v[MPI_MAX_LIBRARY_VERSION_STRING];
  int len = 0;
  MPI_Get_library_version(v, &len);
  char *nl = strchr(v, '\n');
  if (nl) *nl = 0;
  char *comma = strchr(v, ',');
  if (comma) *comma = 0;
  return v;
}

/* osu_allreduce's loop: `iters` blocking MPI_Allreduce calls on `count` floats after `warmup`
 * ones, between barriers; returns the mean seconds per call (the bandwidth baseline for our layer). */
double tj_mpi_bench_allreduce(void *buf, int count, int warmup, int iters) {
  for (int i = 0; i < warmup; i++) MPI_Allreduce(MPI_IN_PLACE, buf, count, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD);
  MPI_Barrier(MPI_COMM_WORLD);
  double t0 = MPI_Wtime();
  for (int i = 0; i < iters; i++) MPI_Allreduce(MPI_IN_PLACE, buf, count, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD);
  double t = (MPI_Wtime() - t0) / iters;
  MPI_Barrier(MPI_COMM_WORLD);
  return t;
}
