function compiled(ins, C, R, H) {
  function L4(b4, in0, H) {
    {
      for (let i = 0; i < 17; i++) {
        const t1 = Math.fround(in0[i]);
        const t2 = in0[i];
        const t3 = Math.fround(t2);
        const t4 = t1 + t3;
        b4[i] = t4;
      }
    }
  }
  const in0 = ins[0];
  const b4 = new Float32Array(17);
  L4(b4, in0, H);
  return [b4];
}
