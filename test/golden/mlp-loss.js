function compiled(ins, C, R, H) {
  function L9(b9, b7, b8, H) {
    {
      const x1 = b8[0];
      for (let i = 0; i < 65536; i++) {
        const t9 = H.fmax(b7[i], x1);
        b9[i] = t9;
      }
    }
  }
  function L11(b11, b10, b8, H) {
    {
      const x1 = b8[0];
      for (let i = 0; i < 65536; i++) {
        const t11 = H.fmax(b10[i], x1);
        b11[i] = t11;
      }
    }
  }
  function L16(b16, b14, b8, H) {
    {
      const x1 = b8[0];
      for (let i = 0; i < 128; i++) {
        const t15 = b14[i] - b14[i] === 0 ? 1 : 0;
        const t16 = t15 ? b14[i] : x1;
        b16[i] = t16;
      }
    }
  }
  function L17(b17, b12, b16, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 128; i0++) {
        const p0_0 = i0 * 10;
        const p1_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t17 = b12[p0_0 + i1] - b16[p1_0];
          b17[o++] = t17;
        }
      }
    }
  }
  function L19(b17, H) {
    const b19 = new Float32Array(128);
    {
      const acc = new Float64Array(128);
      for (let i0 = 0; i0 < 128; i0++) {
        const p0_0 = i0 * 10;
        const p1_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t18 = Math.fround(H.expf(b17[p0_0 + i1]));
          acc[p1_0] = acc[p1_0] + t18;
        }
      }
      for (let i = 0; i < 128; i++) {
        b19[i] = acc[i];
      }
    }
    return b19;
  }
  function L21(b21, b20, H) {
    {
      for (let i = 0; i < 128; i++) {
        const t21 = Math.log(b20[i]);
        b21[i] = t21;
      }
    }
  }
  function L30(b25, b26, b17, H) {
    const b30 = new Float32Array(128);
    {
      const acc = new Float64Array(128);
      for (let i0 = 0; i0 < 128; i0++) {
        const p0_0 = i0;
        const p2_0 = i0 * 10;
        const p3_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t27 = b25[p0_0] === b26[i1] ? 1 : 0;
          const t28 = Math.fround(t27);
          const t29 = Math.fround(b17[p2_0 + i1] * t28);
          acc[p3_0] = acc[p3_0] + t29;
        }
      }
      for (let i = 0; i < 128; i++) {
        b30[i] = acc[i];
      }
    }
    return b30;
  }
  function L32(b22, b30, H) {
    const b32 = new Float32Array(1);
    {
      const acc = new Float64Array(1);
      for (let i0 = 0; i0 < 128; i0++) {
        const t31 = Math.fround(b22[i0] - b30[i0]);
        acc[0] = acc[0] + t31;
      }
      for (let i = 0; i < 1; i++) {
        b32[i] = acc[i];
      }
    }
    return b32;
  }
  function L34(b34, b32, b33, H) {
    {
      for (let i = 0; i < 1; i++) {
        const t34 = b32[i] * b33[i];
        b34[i] = t34;
      }
    }
  }
  const in0 = ins[0];
  const in1 = ins[1];
  const in2 = ins[2];
  const in3 = ins[3];
  const in4 = ins[4];
  const in5 = ins[5];
  const b6 = C[0];
  const b7 = R[0](b6, in0, in1);
  const b8 = C[1];
  const b9 = b7;
  L9(b9, b7, b8, H);
  const b10 = R[1](b9, in2, in3);
  const b11 = b10;
  L11(b11, b10, b8, H);
  const b12 = R[2](b11, in4, in5);
  const b13 = R[3](b12);
  const b14 = b13;
  const b16 = b13;
  L16(b16, b14, b8, H);
  const b17 = b12;
  L17(b17, b12, b16, H);
  const b19 = L19(b17, H);
  const b20 = b19;
  const b21 = b19;
  L21(b21, b20, H);
  const b22 = b21;
  const b23 = C[2];
  const b24 = R[4](b23);
  const b25 = b24;
  const b26 = C[3];
  const b30 = L30(b25, b26, b17, H);
  const b33 = C[4];
  const b32 = L32(b22, b30, H);
  const b34 = new Float32Array(1);
  L34(b34, b32, b33, H);
  return [b34];
}
