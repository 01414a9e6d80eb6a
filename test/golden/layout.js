function compiled(ins, C, R, H) {
  function L4(b4, b1, b3, H) {
    {
      for (let i = 0; i < 36; i++) {
        const t4 = b1[i] + b3[i];
        b4[i] = t4;
      }
    }
  }
  const in0 = ins[0];
  const b1 = R[0](in0);
  const b2 = R[1](in0);
  const b3 = R[2](b2);
  const b4 = b1;
  L4(b4, b1, b3, H);
  return [b4];
}
