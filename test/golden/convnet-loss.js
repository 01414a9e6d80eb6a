function compiled(ins, C, R, H) {
  function L14(b14, b11, in1, b13, H) {
    {
      const x2 = b13[0];
      let o = 0;
      for (let i0 = 0; i0 < 32; i0++) {
        const p0_0 = i0 * 3456;
        for (let i1 = 0; i1 < 6; i1++) {
          const p0_1 = p0_0 + i1 * 576;
          const p1_1 = i1;
          for (let i2 = 0; i2 < 576; i2++) {
            const t12 = Math.fround(b11[p0_1 + i2] + in1[p1_1]);
            const t14 = H.fmax(t12, x2);
            b14[o++] = t14;
          }
        }
      }
    }
  }
  function L18(b18, b16, in3, b13, H) {
    {
      const x2 = b13[0];
      let o = 0;
      for (let i0 = 0; i0 < 32; i0++) {
        const p0_0 = i0 * 1024;
        for (let i1 = 0; i1 < 16; i1++) {
          const p0_1 = p0_0 + i1 * 64;
          const p1_1 = i1;
          for (let i2 = 0; i2 < 64; i2++) {
            const t17 = Math.fround(b16[p0_1 + i2] + in3[p1_1]);
            const t18 = H.fmax(t17, x2);
            b18[o++] = t18;
          }
        }
      }
    }
  }
  function L22(b22, b21, b13, H) {
    {
      const x1 = b13[0];
      for (let i = 0; i < 3840; i++) {
        const t22 = H.fmax(b21[i], x1);
        b22[i] = t22;
      }
    }
  }
  function L24(b24, b23, b13, H) {
    {
      const x1 = b13[0];
      for (let i = 0; i < 2688; i++) {
        const t24 = H.fmax(b23[i], x1);
        b24[i] = t24;
      }
    }
  }
  function L29(b29, b27, b13, H) {
    {
      const x1 = b13[0];
      for (let i = 0; i < 32; i++) {
        const t28 = b27[i] - b27[i] === 0 ? 1 : 0;
        const t29 = t28 ? b27[i] : x1;
        b29[i] = t29;
      }
    }
  }
  function L30(b30, b25, b29, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 32; i0++) {
        const p0_0 = i0 * 10;
        const p1_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t30 = b25[p0_0 + i1] - b29[p1_0];
          b30[o++] = t30;
        }
      }
    }
  }
  function L32(b30, H) {
    const b32 = new Float32Array(32);
    {
      const acc = new Float64Array(32);
      for (let i0 = 0; i0 < 32; i0++) {
        const p0_0 = i0 * 10;
        const p1_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t31 = Math.fround(H.expf(b30[p0_0 + i1]));
          acc[p1_0] = acc[p1_0] + t31;
        }
      }
      for (let i = 0; i < 32; i++) {
        b32[i] = acc[i];
      }
    }
    return b32;
  }
  function L34(b34, b33, H) {
    {
      for (let i = 0; i < 32; i++) {
        const t34 = Math.log(b33[i]);
        b34[i] = t34;
      }
    }
  }
  function L43(b38, b39, b30, H) {
    const b43 = new Float32Array(32);
    {
      const acc = new Float64Array(32);
      for (let i0 = 0; i0 < 32; i0++) {
        const p0_0 = i0;
        const p2_0 = i0 * 10;
        const p3_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t40 = b38[p0_0] === b39[i1] ? 1 : 0;
          const t41 = Math.fround(t40);
          const t42 = Math.fround(b30[p2_0 + i1] * t41);
          acc[p3_0] = acc[p3_0] + t42;
        }
      }
      for (let i = 0; i < 32; i++) {
        b43[i] = acc[i];
      }
    }
    return b43;
  }
  function L45(b35, b43, H) {
    const b45 = new Float32Array(1);
    {
      const acc = new Float64Array(1);
      for (let i0 = 0; i0 < 32; i0++) {
        const t44 = Math.fround(b35[i0] - b43[i0]);
        acc[0] = acc[0] + t44;
      }
      for (let i = 0; i < 1; i++) {
        b45[i] = acc[i];
      }
    }
    return b45;
  }
  function L47(b47, b45, b46, H) {
    {
      for (let i = 0; i < 1; i++) {
        const t47 = b45[i] * b46[i];
        b47[i] = t47;
      }
    }
  }
  const in0 = ins[0];
  const in1 = ins[1];
  const in2 = ins[2];
  const in3 = ins[3];
  const in4 = ins[4];
  const in5 = ins[5];
  const in6 = ins[6];
  const in7 = ins[7];
  const in8 = ins[8];
  const in9 = ins[9];
  const b10 = C[0];
  const b11 = R[0](b10, in0);
  const b13 = C[1];
  const b14 = b11;
  L14(b14, b11, in1, b13, H);
  const b15 = R[1](b14);
  const b16 = R[2](b15, in2);
  const b18 = b16;
  L18(b18, b16, in3, b13, H);
  const b19 = R[3](b18);
  const b20 = b19;
  const b21 = R[4](b20, in4, in5);
  const b22 = b21;
  L22(b22, b21, b13, H);
  const b23 = R[5](b22, in6, in7);
  const b24 = b23;
  L24(b24, b23, b13, H);
  const b25 = R[6](b24, in8, in9);
  const b26 = R[7](b25);
  const b27 = b26;
  const b29 = b26;
  L29(b29, b27, b13, H);
  const b30 = b25;
  L30(b30, b25, b29, H);
  const b32 = L32(b30, H);
  const b33 = b32;
  const b34 = b32;
  L34(b34, b33, H);
  const b35 = b34;
  const b36 = C[2];
  const b37 = R[8](b36);
  const b38 = b37;
  const b39 = C[3];
  const b43 = L43(b38, b39, b30, H);
  const b46 = C[4];
  const b45 = L45(b35, b43, H);
  const b47 = new Float32Array(1);
  L47(b47, b45, b46, H);
  return [b47];
}
