function compiled(ins, C, R, H) {
  function L6(b6, in1, b4, H) {
    {
      const x1 = b4[0];
      for (let i = 0; i < 33; i++) {
        const t3 = Math.fround(in1[i] * in1[i]);
        const t5 = Math.fround(t3 + x1);
        const t6 = Math.sqrt(t5);
        b6[i] = t6;
      }
    }
  }
  function L7(b7, in0, in1, b6, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 64; i0++) {
        const p0_0 = i0 * 33;
        for (let i1 = 0; i1 < 33; i1++) {
          const t2 = Math.fround(in0[p0_0 + i1] - in1[i1]);
          const t7 = t2 / b6[i1];
          b7[o++] = t7;
        }
      }
    }
  }
  const in0 = ins[0];
  const in1 = ins[1];
  const b4 = C[0];
  const b6 = new Float32Array(33);
  L6(b6, in1, b4, H);
  const b7 = new Float32Array(2112);
  L7(b7, in0, in1, b6, H);
  return [b7];
}
