function compiled(ins, C, R, H) {
  function L2(in0, H) {
    const b2 = new Float32Array(8);
    {
      const acc = new Float64Array(8);
      for (let i0 = 0; i0 < 8; i0++) {
        const p0_0 = i0 * 16;
        const p1_0 = i0;
        for (let i1 = 0; i1 < 16; i1++) {
          const t1 = Math.fround(H.expf(in0[p0_0 + i1]));
          acc[p1_0] = acc[p1_0] + t1;
        }
      }
      for (let i = 0; i < 8; i++) {
        b2[i] = acc[i];
      }
    }
    return b2;
  }
  function L4(b4, b2, b3, H) {
    {
      for (let i = 0; i < 8; i++) {
        const t4 = b2[i] + b3[i];
        b4[i] = t4;
      }
    }
  }
  const in0 = ins[0];
  const b3 = R[0](in0);
  const b2 = L2(in0, H);
  const b4 = b3;
  L4(b4, b2, b3, H);
  return [b4];
}
