function compiled(ins, C, R, H) {
  function L5(b5, in0, in1, b3, H) {
    {
      const x2 = b3[0];
      for (let i = 0; i < 50; i++) {
        const t2 = in0[i] > in1[i] ? 1 : 0;
        const t4 = Math.fround(in1[i] * x2);
        const t5 = t2 ? in0[i] : t4;
        b5[i] = t5;
      }
    }
  }
  const in0 = ins[0];
  const in1 = ins[1];
  const b3 = C[0];
  const b5 = new Float32Array(50);
  L5(b5, in0, in1, b3, H);
  return [b5];
}
