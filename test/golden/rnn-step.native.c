#include <stdint.h>
#include "tj_scalar.h"
#include "tj_simd.h"
#include "tj_host.h"

static void k107(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int n, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t105 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t106 = (float)((t105 + x2[i1 * 1]));
      const float t107 = (float)(tj_tanhf_s(t106));
      out[o++] = t107;
    }
  }
}

static void k305(float* restrict out, const float* restrict x0, const float* restrict x1, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t305 = (float)((x0[i] - x1[i]));
    out[i] = t305;
  }
}

static void k306(float* restrict out, const float* restrict x0, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t306 = (float)((x0[i] * x0[i]));
    out[i] = t306;
  }
}

static void k309(float* restrict out, const float* restrict x0, const float* restrict x1, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t309 = (float)((x0[i] * x1[i]));
    out[i] = t309;
  }
}

static void k316(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t312 = (float)((x0[i] * x0[i]));
    const float t313 = (float)((x1[0] - t312));
    const float t314 = (float)((x2[i] * t313));
    const float t316 = (float)((t314 * x3[0]));
    out[i] = t316;
  }
}

static void k323(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t321 = (float)((x0[i] * x0[i]));
    const float t322 = (float)((x1[0] - t321));
    const float t323 = (float)((x2[i] * t322));
    out[i] = t323;
  }
}

