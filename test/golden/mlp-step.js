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
  function L15(b15, b14, H) {
    {
      for (let i = 0; i < 128; i++) {
        const t15 = b14[i] - b14[i] === 0 ? 1 : 0;
        b15[i] = t15;
      }
    }
  }
  function L16(b16, b15, b14, b8, H) {
    {
      const x2 = b8[0];
      for (let i = 0; i < 128; i++) {
        const t16 = b15[i] ? b14[i] : x2;
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
  function L18(b18, b17, H) {
    {
      for (let i = 0; i < 1280; i++) {
        const t18 = H.expf(b17[i]);
        b18[i] = t18;
      }
    }
  }
  function L21(b21, b20, H) {
    {
      for (let i = 0; i < 128; i++) {
        const t21 = Math.log(b20[i]);
        b21[i] = t21;
      }
    }
  }
  function L28(b28, b25, b26, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 128; i0++) {
        const p0_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t27 = b25[p0_0] === b26[i1] ? 1 : 0;
          const t28 = t27;
          b28[o++] = t28;
        }
      }
    }
  }
  function L30(b17, b28, H) {
    const b30 = new Float32Array(128);
    {
      const acc = new Float64Array(128);
      for (let i0 = 0; i0 < 128; i0++) {
        const p0_0 = i0 * 10;
        const p1_0 = i0 * 10;
        const p2_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t29 = Math.fround(b17[p0_0 + i1] * b28[p1_0 + i1]);
          acc[p2_0] = acc[p2_0] + t29;
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
  function L39(b39, b38, b28, H) {
    {
      for (let i = 0; i < 1280; i++) {
        const t39 = b38[i] * b28[i];
        b39[i] = t39;
      }
    }
  }
  function L43(b43, b41, b20, b40, H) {
    {
      const x0 = b41[0];
      for (let i = 0; i < 128; i++) {
        const t42 = Math.fround(x0 / b20[i]);
        const t43 = b40[i] * t42;
        b43[i] = t43;
      }
    }
  }
  function L44(b44, b43, b18, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 128; i0++) {
        const p0_0 = i0;
        const p1_0 = i0 * 10;
        for (let i1 = 0; i1 < 10; i1++) {
          const t44 = b43[p0_0] * b18[p1_0 + i1];
          b44[o++] = t44;
        }
      }
    }
  }
  function L47(b39, H) {
    const b47 = new Float32Array(128);
    {
      const acc = new Float64Array(128);
      for (let i0 = 0; i0 < 128; i0++) {
        const p0_0 = i0 * 10;
        const p1_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t46 = Math.fround(-b39[p0_0 + i1]);
          acc[p1_0] = acc[p1_0] + t46;
        }
      }
      for (let i = 0; i < 128; i++) {
        b47[i] = acc[i];
      }
    }
    return b47;
  }
  function L50(b44, H) {
    const b50 = new Float32Array(128);
    {
      const acc = new Float64Array(128);
      for (let i0 = 0; i0 < 128; i0++) {
        const p0_0 = i0 * 10;
        const p1_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t49 = Math.fround(-b44[p0_0 + i1]);
          acc[p1_0] = acc[p1_0] + t49;
        }
      }
      for (let i = 0; i < 128; i++) {
        b50[i] = acc[i];
      }
    }
    return b50;
  }
  function L53(b53, b48, b51, b15, b8, H) {
    {
      const x3 = b8[0];
      for (let i = 0; i < 128; i++) {
        const t52 = Math.fround(b48[i] + b51[i]);
        const t53 = b15[i] ? t52 : x3;
        b53[i] = t53;
      }
    }
  }
  function L55(b55, b12, b14, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 128; i0++) {
        const p0_0 = i0 * 10;
        const p1_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t54 = b12[p0_0 + i1] === b14[p1_0] ? 1 : 0;
          const t55 = t54;
          b55[o++] = t55;
        }
      }
    }
  }
  function L60(b60, b39, b44, b55, b57, b53, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 128; i0++) {
        const p0_0 = i0 * 10;
        const p1_0 = i0 * 10;
        const p2_0 = i0 * 10;
        const p3_0 = i0;
        const p4_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t45 = Math.fround(b39[p0_0 + i1] + b44[p1_0 + i1]);
          const t58 = Math.fround(b55[p2_0 + i1] / b57[p3_0]);
          const t59 = Math.fround(b53[p4_0] * t58);
          const t60 = t45 + t59;
          b60[o++] = t60;
        }
      }
    }
  }
  function L63(b63, b10, b8, b62, H) {
    {
      const x1 = b8[0];
      for (let i = 0; i < 65536; i++) {
        const t37 = b10[i] <= x1 ? 1 : 0;
        const t63 = t37 ? x1 : b62[i];
        b63[i] = t63;
      }
    }
  }
  function L66(b66, b7, b8, b65, H) {
    {
      const x1 = b8[0];
      for (let i = 0; i < 65536; i++) {
        const t36 = b7[i] <= x1 ? 1 : 0;
        const t66 = t36 ? x1 : b65[i];
        b66[i] = t66;
      }
    }
  }
  function L70(b70, b67, b68, in0, H) {
    {
      const x1 = b68[0];
      for (let i = 0; i < 401408; i++) {
        const t69 = Math.fround(b67[i] * x1);
        const t70 = in0[i] - t69;
        b70[i] = t70;
      }
    }
  }
  function L73(b73, b71, b68, in1, H) {
    {
      const x1 = b68[0];
      for (let i = 0; i < 512; i++) {
        const t72 = Math.fround(b71[i] * x1);
        const t73 = in1[i] - t72;
        b73[i] = t73;
      }
    }
  }
  function L77(b77, b75, b68, in2, H) {
    {
      const x1 = b68[0];
      for (let i = 0; i < 262144; i++) {
        const t76 = Math.fround(b75[i] * x1);
        const t77 = in2[i] - t76;
        b77[i] = t77;
      }
    }
  }
  function L80(b80, b78, b68, in3, H) {
    {
      const x1 = b68[0];
      for (let i = 0; i < 512; i++) {
        const t79 = Math.fround(b78[i] * x1);
        const t80 = in3[i] - t79;
        b80[i] = t80;
      }
    }
  }
  function L84(b84, b82, b68, in4, H) {
    {
      const x1 = b68[0];
      for (let i = 0; i < 5120; i++) {
        const t83 = Math.fround(b82[i] * x1);
        const t84 = in4[i] - t83;
        b84[i] = t84;
      }
    }
  }
  function L87(b87, b85, b68, in5, H) {
    {
      const x1 = b68[0];
      for (let i = 0; i < 10; i++) {
        const t86 = Math.fround(b85[i] * x1);
        const t87 = in5[i] - t86;
        b87[i] = t87;
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
  const b9 = new Float32Array(65536);
  L9(b9, b7, b8, H);
  const b10 = R[1](b9, in2, in3);
  const b11 = new Float32Array(65536);
  L11(b11, b10, b8, H);
  const b12 = R[2](b11, in4, in5);
  const b13 = R[3](b12);
  const b14 = b13;
  const b15 = new Uint8Array(128);
  L15(b15, b14, H);
  const b16 = new Float32Array(128);
  L16(b16, b15, b14, b8, H);
  const b17 = new Float32Array(1280);
  L17(b17, b12, b16, H);
  const b18 = new Float32Array(1280);
  L18(b18, b17, H);
  const b19 = R[4](b18);
  const b20 = b19;
  const b21 = b16;
  L21(b21, b20, H);
  const b22 = b21;
  const b23 = C[2];
  const b24 = R[5](b23);
  const b25 = b24;
  const b26 = C[3];
  const b28 = new Float32Array(1280);
  L28(b28, b25, b26, H);
  const b30 = L30(b17, b28, H);
  const b33 = C[4];
  const b32 = L32(b22, b30, H);
  const b34 = new Float32Array(1);
  L34(b34, b32, b33, H);
  const b35 = R[6](b6);
  const b38 = C[5];
  const b39 = b28;
  L39(b39, b38, b28, H);
  const b40 = C[6];
  const b41 = C[7];
  const b43 = b19;
  L43(b43, b41, b20, b40, H);
  const b44 = b18;
  L44(b44, b43, b18, H);
  const b47 = L47(b39, H);
  const b48 = b47;
  const b50 = L50(b44, H);
  const b51 = b50;
  const b53 = b47;
  L53(b53, b48, b51, b15, b8, H);
  const b55 = b12;
  L55(b55, b12, b14, H);
  const b56 = R[7](b55);
  const b57 = b56;
  const b60 = b39;
  L60(b60, b39, b44, b55, b57, b53, H);
  const b61 = R[8](in4);
  const b62 = R[9](b60, b61);
  const b63 = b10;
  L63(b63, b10, b8, b62, H);
  const b64 = R[10](in2);
  const b65 = R[11](b63, b64);
  const b66 = b7;
  L66(b66, b7, b8, b65, H);
  const b67 = R[12](b35, b66);
  const b68 = C[8];
  const b70 = b67;
  L70(b70, b67, b68, in0, H);
  const b71 = R[13](b66);
  const b73 = b71;
  L73(b73, b71, b68, in1, H);
  const b74 = R[14](b9);
  const b75 = R[15](b74, b63);
  const b77 = b75;
  L77(b77, b75, b68, in2, H);
  const b78 = R[16](b63);
  const b80 = b78;
  L80(b80, b78, b68, in3, H);
  const b81 = R[17](b11);
  const b82 = R[18](b81, b60);
  const b84 = b82;
  L84(b84, b82, b68, in4, H);
  const b85 = R[19](b60);
  const b87 = b85;
  L87(b87, b85, b68, in5, H);
  return [b34, b70, b73, b77, b80, b84, b87];
}
