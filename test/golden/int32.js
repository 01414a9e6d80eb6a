function compiled(ins, C, R, H) {
  function L5(b5, in1, H) {
    {
      for (let i = 0; i < 7; i++) {
        const t5 = -in1[i] | 0;
        b5[i] = t5;
      }
    }
  }
  function L6(b6, in0, in1, b3, b5, H) {
    {
      const x2 = b3[0];
      let o = 0;
      for (let i0 = 0; i0 < 10; i0++) {
        const p0_0 = i0 * 7;
        for (let i1 = 0; i1 < 7; i1++) {
          const t2 = in0[p0_0 + i1] + in1[i1] | 0;
          const t4 = Math.imul(t2, x2);
          const t6 = t4 > b5[i1] ? t4 : b5[i1];
          b6[o++] = t6;
        }
      }
    }
  }
  const in0 = ins[0];
  const in1 = ins[1];
  const b3 = C[0];
  const b5 = new Int32Array(7);
  L5(b5, in1, H);
  const b6 = new Int32Array(70);
  L6(b6, in0, in1, b3, b5, H);
  return [b6];
}
