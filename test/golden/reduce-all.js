function compiled(ins, C, R, H) {
  function L2(in0, H) {
    const b2 = new Float32Array(1);
    {
      const acc = new Float64Array(1);
      for (let i0 = 0; i0 < 30; i0++) {
        const t1 = Math.fround(in0[i0] * in0[i0]);
        acc[0] = acc[0] + t1;
      }
      for (let i = 0; i < 1; i++) {
        b2[i] = acc[i];
      }
    }
    return b2;
  }
  function L4(b4, b2, b3, H) {
    {
      for (let i = 0; i < 1; i++) {
        const t4 = b2[i] * b3[i];
        b4[i] = t4;
      }
    }
  }
  const in0 = ins[0];
  const b3 = C[0];
  const b2 = L2(in0, H);
  const b4 = new Float32Array(1);
  L4(b4, b2, b3, H);
  return [b4];
}
