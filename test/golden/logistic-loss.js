function compiled(ins, C, R, H) {
  function L21(b6, in1, b9, b11, b2, b16, b15, H) {
    const b21 = new Float32Array(1);
    {
      const acc = new Float64Array(1);
      for (let i0 = 0; i0 < 400; i0++) {
        const t7 = Math.fround(b6[i0] + in1[0]);
        const t8 = Math.fround(H.sigmoidf(t7));
        const t10 = Math.fround(H.fmax(t8, b9[0]));
        const t12 = Math.fround(H.fmin(t10, b11[0]));
        const t13 = Math.fround(Math.log(t12));
        const t14 = Math.fround(b2[i0] * t13);
        const t17 = Math.fround(b16[0] - t12);
        const t18 = Math.fround(Math.log1p(t17));
        const t19 = Math.fround(b15[i0] * t18);
        const t20 = Math.fround(t14 + t19);
        acc[0] = acc[0] + t20;
      }
      for (let i = 0; i < 1; i++) {
        b21[i] = acc[i];
      }
    }
    return b21;
  }
  function L26(in0, H) {
    const b26 = new Float32Array(1);
    {
      const acc = new Float64Array(1);
      for (let i0 = 0; i0 < 784; i0++) {
        const t25 = Math.fround(in0[i0] * in0[i0]);
        acc[0] = acc[0] + t25;
      }
      for (let i = 0; i < 1; i++) {
        b26[i] = acc[i];
      }
    }
    return b26;
  }
  function L29(b29, b21, b22, b26, b27, H) {
    {
      for (let i = 0; i < 1; i++) {
        const t23 = Math.fround(b21[i] * b22[i]);
        const t24 = Math.fround(-t23);
        const t28 = Math.fround(b26[i] * b27[i]);
        const t29 = t24 + t28;
        b29[i] = t29;
      }
    }
  }
  const in0 = ins[0];
  const in1 = ins[1];
  const b2 = C[0];
  const b3 = C[1];
  const b4 = in0;
  const b5 = R[0](b3, b4);
  const b6 = b5;
  const b9 = C[2];
  const b11 = C[3];
  const b15 = C[4];
  const b16 = C[5];
  const b22 = C[6];
  const b27 = C[7];
  const b21 = L21(b6, in1, b9, b11, b2, b16, b15, H);
  const b26 = L26(in0, H);
  const b29 = new Float32Array(1);
  L29(b29, b21, b22, b26, b27, H);
  return [b29];
}
