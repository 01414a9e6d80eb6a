function compiled(ins, C, R, H) {
  function L3(b3, in1, H) {
    {
      for (let i = 0; i < 4; i++) {
        const t3 = H.sigmoidf(in1[i]);
        b3[i] = t3;
      }
    }
  }
  function L4(b4, in0, in1, b3, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 3; i0++) {
        const p0_0 = i0;
        for (let i1 = 0; i1 < 4; i1++) {
          const t2 = Math.fround(in0[p0_0] + in1[i1]);
          const t4 = t2 * b3[i1];
          b4[o++] = t4;
        }
      }
    }
  }
  const in0 = ins[0];
  const in1 = ins[1];
  const b3 = new Float32Array(4);
  L3(b3, in1, H);
  const b4 = new Float32Array(12);
  L4(b4, in0, in1, b3, H);
  return [b4];
}
