/* The CBLAS and OpenBLAS functions the host kernels call with -DTJ_BLAS, declared here so that only the BLAS runtime library (libopenblas0) is needed, not cblas.h. */
#ifndef TJ_BLAS_H
#define TJ_BLAS_H

/* CBLAS_ORDER and CBLAS_TRANSPOSE values; enums are passed as int in the C ABI. */
#define TJ_CBLAS_ROW_MAJOR 101
#define TJ_CBLAS_NO_TRANS 111
#define TJ_CBLAS_TRANS 112

/* blasint is int in the LP64 libopenblas.so.0 (the 64-bit-integer builds suffix their symbols). */
void cblas_sgemm(int order, int trans_a, int trans_b, int m, int n, int k, float alpha, const float* a, int lda,
                 const float* b, int ldb, float beta, float* c, int ldc);
void cblas_dgemm(int order, int trans_a, int trans_b, int m, int n, int k, double alpha, const double* a, int lda,
                 const double* b, int ldb, double beta, double* c, int ldc);
void openblas_set_num_threads(int n);
char* openblas_get_config(void);

#endif /* TJ_BLAS_H */
