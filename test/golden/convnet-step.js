function compiled(ins, C, R, H) {
  function L12(b12, b11, in1, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 32; i0++) {
        const p0_0 = i0 * 3456;
        for (let i1 = 0; i1 < 6; i1++) {
          const p0_1 = p0_0 + i1 * 576;
          const p1_1 = i1;
          for (let i2 = 0; i2 < 576; i2++) {
            const t12 = b11[p0_1 + i2] + in1[p1_1];
            b12[o++] = t12;
          }
        }
      }
    }
  }
  function L14(b14, b12, b13, H) {
    {
      const x1 = b13[0];
      for (let i = 0; i < 110592; i++) {
        const t14 = H.fmax(b12[i], x1);
        b14[i] = t14;
      }
    }
  }
  function L17(b17, b16, in3, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 32; i0++) {
        const p0_0 = i0 * 1024;
        for (let i1 = 0; i1 < 16; i1++) {
          const p0_1 = p0_0 + i1 * 64;
          const p1_1 = i1;
          for (let i2 = 0; i2 < 64; i2++) {
            const t17 = b16[p0_1 + i2] + in3[p1_1];
            b17[o++] = t17;
          }
        }
      }
    }
  }
  function L18(b18, b17, b13, H) {
    {
      const x1 = b13[0];
      for (let i = 0; i < 32768; i++) {
        const t18 = H.fmax(b17[i], x1);
        b18[i] = t18;
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
  function L28(b28, b27, H) {
    {
      for (let i = 0; i < 32; i++) {
        const t28 = b27[i] - b27[i] === 0 ? 1 : 0;
        b28[i] = t28;
      }
    }
  }
  function L29(b29, b28, b27, b13, H) {
    {
      const x2 = b13[0];
      for (let i = 0; i < 32; i++) {
        const t29 = b28[i] ? b27[i] : x2;
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
  function L31(b31, b30, H) {
    {
      for (let i = 0; i < 320; i++) {
        const t31 = H.expf(b30[i]);
        b31[i] = t31;
      }
    }
  }
  function L34(b34, b33, H) {
    {
      for (let i = 0; i < 32; i++) {
        const t34 = Math.log(b33[i]);
        b34[i] = t34;
      }
    }
  }
  function L41(b41, b38, b39, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 32; i0++) {
        const p0_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t40 = b38[p0_0] === b39[i1] ? 1 : 0;
          const t41 = t40;
          b41[o++] = t41;
        }
      }
    }
  }
  function L43(b30, b41, H) {
    const b43 = new Float32Array(32);
    {
      const acc = new Float64Array(32);
      for (let i0 = 0; i0 < 32; i0++) {
        const p0_0 = i0 * 10;
        const p1_0 = i0 * 10;
        const p2_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t42 = Math.fround(b30[p0_0 + i1] * b41[p1_0 + i1]);
          acc[p2_0] = acc[p2_0] + t42;
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
  function L54(b54, b53, b41, H) {
    {
      for (let i = 0; i < 320; i++) {
        const t54 = b53[i] * b41[i];
        b54[i] = t54;
      }
    }
  }
  function L58(b58, b56, b33, b55, H) {
    {
      const x0 = b56[0];
      for (let i = 0; i < 32; i++) {
        const t57 = Math.fround(x0 / b33[i]);
        const t58 = b55[i] * t57;
        b58[i] = t58;
      }
    }
  }
  function L59(b59, b58, b31, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 32; i0++) {
        const p0_0 = i0;
        const p1_0 = i0 * 10;
        for (let i1 = 0; i1 < 10; i1++) {
          const t59 = b58[p0_0] * b31[p1_0 + i1];
          b59[o++] = t59;
        }
      }
    }
  }
  function L62(b54, H) {
    const b62 = new Float32Array(32);
    {
      const acc = new Float64Array(32);
      for (let i0 = 0; i0 < 32; i0++) {
        const p0_0 = i0 * 10;
        const p1_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t61 = Math.fround(-b54[p0_0 + i1]);
          acc[p1_0] = acc[p1_0] + t61;
        }
      }
      for (let i = 0; i < 32; i++) {
        b62[i] = acc[i];
      }
    }
    return b62;
  }
  function L65(b59, H) {
    const b65 = new Float32Array(32);
    {
      const acc = new Float64Array(32);
      for (let i0 = 0; i0 < 32; i0++) {
        const p0_0 = i0 * 10;
        const p1_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t64 = Math.fround(-b59[p0_0 + i1]);
          acc[p1_0] = acc[p1_0] + t64;
        }
      }
      for (let i = 0; i < 32; i++) {
        b65[i] = acc[i];
      }
    }
    return b65;
  }
  function L68(b68, b63, b66, b28, b13, H) {
    {
      const x3 = b13[0];
      for (let i = 0; i < 32; i++) {
        const t67 = Math.fround(b63[i] + b66[i]);
        const t68 = b28[i] ? t67 : x3;
        b68[i] = t68;
      }
    }
  }
  function L70(b70, b25, b27, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 32; i0++) {
        const p0_0 = i0 * 10;
        const p1_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t69 = b25[p0_0 + i1] === b27[p1_0] ? 1 : 0;
          const t70 = t69;
          b70[o++] = t70;
        }
      }
    }
  }
  function L75(b75, b54, b59, b70, b72, b68, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 32; i0++) {
        const p0_0 = i0 * 10;
        const p1_0 = i0 * 10;
        const p2_0 = i0 * 10;
        const p3_0 = i0;
        const p4_0 = i0;
        for (let i1 = 0; i1 < 10; i1++) {
          const t60 = Math.fround(b54[p0_0 + i1] + b59[p1_0 + i1]);
          const t73 = Math.fround(b70[p2_0 + i1] / b72[p3_0]);
          const t74 = Math.fround(b68[p4_0] * t73);
          const t75 = t60 + t74;
          b75[o++] = t75;
        }
      }
    }
  }
  function L78(b78, b23, b13, b77, H) {
    {
      const x1 = b13[0];
      for (let i = 0; i < 2688; i++) {
        const t52 = b23[i] <= x1 ? 1 : 0;
        const t78 = t52 ? x1 : b77[i];
        b78[i] = t78;
      }
    }
  }
  function L81(b81, b21, b13, b80, H) {
    {
      const x1 = b13[0];
      for (let i = 0; i < 3840; i++) {
        const t51 = b21[i] <= x1 ? 1 : 0;
        const t81 = t51 ? x1 : b80[i];
        b81[i] = t81;
      }
    }
  }
  function L86(b86, b17, b13, b85, H) {
    {
      const x1 = b13[0];
      for (let i = 0; i < 32768; i++) {
        const t50 = b17[i] <= x1 ? 1 : 0;
        const t86 = t50 ? x1 : b85[i];
        b86[i] = t86;
      }
    }
  }
  function L94(b94, b12, b13, b93, H) {
    {
      const x1 = b13[0];
      for (let i = 0; i < 110592; i++) {
        const t49 = b12[i] <= x1 ? 1 : 0;
        const t94 = t49 ? x1 : b93[i];
        b94[i] = t94;
      }
    }
  }
  function L100(b100, b97, b98, in0, H) {
    {
      const x1 = b98[0];
      for (let i = 0; i < 150; i++) {
        const t99 = Math.fround(b97[i] * x1);
        const t100 = in0[i] - t99;
        b100[i] = t100;
      }
    }
  }
  function L105(b105, b103, b98, in1, H) {
    {
      const x1 = b98[0];
      for (let i = 0; i < 6; i++) {
        const t104 = Math.fround(b103[i] * x1);
        const t105 = in1[i] - t104;
        b105[i] = t105;
      }
    }
  }
  function L111(b111, b109, b98, in2, H) {
    {
      const x1 = b98[0];
      for (let i = 0; i < 2400; i++) {
        const t110 = Math.fround(b109[i] * x1);
        const t111 = in2[i] - t110;
        b111[i] = t111;
      }
    }
  }
  function L116(b116, b114, b98, in3, H) {
    {
      const x1 = b98[0];
      for (let i = 0; i < 16; i++) {
        const t115 = Math.fround(b114[i] * x1);
        const t116 = in3[i] - t115;
        b116[i] = t116;
      }
    }
  }
  function L120(b120, b118, b98, in4, H) {
    {
      const x1 = b98[0];
      for (let i = 0; i < 30720; i++) {
        const t119 = Math.fround(b118[i] * x1);
        const t120 = in4[i] - t119;
        b120[i] = t120;
      }
    }
  }
  function L123(b123, b121, b98, in5, H) {
    {
      const x1 = b98[0];
      for (let i = 0; i < 120; i++) {
        const t122 = Math.fround(b121[i] * x1);
        const t123 = in5[i] - t122;
        b123[i] = t123;
      }
    }
  }
  function L127(b127, b125, b98, in6, H) {
    {
      const x1 = b98[0];
      for (let i = 0; i < 10080; i++) {
        const t126 = Math.fround(b125[i] * x1);
        const t127 = in6[i] - t126;
        b127[i] = t127;
      }
    }
  }
  function L130(b130, b128, b98, in7, H) {
    {
      const x1 = b98[0];
      for (let i = 0; i < 84; i++) {
        const t129 = Math.fround(b128[i] * x1);
        const t130 = in7[i] - t129;
        b130[i] = t130;
      }
    }
  }
  function L134(b134, b132, b98, in8, H) {
    {
      const x1 = b98[0];
      for (let i = 0; i < 840; i++) {
        const t133 = Math.fround(b132[i] * x1);
        const t134 = in8[i] - t133;
        b134[i] = t134;
      }
    }
  }
  function L137(b137, b135, b98, in9, H) {
    {
      const x1 = b98[0];
      for (let i = 0; i < 10; i++) {
        const t136 = Math.fround(b135[i] * x1);
        const t137 = in9[i] - t136;
        b137[i] = t137;
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
  const b12 = b11;
  L12(b12, b11, in1, H);
  const b13 = C[1];
  const b14 = new Float32Array(110592);
  L14(b14, b12, b13, H);
  const b15 = R[1](b14);
  const b16 = R[2](b15, in2);
  const b17 = b16;
  L17(b17, b16, in3, H);
  const b18 = new Float32Array(32768);
  L18(b18, b17, b13, H);
  const b19 = R[3](b18);
  const b20 = b19;
  const b21 = R[4](b20, in4, in5);
  const b22 = new Float32Array(3840);
  L22(b22, b21, b13, H);
  const b23 = R[5](b22, in6, in7);
  const b24 = new Float32Array(2688);
  L24(b24, b23, b13, H);
  const b25 = R[6](b24, in8, in9);
  const b26 = R[7](b25);
  const b27 = b26;
  const b28 = new Uint8Array(32);
  L28(b28, b27, H);
  const b29 = new Float32Array(32);
  L29(b29, b28, b27, b13, H);
  const b30 = new Float32Array(320);
  L30(b30, b25, b29, H);
  const b31 = new Float32Array(320);
  L31(b31, b30, H);
  const b32 = R[8](b31);
  const b33 = b32;
  const b34 = b29;
  L34(b34, b33, H);
  const b35 = b34;
  const b36 = C[2];
  const b37 = R[9](b36);
  const b38 = b37;
  const b39 = C[3];
  const b41 = new Float32Array(320);
  L41(b41, b38, b39, H);
  const b43 = L43(b30, b41, H);
  const b46 = C[4];
  const b45 = L45(b35, b43, H);
  const b47 = new Float32Array(1);
  L47(b47, b45, b46, H);
  const b48 = C[5];
  const b53 = C[6];
  const b54 = b41;
  L54(b54, b53, b41, H);
  const b55 = C[7];
  const b56 = C[8];
  const b58 = b32;
  L58(b58, b56, b33, b55, H);
  const b59 = b31;
  L59(b59, b58, b31, H);
  const b62 = L62(b54, H);
  const b63 = b62;
  const b65 = L65(b59, H);
  const b66 = b65;
  const b68 = b62;
  L68(b68, b63, b66, b28, b13, H);
  const b70 = b25;
  L70(b70, b25, b27, H);
  const b71 = R[10](b70);
  const b72 = b71;
  const b75 = b54;
  L75(b75, b54, b59, b70, b72, b68, H);
  const b76 = R[11](in8);
  const b77 = R[12](b75, b76);
  const b78 = b23;
  L78(b78, b23, b13, b77, H);
  const b79 = R[13](in6);
  const b80 = R[14](b78, b79);
  const b81 = b21;
  L81(b81, b21, b13, b80, H);
  const b82 = R[15](in4);
  const b83 = R[16](b81, b82);
  const b84 = b83;
  const b85 = R[17](b18, b84);
  const b86 = b17;
  L86(b86, b17, b13, b85, H);
  const b87 = R[18](b86);
  const b88 = in2;
  const b89 = R[19](b88);
  const b90 = b89;
  const b91 = R[20](b90);
  const b92 = R[21](b87, b91);
  const b93 = R[22](b14, b92);
  const b94 = b12;
  L94(b94, b12, b13, b93, H);
  const b95 = R[23](b94);
  const b96 = R[24](b48, b95);
  const b97 = R[25](b96);
  const b98 = C[9];
  const b100 = b97;
  L100(b100, b97, b98, in0, H);
  const b101 = R[26](b94);
  const b102 = R[27](b101);
  const b103 = b102;
  const b105 = b102;
  L105(b105, b103, b98, in1, H);
  const b106 = R[28](b15);
  const b107 = R[29](b86);
  const b108 = R[30](b106, b107);
  const b109 = R[31](b108);
  const b111 = b109;
  L111(b111, b109, b98, in2, H);
  const b112 = R[32](b86);
  const b113 = R[33](b112);
  const b114 = b113;
  const b116 = b113;
  L116(b116, b114, b98, in3, H);
  const b117 = R[34](b20);
  const b118 = R[35](b117, b81);
  const b120 = b118;
  L120(b120, b118, b98, in4, H);
  const b121 = R[36](b81);
  const b123 = b121;
  L123(b123, b121, b98, in5, H);
  const b124 = R[37](b22);
  const b125 = R[38](b124, b78);
  const b127 = b125;
  L127(b127, b125, b98, in6, H);
  const b128 = R[39](b78);
  const b130 = b128;
  L130(b130, b128, b98, in7, H);
  const b131 = R[40](b24);
  const b132 = R[41](b131, b75);
  const b134 = b132;
  L134(b134, b132, b98, in8, H);
  const b135 = R[42](b75);
  const b137 = b135;
  L137(b137, b135, b98, in9, H);
  return [b47, b100, b105, b111, b116, b120, b123, b127, b130, b134, b137];
}
