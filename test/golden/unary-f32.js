function compiled(ins, C, R, H) {
  function L8(b8, in0, b7, H) {
    {
      const x1 = b7[0];
      for (let i = 0; i < 100; i++) {
        const t1 = Math.fround(Math.abs(in0[i]));
        const t2 = Math.fround(H.erf(t1));
        const t3 = Math.fround(in0[i] + t2);
        const t4 = Math.fround(-in0[i]);
        const t5 = Math.fround(Math.floor(t4));
        const t6 = Math.fround(t3 + t5);
        const t8 = t6 + x1;
        b8[i] = t8;
      }
    }
  }
  const in0 = ins[0];
  const b7 = C[0];
  const b8 = new Float32Array(100);
  L8(b8, in0, b7, H);
  return [b8];
}
