function compiled(ins, C, R, H) {
  const in0 = ins[0];
  const b1 = R[0](in0);
  const b2 = R[1](b1);
  return [b2];
}
