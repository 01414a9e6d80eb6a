function compiled(ins, C, R, H) {
  function L8(b8, b6, in1, H) {
    {
      const x1 = in1[0];
      for (let i = 0; i < 400; i++) {
        const t7 = Math.fround(b6[i] + x1);
        const t8 = H.sigmoidf(t7);
        b8[i] = t8;
      }
    }
  }
  function L10(b10, b8, b9, H) {
    {
      const x1 = b9[0];
      for (let i = 0; i < 400; i++) {
        const t10 = H.fmax(b8[i], x1);
        b10[i] = t10;
      }
    }
  }
  function L12(b12, b10, b11, H) {
    {
      const x1 = b11[0];
      for (let i = 0; i < 400; i++) {
        const t12 = H.fmin(b10[i], x1);
        b12[i] = t12;
      }
    }
  }
  function L21(b12, b2, b16, b15, H) {
    const b21 = new Float32Array(1);
    {
      const acc = new Float64Array(1);
      for (let i0 = 0; i0 < 400; i0++) {
        const t13 = Math.fround(Math.log(b12[i0]));
        const t14 = Math.fround(b2[i0] * t13);
        const t17 = Math.fround(b16[0] - b12[i0]);
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
  function L56(b56, b34, b12, b33, b39, b10, b11, b45, b16, b8, b9, H) {
    {
      const x0 = b34[0];
      const x5 = b11[0];
      const x6 = b45[0];
      const x7 = b16[0];
      const x9 = b9[0];
      for (let i = 0; i < 400; i++) {
        const t35 = Math.fround(x0 - b12[i]);
        const t36 = Math.fround(x0 / t35);
        const t37 = Math.fround(b33[i] * t36);
        const t38 = Math.fround(-t37);
        const t40 = Math.fround(x0 / b12[i]);
        const t41 = Math.fround(b39[i] * t40);
        const t42 = Math.fround(t38 + t41);
        const t43 = b10[i] < x5 ? 1 : 0;
        const t44 = b10[i] === x5 ? 1 : 0;
        const t46 = Math.fround(t44 ? x6 : x7);
        const t47 = Math.fround(t43 ? x0 : t46);
        const t48 = Math.fround(t42 * t47);
        const t49 = b8[i] > x9 ? 1 : 0;
        const t50 = b8[i] === x9 ? 1 : 0;
        const t51 = Math.fround(t50 ? x6 : x7);
        const t52 = Math.fround(t49 ? x0 : t51);
        const t53 = Math.fround(t48 * t52);
        const t54 = Math.fround(x0 - b8[i]);
        const t55 = Math.fround(b8[i] * t54);
        const t56 = t53 * t55;
        b56[i] = t56;
      }
    }
  }
  function L63(b63, in0, b30, b59, b61, H) {
    {
      const x1 = b30[0];
      const x3 = b61[0];
      for (let i = 0; i < 784; i++) {
        const t31 = Math.fround(in0[i] * x1);
        const t60 = Math.fround(t31 + b59[i]);
        const t62 = Math.fround(t60 * x3);
        const t63 = in0[i] - t62;
        b63[i] = t63;
      }
    }
  }
  function L66(b66, b64, b61, in1, H) {
    {
      for (let i = 0; i < 1; i++) {
        const t65 = Math.fround(b64[i] * b61[i]);
        const t66 = in1[i] - t65;
        b66[i] = t66;
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
  const b8 = b5;
  L8(b8, b6, in1, H);
  const b9 = C[2];
  const b10 = new Float32Array(400);
  L10(b10, b8, b9, H);
  const b11 = C[3];
  const b12 = new Float32Array(400);
  L12(b12, b10, b11, H);
  const b15 = C[4];
  const b16 = C[5];
  const b22 = C[6];
  const b27 = C[7];
  const b21 = L21(b12, b2, b16, b15, H);
  const b26 = L26(in0, H);
  const b29 = new Float32Array(1);
  L29(b29, b21, b22, b26, b27, H);
  const b30 = C[8];
  const b32 = R[1](b3);
  const b33 = C[9];
  const b34 = C[10];
  const b39 = C[11];
  const b45 = C[12];
  const b56 = b12;
  L56(b56, b34, b12, b33, b39, b10, b11, b45, b16, b8, b9, H);
  const b57 = b56;
  const b58 = R[2](b32, b57);
  const b59 = b58;
  const b61 = C[13];
  const b63 = b58;
  L63(b63, in0, b30, b59, b61, H);
  const b64 = R[3](b56);
  const b66 = b64;
  L66(b66, b64, b61, in1, H);
  return [b29, b63, b66];
}
