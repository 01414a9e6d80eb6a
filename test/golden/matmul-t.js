function compiled(ins, C, R, H) {
  const in0 = ins[0];
  const in1 = ins[1];
  const b2 = R[0](in0);
  const b3 = R[1](b2, in1);
  return [b3];
}
