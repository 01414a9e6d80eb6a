function compiled(ins, C, R, H) {
  function L4(b4, b2, b3, H) {
    {
      const x1 = b3[0];
      for (let i = 0; i < 30; i++) {
        const t4 = H.fmax(b2[i], x1);
        b4[i] = t4;
      }
    }
  }
  const in0 = ins[0];
  const in1 = ins[1];
  const b2 = R[0](in0, in1);
  const b3 = C[0];
  const b4 = b2;
  L4(b4, b2, b3, H);
  return [b4];
}