void tj_matmul_f32(void*, void*, void*, int, int, int, int, int, int, int, int, int, void*);
void tj_reduce_sum_f32(void*, void*, int, int, int, int, int, void*);
void s195(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s196(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s197(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s198(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s199(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s200(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s201(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s202(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s203(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s204(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s205(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s206(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s207(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s208(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s209(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s210(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s211(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s212(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s213(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s214(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s215(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s216(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s217(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s218(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s219(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s220(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s221(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s222(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s223(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s224(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s225(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s226(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s227(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s228(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s229(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s230(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s231(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s232(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s233(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s234(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s235(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s236(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s237(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s238(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s239(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s240(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s241(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s242(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s243(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s244(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s245(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s246(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s247(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s248(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s249(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s250(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s251(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s252(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s253(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s254(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s255(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s256(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s257(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s258(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s259(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s260(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s261(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s262(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s263(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s264(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s265(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s266(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s267(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s268(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s269(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s270(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s271(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s272(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s273(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s274(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s275(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s276(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s277(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s278(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s279(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s280(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s281(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s282(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s283(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s284(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s285(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s286(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s287(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s288(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s289(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s290(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s291(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s292(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s293(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s294(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s295(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s296(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s297(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s298(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s299(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s300(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s301(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s302(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s303(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s304(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s305(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s306(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s307(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s308(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s309(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s310(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s311(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s312(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s313(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s314(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s315(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s316(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s317(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s318(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s319(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s320(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s321(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s322(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s323(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s324(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s325(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s326(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s327(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s328(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s329(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s330(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s331(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s332(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s333(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s334(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s335(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s336(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s337(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s338(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s339(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s340(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s341(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s342(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s343(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s344(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s345(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s346(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s347(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s348(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s349(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s350(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s351(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s352(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s353(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s354(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s355(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s356(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s357(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s358(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s359(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s360(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s361(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s362(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s363(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s364(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s365(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s366(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s367(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s368(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s369(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s370(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s371(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s372(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s373(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s374(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s375(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s376(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s377(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s378(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s379(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s380(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s381(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s382(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s383(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s384(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s385(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s386(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s387(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s388(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s389(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s390(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s391(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s392(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s393(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s394(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s395(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s396(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s397(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s398(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s399(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s400(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s401(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s402(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s403(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s404(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s405(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);

static void s0(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[3], addr[0], addr[4], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s1(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[5], addr[0], addr[6], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s2(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[7], addr[0], addr[8], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s3(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[9], addr[0], addr[10], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s4(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[11], addr[0], addr[12], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s5(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[13], addr[0], addr[14], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s6(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[15], addr[0], addr[16], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s7(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[17], addr[0], addr[18], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s8(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[19], addr[0], addr[20], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s9(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[21], addr[0], addr[22], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s10(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[23], addr[0], addr[24], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s11(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[25], addr[0], addr[26], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s12(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[27], addr[0], addr[28], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s13(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[29], addr[0], addr[30], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s14(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[31], addr[0], addr[32], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s15(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[33], addr[0], addr[34], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s16(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[35], addr[0], addr[36], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s17(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[37], addr[0], addr[38], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s18(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[39], addr[0], addr[40], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s19(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[41], addr[0], addr[42], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s20(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[43], addr[0], addr[44], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s21(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[45], addr[0], addr[46], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s22(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[47], addr[0], addr[48], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s23(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[49], addr[0], addr[50], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s24(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[51], addr[0], addr[52], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s25(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[53], addr[0], addr[54], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s26(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[55], addr[0], addr[56], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s27(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[57], addr[0], addr[58], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s28(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[59], addr[0], addr[60], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s29(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[61], addr[0], addr[62], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s30(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[63], addr[0], addr[64], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s31(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[65], addr[0], addr[66], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s32(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[67], addr[0], addr[68], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s33(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[69], addr[0], addr[70], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s34(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[71], addr[0], addr[72], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s35(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[73], addr[0], addr[74], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s36(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[75], addr[0], addr[76], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s37(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[77], addr[0], addr[78], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s38(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[79], addr[0], addr[80], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s39(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[81], addr[0], addr[82], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s40(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[83], addr[0], addr[84], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s41(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[85], addr[0], addr[86], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s42(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[87], addr[0], addr[88], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s43(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[89], addr[0], addr[90], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s44(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[91], addr[0], addr[92], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s45(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[93], addr[0], addr[94], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s46(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[95], addr[0], addr[96], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s47(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[97], addr[0], addr[98], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s48(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[99], addr[0], addr[100], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s49(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[101], addr[0], addr[102], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s50(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[103], addr[1], addr[104], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s51(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[105], (const void*)addr[102], (const void*)addr[104], (const void*)addr[2], 1024, part, parts, sc);
}
static void s52(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[105], addr[1], addr[106], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s53(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[107], (const void*)addr[100], (const void*)addr[106], (const void*)addr[2], 1024, part, parts, sc);
}
static void s54(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[107], addr[1], addr[108], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s55(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[109], (const void*)addr[98], (const void*)addr[108], (const void*)addr[2], 1024, part, parts, sc);
}
static void s56(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[109], addr[1], addr[110], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s57(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[111], (const void*)addr[96], (const void*)addr[110], (const void*)addr[2], 1024, part, parts, sc);
}
static void s58(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[111], addr[1], addr[112], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s59(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[113], (const void*)addr[94], (const void*)addr[112], (const void*)addr[2], 1024, part, parts, sc);
}
static void s60(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[113], addr[1], addr[114], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s61(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[115], (const void*)addr[92], (const void*)addr[114], (const void*)addr[2], 1024, part, parts, sc);
}
static void s62(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[115], addr[1], addr[116], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s63(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[117], (const void*)addr[90], (const void*)addr[116], (const void*)addr[2], 1024, part, parts, sc);
}
static void s64(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[117], addr[1], addr[118], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s65(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[119], (const void*)addr[88], (const void*)addr[118], (const void*)addr[2], 1024, part, parts, sc);
}
static void s66(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[119], addr[1], addr[120], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s67(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[121], (const void*)addr[86], (const void*)addr[120], (const void*)addr[2], 1024, part, parts, sc);
}
static void s68(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[121], addr[1], addr[122], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s69(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[123], (const void*)addr[84], (const void*)addr[122], (const void*)addr[2], 1024, part, parts, sc);
}
static void s70(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[123], addr[1], addr[124], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s71(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[125], (const void*)addr[82], (const void*)addr[124], (const void*)addr[2], 1024, part, parts, sc);
}
static void s72(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[125], addr[1], addr[126], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s73(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[127], (const void*)addr[80], (const void*)addr[126], (const void*)addr[2], 1024, part, parts, sc);
}
static void s74(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[127], addr[1], addr[128], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s75(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[129], (const void*)addr[78], (const void*)addr[128], (const void*)addr[2], 1024, part, parts, sc);
}
static void s76(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[129], addr[1], addr[130], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s77(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[131], (const void*)addr[76], (const void*)addr[130], (const void*)addr[2], 1024, part, parts, sc);
}
static void s78(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[131], addr[1], addr[132], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s79(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[133], (const void*)addr[74], (const void*)addr[132], (const void*)addr[2], 1024, part, parts, sc);
}
static void s80(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[133], addr[1], addr[134], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s81(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[135], (const void*)addr[72], (const void*)addr[134], (const void*)addr[2], 1024, part, parts, sc);
}
static void s82(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[135], addr[1], addr[136], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s83(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[137], (const void*)addr[70], (const void*)addr[136], (const void*)addr[2], 1024, part, parts, sc);
}
static void s84(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[137], addr[1], addr[138], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s85(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[139], (const void*)addr[68], (const void*)addr[138], (const void*)addr[2], 1024, part, parts, sc);
}
static void s86(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[139], addr[1], addr[140], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s87(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[141], (const void*)addr[66], (const void*)addr[140], (const void*)addr[2], 1024, part, parts, sc);
}
static void s88(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[141], addr[1], addr[142], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s89(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[143], (const void*)addr[64], (const void*)addr[142], (const void*)addr[2], 1024, part, parts, sc);
}
static void s90(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[143], addr[1], addr[144], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s91(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[145], (const void*)addr[62], (const void*)addr[144], (const void*)addr[2], 1024, part, parts, sc);
}
static void s92(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[145], addr[1], addr[146], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s93(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[147], (const void*)addr[60], (const void*)addr[146], (const void*)addr[2], 1024, part, parts, sc);
}
static void s94(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[147], addr[1], addr[148], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s95(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[149], (const void*)addr[58], (const void*)addr[148], (const void*)addr[2], 1024, part, parts, sc);
}
static void s96(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[149], addr[1], addr[150], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s97(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[151], (const void*)addr[56], (const void*)addr[150], (const void*)addr[2], 1024, part, parts, sc);
}
static void s98(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[151], addr[1], addr[152], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s99(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[153], (const void*)addr[54], (const void*)addr[152], (const void*)addr[2], 1024, part, parts, sc);
}
static void s100(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[153], addr[1], addr[154], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s101(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[155], (const void*)addr[52], (const void*)addr[154], (const void*)addr[2], 1024, part, parts, sc);
}
static void s102(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[155], addr[1], addr[156], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s103(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[157], (const void*)addr[50], (const void*)addr[156], (const void*)addr[2], 1024, part, parts, sc);
}
static void s104(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[157], addr[1], addr[158], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s105(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[159], (const void*)addr[48], (const void*)addr[158], (const void*)addr[2], 1024, part, parts, sc);
}
static void s106(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[159], addr[1], addr[160], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s107(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[161], (const void*)addr[46], (const void*)addr[160], (const void*)addr[2], 1024, part, parts, sc);
}
static void s108(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[161], addr[1], addr[162], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s109(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[163], (const void*)addr[44], (const void*)addr[162], (const void*)addr[2], 1024, part, parts, sc);
}
static void s110(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[163], addr[1], addr[164], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s111(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[165], (const void*)addr[42], (const void*)addr[164], (const void*)addr[2], 1024, part, parts, sc);
}
static void s112(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[165], addr[1], addr[166], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s113(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[167], (const void*)addr[40], (const void*)addr[166], (const void*)addr[2], 1024, part, parts, sc);
}
static void s114(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[167], addr[1], addr[168], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s115(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[169], (const void*)addr[38], (const void*)addr[168], (const void*)addr[2], 1024, part, parts, sc);
}
static void s116(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[169], addr[1], addr[170], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s117(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[171], (const void*)addr[36], (const void*)addr[170], (const void*)addr[2], 1024, part, parts, sc);
}
static void s118(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[171], addr[1], addr[172], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s119(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[173], (const void*)addr[34], (const void*)addr[172], (const void*)addr[2], 1024, part, parts, sc);
}
static void s120(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[173], addr[1], addr[174], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s121(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[175], (const void*)addr[32], (const void*)addr[174], (const void*)addr[2], 1024, part, parts, sc);
}
static void s122(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[175], addr[1], addr[176], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s123(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[177], (const void*)addr[30], (const void*)addr[176], (const void*)addr[2], 1024, part, parts, sc);
}
static void s124(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[177], addr[1], addr[178], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s125(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[179], (const void*)addr[28], (const void*)addr[178], (const void*)addr[2], 1024, part, parts, sc);
}
static void s126(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[179], addr[1], addr[180], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s127(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[181], (const void*)addr[26], (const void*)addr[180], (const void*)addr[2], 1024, part, parts, sc);
}
static void s128(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[181], addr[1], addr[182], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s129(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[183], (const void*)addr[24], (const void*)addr[182], (const void*)addr[2], 1024, part, parts, sc);
}
static void s130(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[183], addr[1], addr[184], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s131(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[185], (const void*)addr[22], (const void*)addr[184], (const void*)addr[2], 1024, part, parts, sc);
}
static void s132(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[185], addr[1], addr[186], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s133(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[187], (const void*)addr[20], (const void*)addr[186], (const void*)addr[2], 1024, part, parts, sc);
}
static void s134(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[187], addr[1], addr[188], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s135(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[189], (const void*)addr[18], (const void*)addr[188], (const void*)addr[2], 1024, part, parts, sc);
}
static void s136(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[189], addr[1], addr[190], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s137(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[191], (const void*)addr[16], (const void*)addr[190], (const void*)addr[2], 1024, part, parts, sc);
}
static void s138(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[191], addr[1], addr[192], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s139(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[193], (const void*)addr[14], (const void*)addr[192], (const void*)addr[2], 1024, part, parts, sc);
}
static void s140(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[193], addr[1], addr[194], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s141(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[195], (const void*)addr[12], (const void*)addr[194], (const void*)addr[2], 1024, part, parts, sc);
}
static void s142(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[195], addr[1], addr[196], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s143(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[197], (const void*)addr[10], (const void*)addr[196], (const void*)addr[2], 1024, part, parts, sc);
}
static void s144(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[197], addr[1], addr[198], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s145(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[199], (const void*)addr[8], (const void*)addr[198], (const void*)addr[2], 1024, part, parts, sc);
}
static void s146(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[199], addr[1], addr[200], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s147(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[201], (const void*)addr[6], (const void*)addr[200], (const void*)addr[2], 1024, part, parts, sc);
}
static void s148(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[201], addr[1], addr[202], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s149(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[203], (const void*)addr[4], (const void*)addr[202], (const void*)addr[2], 1024, part, parts, sc);
}
static void s150(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k305((void*)addr[205], (const void*)addr[203], (const void*)addr[204], 1024, part, parts, sc);
}
static void s151(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k306((void*)addr[206], (const void*)addr[205], 1024, part, parts, sc);
}
static void s152(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[206], addr[207], 1, 1024, 1, part, parts, sc);
}
static void s153(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k309((void*)addr[209], (const void*)addr[207], (const void*)addr[208], 1, part, parts, sc);
}
static void s154(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k316((void*)addr[213], (const void*)addr[203], (const void*)addr[211], (const void*)addr[205], (const void*)addr[212], 1024, part, parts, sc);
}
static void s155(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[210], addr[213], addr[214], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s156(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[213], addr[1], addr[216], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s157(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[217], (const void*)addr[201], (const void*)addr[211], (const void*)addr[216], 1024, part, parts, sc);
}
static void s158(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[215], addr[217], addr[218], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s159(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[217], addr[1], addr[220], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s160(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[221], (const void*)addr[199], (const void*)addr[211], (const void*)addr[220], 1024, part, parts, sc);
}
static void s161(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[219], addr[221], addr[222], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s162(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[221], addr[1], addr[224], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s163(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[225], (const void*)addr[197], (const void*)addr[211], (const void*)addr[224], 1024, part, parts, sc);
}
static void s164(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[223], addr[225], addr[226], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s165(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[225], addr[1], addr[228], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s166(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[229], (const void*)addr[195], (const void*)addr[211], (const void*)addr[228], 1024, part, parts, sc);
}
static void s167(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[227], addr[229], addr[230], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s168(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[229], addr[1], addr[232], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s169(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[233], (const void*)addr[193], (const void*)addr[211], (const void*)addr[232], 1024, part, parts, sc);
}
static void s170(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[231], addr[233], addr[234], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s171(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[233], addr[1], addr[236], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s172(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[237], (const void*)addr[191], (const void*)addr[211], (const void*)addr[236], 1024, part, parts, sc);
}
static void s173(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[235], addr[237], addr[238], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s174(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[237], addr[1], addr[240], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s175(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[241], (const void*)addr[189], (const void*)addr[211], (const void*)addr[240], 1024, part, parts, sc);
}
static void s176(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[239], addr[241], addr[242], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s177(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[241], addr[1], addr[244], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s178(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[245], (const void*)addr[187], (const void*)addr[211], (const void*)addr[244], 1024, part, parts, sc);
}
static void s179(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[243], addr[245], addr[246], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s180(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[245], addr[1], addr[248], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s181(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[249], (const void*)addr[185], (const void*)addr[211], (const void*)addr[248], 1024, part, parts, sc);
}
static void s182(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[247], addr[249], addr[250], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s183(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[249], addr[1], addr[252], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s184(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[253], (const void*)addr[183], (const void*)addr[211], (const void*)addr[252], 1024, part, parts, sc);
}
static void s185(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[251], addr[253], addr[254], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s186(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[253], addr[1], addr[256], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s187(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[257], (const void*)addr[181], (const void*)addr[211], (const void*)addr[256], 1024, part, parts, sc);
}
static void s188(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[255], addr[257], addr[258], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s189(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[257], addr[1], addr[260], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s190(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[261], (const void*)addr[179], (const void*)addr[211], (const void*)addr[260], 1024, part, parts, sc);
}
static void s191(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[259], addr[261], addr[262], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s192(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[261], addr[1], addr[264], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s193(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[265], (const void*)addr[177], (const void*)addr[211], (const void*)addr[264], 1024, part, parts, sc);
}
static void s194(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[263], addr[265], addr[266], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}

static const tj_row r0[] = {
  { s0, 1872.5, 0 },
  { s1, 1872.5, 1 },
  { s2, 1872.5, 2 },
  { s3, 1872.5, 3 },
  { s4, 1872.5, 4 },
  { s5, 1872.5, 5 },
  { s6, 1872.5, 6 },
  { s7, 1872.5, 7 },
  { s8, 1872.5, 8 },
  { s9, 1872.5, 9 },
  { s10, 1872.5, 10 },
  { s11, 1872.5, 11 },
  { s12, 1872.5, 12 },
  { s13, 1872.5, 13 },
  { s14, 1872.5, 14 },
  { s15, 1872.5, 15 },
  { s16, 1872.5, 16 },
  { s17, 1872.5, 17 },
  { s18, 1872.5, 18 },
  { s19, 1872.5, 19 },
  { s20, 1872.5, 20 },
  { s21, 1872.5, 21 },
  { s22, 1872.5, 22 },
  { s23, 1872.5, 23 },
  { s24, 1872.5, 24 },
  { s25, 1872.5, 25 },
  { s26, 1872.5, 26 },
  { s27, 1872.5, 27 },
  { s28, 1872.5, 28 },
  { s29, 1872.5, 29 },
  { s30, 1872.5, 30 },
  { s31, 1872.5, 31 },
  { s32, 1872.5, 32 },
  { s33, 1872.5, 33 },
  { s34, 1872.5, 34 },
  { s35, 1872.5, 35 },
  { s36, 1872.5, 36 },
  { s37, 1872.5, 37 },
  { s38, 1872.5, 38 },
  { s39, 1872.5, 39 },
  { s40, 1872.5, 40 },
  { s41, 1872.5, 41 },
  { s42, 1872.5, 42 },
  { s43, 1872.5, 43 },
  { s44, 1872.5, 44 },
  { s45, 1872.5, 45 },
  { s46, 1872.5, 46 },
  { s47, 1872.5, 47 },
  { s48, 1872.5, 48 },
  { s49, 1872.5, 49 },
  { s50, 3744.9, 50 },
  { s51, 4218.9, 51 },
  { s52, 3744.9, 52 },
  { s53, 4218.9, 53 },
  { s54, 3744.9, 54 },
  { s55, 4218.9, 55 },
  { s56, 3744.9, 56 },
  { s57, 4218.9, 57 },
  { s58, 3744.9, 58 },
  { s59, 4218.9, 59 },
  { s60, 3744.9, 60 },
  { s61, 4218.9, 61 },
  { s62, 3744.9, 62 },
  { s63, 4218.9, 63 },
  { s64, 3744.9, 64 },
  { s65, 4218.9, 65 },
  { s66, 3744.9, 66 },
  { s67, 4218.9, 67 },
  { s68, 3744.9, 68 },
  { s69, 4218.9, 69 },
  { s70, 3744.9, 70 },
  { s71, 4218.9, 71 },
  { s72, 3744.9, 72 },
  { s73, 4218.9, 73 },
  { s74, 3744.9, 74 },
  { s75, 4218.9, 75 },
  { s76, 3744.9, 76 },
  { s77, 4218.9, 77 },
  { s78, 3744.9, 78 },
  { s79, 4218.9, 79 },
  { s80, 3744.9, 80 },
  { s81, 4218.9, 81 },
  { s82, 3744.9, 82 },
  { s83, 4218.9, 83 },
  { s84, 3744.9, 84 },
  { s85, 4218.9, 85 },
  { s86, 3744.9, 86 },
  { s87, 4218.9, 87 },
  { s88, 3744.9, 88 },
  { s89, 4218.9, 89 },
  { s90, 3744.9, 90 },
  { s91, 4218.9, 91 },
  { s92, 3744.9, 92 },
  { s93, 4218.9, 93 },
  { s94, 3744.9, 94 },
  { s95, 4218.9, 95 },
  { s96, 3744.9, 96 },
  { s97, 4218.9, 97 },
  { s98, 3744.9, 98 },
  { s99, 4218.9, 99 },
  { s100, 3744.9, 100 },
  { s101, 4218.9, 101 },
  { s102, 3744.9, 102 },
  { s103, 4218.9, 103 },
  { s104, 3744.9, 104 },
  { s105, 4218.9, 105 },
  { s106, 3744.9, 106 },
  { s107, 4218.9, 107 },
  { s108, 3744.9, 108 },
  { s109, 4218.9, 109 },
  { s110, 3744.9, 110 },
  { s111, 4218.9, 111 },
  { s112, 3744.9, 112 },
  { s113, 4218.9, 113 },
  { s114, 3744.9, 114 },
  { s115, 4218.9, 115 },
  { s116, 3744.9, 116 },
  { s117, 4218.9, 117 },
  { s118, 3744.9, 118 },
  { s119, 4218.9, 119 },
  { s120, 3744.9, 120 },
  { s121, 4218.9, 121 },
  { s122, 3744.9, 122 },
  { s123, 4218.9, 123 },
  { s124, 3744.9, 124 },
  { s125, 4218.9, 125 },
  { s126, 3744.9, 126 },
  { s127, 4218.9, 127 },
  { s128, 3744.9, 128 },
  { s129, 4218.9, 129 },
  { s130, 3744.9, 130 },
  { s131, 4218.9, 131 },
  { s132, 3744.9, 132 },
  { s133, 4218.9, 133 },
  { s134, 3744.9, 134 },
  { s135, 4218.9, 135 },
  { s136, 3744.9, 136 },
  { s137, 4218.9, 137 },
  { s138, 3744.9, 138 },
  { s139, 4218.9, 139 },
  { s140, 3744.9, 140 },
  { s141, 4218.9, 141 },
  { s142, 3744.9, 142 },
  { s143, 4218.9, 143 },
  { s144, 3744.9, 144 },
  { s145, 4218.9, 145 },
  { s146, 3744.9, 146 },
  { s147, 4218.9, 147 },
  { s148, 3744.9, 148 },
  { s149, 4218.9, 149 },
  { s150, 1146.9, 150 },
  { s151, 1146.9, 151 },
  { s152, 512.0, 152 },
  { s153, 1.1, 153 },
  { s154, 1515.5, 154 },
  { s155, 1872.5, 155 },
  { s156, 3744.9, 156 },
  { s157, 1392.6, 157 },
  { s158, 1872.5, 158 },
  { s159, 3744.9, 159 },
  { s160, 1392.6, 160 },
  { s161, 1872.5, 161 },
  { s162, 3744.9, 162 },
  { s163, 1392.6, 163 },
  { s164, 1872.5, 164 },
  { s165, 3744.9, 165 },
  { s166, 1392.6, 166 },
  { s167, 1872.5, 167 },
  { s168, 3744.9, 168 },
  { s169, 1392.6, 169 },
  { s170, 1872.5, 170 },
  { s171, 3744.9, 171 },
  { s172, 1392.6, 172 },
  { s173, 1872.5, 173 },
  { s174, 3744.9, 174 },
  { s175, 1392.6, 175 },
  { s176, 1872.5, 176 },
  { s177, 3744.9, 177 },
  { s178, 1392.6, 178 },
  { s179, 1872.5, 179 },
  { s180, 3744.9, 180 },
  { s181, 1392.6, 181 },
  { s182, 1872.5, 182 },
  { s183, 3744.9, 183 },
  { s184, 1392.6, 184 },
  { s185, 1872.5, 185 },
  { s186, 3744.9, 186 },
  { s187, 1392.6, 187 },
  { s188, 1872.5, 188 },
  { s189, 3744.9, 189 },
  { s190, 1392.6, 190 },
  { s191, 1872.5, 191 },
  { s192, 3744.9, 192 },
  { s193, 1392.6, 193 },
  { s194, 1872.5, 194 },
  { s195, 3744.9, 195 },
  { s196, 1392.6, 196 },
  { s197, 1872.5, 197 },
  { s198, 3744.9, 198 },
  { s199, 1392.6, 199 },
  { s200, 1872.5, 200 },
  { s201, 3744.9, 201 },
  { s202, 1392.6, 202 },
  { s203, 1872.5, 203 },
  { s204, 3744.9, 204 },
  { s205, 1392.6, 205 },
  { s206, 1872.5, 206 },
  { s207, 3744.9, 207 },
  { s208, 1392.6, 208 },
  { s209, 1872.5, 209 },
  { s210, 3744.9, 210 },
  { s211, 1392.6, 211 },
  { s212, 1872.5, 212 },
  { s213, 3744.9, 213 },
  { s214, 1392.6, 214 },
  { s215, 1872.5, 215 },
  { s216, 3744.9, 216 },
  { s217, 1392.6, 217 },
  { s218, 1872.5, 218 },
  { s219, 3744.9, 219 },
  { s220, 1392.6, 220 },
  { s221, 1872.5, 221 },
  { s222, 3744.9, 222 },
  { s223, 1392.6, 223 },
  { s224, 1872.5, 224 },
  { s225, 3744.9, 225 },
  { s226, 1392.6, 226 },
  { s227, 1872.5, 227 },
  { s228, 3744.9, 228 },
  { s229, 1392.6, 229 },
  { s230, 1872.5, 230 },
  { s231, 3744.9, 231 },
  { s232, 1392.6, 232 },
  { s233, 1872.5, 233 },
  { s234, 3744.9, 234 },
  { s235, 1392.6, 235 },
  { s236, 1872.5, 236 },
  { s237, 3744.9, 237 },
  { s238, 1392.6, 238 },
  { s239, 1872.5, 239 },
  { s240, 3744.9, 240 },
  { s241, 1392.6, 241 },
  { s242, 1872.5, 242 },
  { s243, 3744.9, 243 },
  { s244, 1392.6, 244 },
  { s245, 1872.5, 245 },
  { s246, 3744.9, 246 },
  { s247, 1392.6, 247 },
  { s248, 1872.5, 248 },
  { s249, 3744.9, 249 },
  { s250, 1392.6, 250 },
  { s251, 1872.5, 251 },
  { s252, 3744.9, 252 },
  { s253, 1392.6, 253 },
  { s254, 1872.5, 254 },
  { s255, 3744.9, 255 },
  { s256, 1392.6, 256 },
  { s257, 1872.5, 257 },
  { s258, 3744.9, 258 },
  { s259, 1392.6, 259 },
  { s260, 1872.5, 260 },
  { s261, 3744.9, 261 },
  { s262, 1392.6, 262 },
  { s263, 1872.5, 263 },
  { s264, 3744.9, 264 },
  { s265, 1392.6, 265 },
  { s266, 1872.5, 266 },
  { s267, 3744.9, 267 },
  { s268, 1392.6, 268 },
  { s269, 1872.5, 269 },
  { s270, 3744.9, 270 },
  { s271, 1392.6, 271 },
  { s272, 1872.5, 272 },
  { s273, 3744.9, 273 },
  { s274, 1392.6, 274 },
  { s275, 1872.5, 275 },
  { s276, 3744.9, 276 },
  { s277, 1392.6, 277 },
  { s278, 1872.5, 278 },
  { s279, 3744.9, 279 },
  { s280, 1392.6, 280 },
  { s281, 1872.5, 281 },
  { s282, 3744.9, 282 },
  { s283, 1392.6, 283 },
  { s284, 1872.5, 284 },
  { s285, 3744.9, 285 },
  { s286, 1392.6, 286 },
  { s287, 1872.5, 287 },
  { s288, 3744.9, 288 },
  { s289, 1392.6, 289 },
  { s290, 1872.5, 290 },
  { s291, 3744.9, 291 },
  { s292, 1392.6, 292 },
  { s293, 1872.5, 293 },
  { s294, 3744.9, 294 },
  { s295, 1392.6, 295 },
  { s296, 1872.5, 296 },
  { s297, 3744.9, 297 },
  { s298, 1392.6, 298 },
  { s299, 1872.5, 299 },
  { s300, 3744.9, 300 },
  { s301, 1392.6, 301 },
  { s302, 1872.5, 302 },
  { s303, 14581.8, 303 },
  { s304, 3744.9, 304 },
  { s305, 3744.9, 305 },
  { s306, 3744.9, 306 },
  { s307, 3744.9, 307 },
  { s308, 3744.9, 308 },
  { s309, 3744.9, 309 },
  { s310, 3744.9, 310 },
  { s311, 3744.9, 311 },
  { s312, 3744.9, 312 },
  { s313, 3744.9, 313 },
  { s314, 3744.9, 314 },
  { s315, 3744.9, 315 },
  { s316, 3744.9, 316 },
  { s317, 3744.9, 317 },
  { s318, 3744.9, 318 },
  { s319, 3744.9, 319 },
  { s320, 3744.9, 320 },
  { s321, 3744.9, 321 },
  { s322, 3744.9, 322 },
  { s323, 3744.9, 323 },
  { s324, 3744.9, 324 },
  { s325, 3744.9, 325 },
  { s326, 3744.9, 326 },
  { s327, 3744.9, 327 },
  { s328, 3744.9, 328 },
  { s329, 3744.9, 329 },
  { s330, 3744.9, 330 },
  { s331, 3744.9, 331 },
  { s332, 3744.9, 332 },
  { s333, 3744.9, 333 },
  { s334, 3744.9, 334 },
  { s335, 3744.9, 335 },
  { s336, 3744.9, 336 },
  { s337, 3744.9, 337 },
  { s338, 3744.9, 338 },
  { s339, 3744.9, 339 },
  { s340, 3744.9, 340 },
  { s341, 3744.9, 341 },
  { s342, 3744.9, 342 },
  { s343, 3744.9, 343 },
  { s344, 3744.9, 344 },
  { s345, 3744.9, 345 },
  { s346, 3744.9, 346 },
  { s347, 3744.9, 347 },
  { s348, 3744.9, 348 },
  { s349, 3744.9, 349 },
  { s350, 3744.9, 350 },
  { s351, 3744.9, 351 },
  { s352, 3744.9, 352 },
  { s353, 3744.9, 353 },
  { s354, 29163.5, 354 },
  { s355, 512.0, 355 },
  { s356, 512.0, 356 },
  { s357, 512.0, 357 },
  { s358, 512.0, 358 },
  { s359, 512.0, 359 },
  { s360, 512.0, 360 },
  { s361, 512.0, 361 },
  { s362, 512.0, 362 },
  { s363, 512.0, 363 },
  { s364, 512.0, 364 },
  { s365, 512.0, 365 },
  { s366, 512.0, 366 },
  { s367, 512.0, 367 },
  { s368, 512.0, 368 },
  { s369, 512.0, 369 },
  { s370, 512.0, 370 },
  { s371, 512.0, 371 },
  { s372, 512.0, 372 },
  { s373, 512.0, 373 },
  { s374, 512.0, 374 },
  { s375, 512.0, 375 },
  { s376, 512.0, 376 },
  { s377, 512.0, 377 },
  { s378, 512.0, 378 },
  { s379, 512.0, 379 },
  { s380, 512.0, 380 },
  { s381, 512.0, 381 },
  { s382, 512.0, 382 },
  { s383, 512.0, 383 },
  { s384, 512.0, 384 },
  { s385, 512.0, 385 },
  { s386, 512.0, 386 },
  { s387, 512.0, 387 },
  { s388, 512.0, 388 },
  { s389, 512.0, 389 },
  { s390, 512.0, 390 },
  { s391, 512.0, 391 },
  { s392, 512.0, 392 },
  { s393, 512.0, 393 },
  { s394, 512.0, 394 },
  { s395, 512.0, 395 },
  { s396, 512.0, 396 },
  { s397, 512.0, 397 },
  { s398, 512.0, 398 },
  { s399, 512.0, 399 },
  { s400, 512.0, 400 },
  { s401, 512.0, 401 },
  { s402, 512.0, 402 },
  { s403, 512.0, 403 },
  { s404, 512.0, 404 },
  { s405, 455.7, 405 },
};

/* One call: every step on the arena (at[b]: buffer b's offset in this call's layout), outputs o<k> written in place; times: per-step ms for f.profile(), or NULL. */
__attribute__((visibility("default")))
void tj_entry(uint8_t* restrict arena, const int64_t* restrict at, uint8_t* restrict scratch, int scratch_bytes, int threads, int segment, double* restrict times, void* o0) {
  (void)scratch, (void)scratch_bytes, (void)threads;
  uint8_t* addr[516];
  for (int b = 0; b < 516; b++) addr[b] = arena + at[b];
  addr[209] = (uint8_t*)o0;
  double t = times ? tj_now_ms() : 0.0;
  (void)t;
  switch (segment) {
  case 0:
    tj_run_rows(r0, 406, addr, scratch, scratch_bytes, threads, times, &t);
    break;
  }
}

/* ---- the next translation unit, compiled in parallel ---- */
#include <stdint.h>
#include "tj_scalar.h"
#include "tj_simd.h"
#include "tj_host.h"

static void k323(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t321 = (float)((x0[i] * x0[i]));
    const float t322 = (float)((x1[0] - t321));
    const float t323 = (float)((x2[i] * t322));
    out[i] = t323;
  }
}

static void k664(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, const float* restrict x4, const float* restrict x5, const float* restrict x6, const float* restrict x7, const float* restrict x8, const float* restrict x9, const float* restrict x10, const float* restrict x11, const float* restrict x12, const float* restrict x13, const float* restrict x14, const float* restrict x15, const float* restrict x16, const float* restrict x17, const float* restrict x18, const float* restrict x19, const float* restrict x20, const float* restrict x21, const float* restrict x22, const float* restrict x23, const float* restrict x24, const float* restrict x25, const float* restrict x26, const float* restrict x27, const float* restrict x28, const float* restrict x29, const float* restrict x30, const float* restrict x31, const float* restrict x32, const float* restrict x33, const float* restrict x34, const float* restrict x35, const float* restrict x36, const float* restrict x37, const float* restrict x38, const float* restrict x39, const float* restrict x40, const float* restrict x41, const float* restrict x42, const float* restrict x43, const float* restrict x44, const float* restrict x45, const float* restrict x46, const float* restrict x47, const float* restrict x48, const float* restrict x49, const float* restrict x50, const float* restrict x51, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t325 = (float)((x0[i] + x1[i]));
    const float t332 = (float)((t325 + x2[i]));
    const float t339 = (float)((t332 + x3[i]));
    const float t346 = (float)((t339 + x4[i]));
    const float t353 = (float)((t346 + x5[i]));
    const float t360 = (float)((t353 + x6[i]));
    const float t367 = (float)((t360 + x7[i]));
    const float t374 = (float)((t367 + x8[i]));
    const float t381 = (float)((t374 + x9[i]));
    const float t388 = (float)((t381 + x10[i]));
    const float t395 = (float)((t388 + x11[i]));
    const float t402 = (float)((t395 + x12[i]));
    const float t409 = (float)((t402 + x13[i]));
    const float t416 = (float)((t409 + x14[i]));
    const float t423 = (float)((t416 + x15[i]));
    const float t430 = (float)((t423 + x16[i]));
    const float t437 = (float)((t430 + x17[i]));
    const float t444 = (float)((t437 + x18[i]));
    const float t451 = (float)((t444 + x19[i]));
    const float t458 = (float)((t451 + x20[i]));
    const float t465 = (float)((t458 + x21[i]));
    const float t472 = (float)((t465 + x22[i]));
    const float t479 = (float)((t472 + x23[i]));
    const float t486 = (float)((t479 + x24[i]));
    const float t493 = (float)((t486 + x25[i]));
    const float t500 = (float)((t493 + x26[i]));
    const float t507 = (float)((t500 + x27[i]));
    const float t514 = (float)((t507 + x28[i]));
    const float t521 = (float)((t514 + x29[i]));
    const float t528 = (float)((t521 + x30[i]));
    const float t535 = (float)((t528 + x31[i]));
    const float t542 = (float)((t535 + x32[i]));
    const float t549 = (float)((t542 + x33[i]));
    const float t556 = (float)((t549 + x34[i]));
    const float t563 = (float)((t556 + x35[i]));
    const float t570 = (float)((t563 + x36[i]));
    const float t577 = (float)((t570 + x37[i]));
    const float t584 = (float)((t577 + x38[i]));
    const float t591 = (float)((t584 + x39[i]));
    const float t598 = (float)((t591 + x40[i]));
    const float t605 = (float)((t598 + x41[i]));
    const float t612 = (float)((t605 + x42[i]));
    const float t619 = (float)((t612 + x43[i]));
    const float t626 = (float)((t619 + x44[i]));
    const float t633 = (float)((t626 + x45[i]));
    const float t640 = (float)((t633 + x46[i]));
    const float t647 = (float)((t640 + x47[i]));
    const float t654 = (float)((t647 + x48[i]));
    const float t661 = (float)((t654 + x49[i]));
    const float t663 = (float)((t661 * x50[0]));
    const float t664 = (float)((x51[i] - t663));
    out[i] = t664;
  }
}

void tj_matmul_f32(void*, void*, void*, int, int, int, int, int, int, int, int, int, void*);
void tj_reduce_sum_f32(void*, void*, int, int, int, int, int, void*);

__attribute__((visibility("hidden"))) void s195(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[265], addr[1], addr[268], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s196(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[269], (const void*)addr[175], (const void*)addr[211], (const void*)addr[268], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s197(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[267], addr[269], addr[270], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s198(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[269], addr[1], addr[272], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s199(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[273], (const void*)addr[173], (const void*)addr[211], (const void*)addr[272], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s200(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[271], addr[273], addr[274], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s201(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[273], addr[1], addr[276], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s202(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[277], (const void*)addr[171], (const void*)addr[211], (const void*)addr[276], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s203(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[275], addr[277], addr[278], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s204(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[277], addr[1], addr[280], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s205(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[281], (const void*)addr[169], (const void*)addr[211], (const void*)addr[280], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s206(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[279], addr[281], addr[282], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s207(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[281], addr[1], addr[284], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s208(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[285], (const void*)addr[167], (const void*)addr[211], (const void*)addr[284], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s209(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[283], addr[285], addr[286], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s210(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[285], addr[1], addr[288], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s211(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[289], (const void*)addr[165], (const void*)addr[211], (const void*)addr[288], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s212(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[287], addr[289], addr[290], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s213(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[289], addr[1], addr[292], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s214(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[293], (const void*)addr[163], (const void*)addr[211], (const void*)addr[292], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s215(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[291], addr[293], addr[294], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s216(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[293], addr[1], addr[296], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s217(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[297], (const void*)addr[161], (const void*)addr[211], (const void*)addr[296], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s218(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[295], addr[297], addr[298], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s219(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[297], addr[1], addr[300], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s220(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[301], (const void*)addr[159], (const void*)addr[211], (const void*)addr[300], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s221(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[299], addr[301], addr[302], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s222(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[301], addr[1], addr[304], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s223(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[305], (const void*)addr[157], (const void*)addr[211], (const void*)addr[304], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s224(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[303], addr[305], addr[306], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s225(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[305], addr[1], addr[308], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s226(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[309], (const void*)addr[155], (const void*)addr[211], (const void*)addr[308], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s227(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[307], addr[309], addr[310], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s228(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[309], addr[1], addr[312], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s229(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[313], (const void*)addr[153], (const void*)addr[211], (const void*)addr[312], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s230(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[311], addr[313], addr[314], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s231(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[313], addr[1], addr[316], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s232(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[317], (const void*)addr[151], (const void*)addr[211], (const void*)addr[316], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s233(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[315], addr[317], addr[318], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s234(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[317], addr[1], addr[320], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s235(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[321], (const void*)addr[149], (const void*)addr[211], (const void*)addr[320], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s236(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[319], addr[321], addr[322], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s237(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[321], addr[1], addr[324], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s238(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[325], (const void*)addr[147], (const void*)addr[211], (const void*)addr[324], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s239(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[323], addr[325], addr[326], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s240(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[325], addr[1], addr[328], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s241(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[329], (const void*)addr[145], (const void*)addr[211], (const void*)addr[328], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s242(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[327], addr[329], addr[330], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s243(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[329], addr[1], addr[332], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s244(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[333], (const void*)addr[143], (const void*)addr[211], (const void*)addr[332], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s245(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[331], addr[333], addr[334], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s246(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[333], addr[1], addr[336], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s247(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[337], (const void*)addr[141], (const void*)addr[211], (const void*)addr[336], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s248(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[335], addr[337], addr[338], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s249(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[337], addr[1], addr[340], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s250(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[341], (const void*)addr[139], (const void*)addr[211], (const void*)addr[340], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s251(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[339], addr[341], addr[342], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s252(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[341], addr[1], addr[344], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s253(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[345], (const void*)addr[137], (const void*)addr[211], (const void*)addr[344], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s254(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[343], addr[345], addr[346], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s255(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[345], addr[1], addr[348], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s256(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[349], (const void*)addr[135], (const void*)addr[211], (const void*)addr[348], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s257(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[347], addr[349], addr[350], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s258(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[349], addr[1], addr[352], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s259(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[353], (const void*)addr[133], (const void*)addr[211], (const void*)addr[352], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s260(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[351], addr[353], addr[354], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s261(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[353], addr[1], addr[356], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s262(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[357], (const void*)addr[131], (const void*)addr[211], (const void*)addr[356], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s263(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[355], addr[357], addr[358], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s264(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[357], addr[1], addr[360], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s265(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[361], (const void*)addr[129], (const void*)addr[211], (const void*)addr[360], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s266(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[359], addr[361], addr[362], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s267(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[361], addr[1], addr[364], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s268(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[365], (const void*)addr[127], (const void*)addr[211], (const void*)addr[364], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s269(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[363], addr[365], addr[366], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s270(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[365], addr[1], addr[368], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s271(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[369], (const void*)addr[125], (const void*)addr[211], (const void*)addr[368], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s272(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[367], addr[369], addr[370], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s273(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[369], addr[1], addr[372], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s274(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[373], (const void*)addr[123], (const void*)addr[211], (const void*)addr[372], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s275(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[371], addr[373], addr[374], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s276(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[373], addr[1], addr[376], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s277(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[377], (const void*)addr[121], (const void*)addr[211], (const void*)addr[376], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s278(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[375], addr[377], addr[378], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s279(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[377], addr[1], addr[380], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s280(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[381], (const void*)addr[119], (const void*)addr[211], (const void*)addr[380], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s281(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[379], addr[381], addr[382], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s282(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[381], addr[1], addr[384], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s283(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[385], (const void*)addr[117], (const void*)addr[211], (const void*)addr[384], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s284(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[383], addr[385], addr[386], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s285(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[385], addr[1], addr[388], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s286(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[389], (const void*)addr[115], (const void*)addr[211], (const void*)addr[388], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s287(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[387], addr[389], addr[390], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s288(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[389], addr[1], addr[392], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s289(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[393], (const void*)addr[113], (const void*)addr[211], (const void*)addr[392], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s290(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[391], addr[393], addr[394], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s291(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[393], addr[1], addr[396], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s292(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[397], (const void*)addr[111], (const void*)addr[211], (const void*)addr[396], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s293(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[395], addr[397], addr[398], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s294(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[397], addr[1], addr[400], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s295(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[401], (const void*)addr[109], (const void*)addr[211], (const void*)addr[400], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s296(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[399], addr[401], addr[402], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s297(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[401], addr[1], addr[404], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s298(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[405], (const void*)addr[107], (const void*)addr[211], (const void*)addr[404], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s299(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[403], addr[405], addr[406], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s300(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[405], addr[1], addr[408], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s301(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[409], (const void*)addr[105], (const void*)addr[211], (const void*)addr[408], 1024, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s302(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[407], addr[409], addr[410], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s303(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k664((void*)addr[412], (const void*)addr[214], (const void*)addr[218], (const void*)addr[222], (const void*)addr[226], (const void*)addr[230], (const void*)addr[234], (const void*)addr[238], (const void*)addr[242], (const void*)addr[246], (const void*)addr[250], (const void*)addr[254], (const void*)addr[258], (const void*)addr[262], (const void*)addr[266], (const void*)addr[270], (const void*)addr[274], (const void*)addr[278], (const void*)addr[282], (const void*)addr[286], (const void*)addr[290], (const void*)addr[294], (const void*)addr[298], (const void*)addr[302], (const void*)addr[306], (const void*)addr[310], (const void*)addr[314], (const void*)addr[318], (const void*)addr[322], (const void*)addr[326], (const void*)addr[330], (const void*)addr[334], (const void*)addr[338], (const void*)addr[342], (const void*)addr[346], (const void*)addr[350], (const void*)addr[354], (const void*)addr[358], (const void*)addr[362], (const void*)addr[366], (const void*)addr[370], (const void*)addr[374], (const void*)addr[378], (const void*)addr[382], (const void*)addr[386], (const void*)addr[390], (const void*)addr[394], (const void*)addr[398], (const void*)addr[402], (const void*)addr[406], (const void*)addr[410], (const void*)addr[411], (const void*)addr[0], 2048, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s304(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[201], addr[213], addr[413], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s305(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[199], addr[217], addr[414], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s306(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[197], addr[221], addr[415], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s307(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[195], addr[225], addr[416], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s308(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[193], addr[229], addr[417], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s309(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[191], addr[233], addr[418], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s310(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[189], addr[237], addr[419], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s311(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[187], addr[241], addr[420], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s312(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[185], addr[245], addr[421], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s313(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[183], addr[249], addr[422], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s314(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[181], addr[253], addr[423], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s315(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[179], addr[257], addr[424], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s316(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[177], addr[261], addr[425], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s317(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[175], addr[265], addr[426], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s318(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[173], addr[269], addr[427], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s319(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[171], addr[273], addr[428], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s320(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[169], addr[277], addr[429], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s321(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[167], addr[281], addr[430], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s322(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[165], addr[285], addr[431], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s323(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[163], addr[289], addr[432], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s324(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[161], addr[293], addr[433], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s325(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[159], addr[297], addr[434], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s326(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[157], addr[301], addr[435], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s327(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[155], addr[305], addr[436], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s328(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[153], addr[309], addr[437], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s329(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[151], addr[313], addr[438], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s330(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[149], addr[317], addr[439], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s331(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[147], addr[321], addr[440], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s332(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[145], addr[325], addr[441], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s333(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[143], addr[329], addr[442], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s334(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[141], addr[333], addr[443], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s335(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[139], addr[337], addr[444], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s336(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[137], addr[341], addr[445], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s337(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[135], addr[345], addr[446], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s338(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[133], addr[349], addr[447], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s339(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[131], addr[353], addr[448], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s340(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[129], addr[357], addr[449], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s341(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[127], addr[361], addr[450], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s342(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[125], addr[365], addr[451], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s343(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[123], addr[369], addr[452], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s344(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[121], addr[373], addr[453], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s345(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[119], addr[377], addr[454], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s346(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[117], addr[381], addr[455], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s347(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[115], addr[385], addr[456], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s348(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[113], addr[389], addr[457], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s349(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[111], addr[393], addr[458], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s350(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[109], addr[397], addr[459], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s351(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[107], addr[401], addr[460], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s352(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[105], addr[405], addr[461], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s353(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[462], addr[409], addr[463], 1, 64, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s354(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k664((void*)addr[464], (const void*)addr[413], (const void*)addr[414], (const void*)addr[415], (const void*)addr[416], (const void*)addr[417], (const void*)addr[418], (const void*)addr[419], (const void*)addr[420], (const void*)addr[421], (const void*)addr[422], (const void*)addr[423], (const void*)addr[424], (const void*)addr[425], (const void*)addr[426], (const void*)addr[427], (const void*)addr[428], (const void*)addr[429], (const void*)addr[430], (const void*)addr[431], (const void*)addr[432], (const void*)addr[433], (const void*)addr[434], (const void*)addr[435], (const void*)addr[436], (const void*)addr[437], (const void*)addr[438], (const void*)addr[439], (const void*)addr[440], (const void*)addr[441], (const void*)addr[442], (const void*)addr[443], (const void*)addr[444], (const void*)addr[445], (const void*)addr[446], (const void*)addr[447], (const void*)addr[448], (const void*)addr[449], (const void*)addr[450], (const void*)addr[451], (const void*)addr[452], (const void*)addr[453], (const void*)addr[454], (const void*)addr[455], (const void*)addr[456], (const void*)addr[457], (const void*)addr[458], (const void*)addr[459], (const void*)addr[460], (const void*)addr[461], (const void*)addr[463], (const void*)addr[411], (const void*)addr[1], 4096, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s355(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[213], addr[465], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s356(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[217], addr[466], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s357(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[221], addr[467], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s358(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[225], addr[468], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s359(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[229], addr[469], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s360(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[233], addr[470], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s361(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[237], addr[471], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s362(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[241], addr[472], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s363(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[245], addr[473], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s364(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[249], addr[474], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s365(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[253], addr[475], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s366(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[257], addr[476], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s367(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[261], addr[477], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s368(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[265], addr[478], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s369(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[269], addr[479], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s370(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[273], addr[480], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s371(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[277], addr[481], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s372(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[281], addr[482], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s373(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[285], addr[483], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s374(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[289], addr[484], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s375(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[293], addr[485], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s376(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[297], addr[486], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s377(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[301], addr[487], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s378(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[305], addr[488], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s379(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[309], addr[489], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s380(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[313], addr[490], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s381(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[317], addr[491], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s382(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[321], addr[492], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s383(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[325], addr[493], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s384(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[329], addr[494], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s385(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[333], addr[495], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s386(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[337], addr[496], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s387(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[341], addr[497], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s388(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[345], addr[498], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s389(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[349], addr[499], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s390(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[353], addr[500], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s391(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[357], addr[501], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s392(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[361], addr[502], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s393(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[365], addr[503], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s394(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[369], addr[504], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s395(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[373], addr[505], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s396(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[377], addr[506], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s397(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[381], addr[507], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s398(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[385], addr[508], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s399(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[389], addr[509], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s400(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[393], addr[510], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s401(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[397], addr[511], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s402(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[401], addr[512], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s403(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[405], addr[513], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s404(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[409], addr[514], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s405(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k664((void*)addr[515], (const void*)addr[465], (const void*)addr[466], (const void*)addr[467], (const void*)addr[468], (const void*)addr[469], (const void*)addr[470], (const void*)addr[471], (const void*)addr[472], (const void*)addr[473], (const void*)addr[474], (const void*)addr[475], (const void*)addr[476], (const void*)addr[477], (const void*)addr[478], (const void*)addr[479], (const void*)addr[480], (const void*)addr[481], (const void*)addr[482], (const void*)addr[483], (const void*)addr[484], (const void*)addr[485], (const void*)addr[486], (const void*)addr[487], (const void*)addr[488], (const void*)addr[489], (const void*)addr[490], (const void*)addr[491], (const void*)addr[492], (const void*)addr[493], (const void*)addr[494], (const void*)addr[495], (const void*)addr[496], (const void*)addr[497], (const void*)addr[498], (const void*)addr[499], (const void*)addr[500], (const void*)addr[501], (const void*)addr[502], (const void*)addr[503], (const void*)addr[504], (const void*)addr[505], (const void*)addr[506], (const void*)addr[507], (const void*)addr[508], (const void*)addr[509], (const void*)addr[510], (const void*)addr[511], (const void*)addr[512], (const void*)addr[513], (const void*)addr[514], (const void*)addr[411], (const void*)addr[2], 64, part, parts, sc);
}
