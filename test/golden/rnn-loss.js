function compiled(ins, C, R, H) {
  function L107(b107, b102, b104, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t105 = Math.fround(b102[p0_0 + i1] + b104[p1_0 + i1]);
          const t106 = Math.fround(t105 + in2[i1]);
          const t107 = H.tanhf(t106);
          b107[o++] = t107;
        }
      }
    }
  }
  function L111(b111, b100, b108, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t109 = Math.fround(b100[p0_0 + i1] + b108[p1_0 + i1]);
          const t110 = Math.fround(t109 + in2[i1]);
          const t111 = H.tanhf(t110);
          b111[o++] = t111;
        }
      }
    }
  }
  function L115(b115, b98, b112, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t113 = Math.fround(b98[p0_0 + i1] + b112[p1_0 + i1]);
          const t114 = Math.fround(t113 + in2[i1]);
          const t115 = H.tanhf(t114);
          b115[o++] = t115;
        }
      }
    }
  }
  function L119(b119, b96, b116, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t117 = Math.fround(b96[p0_0 + i1] + b116[p1_0 + i1]);
          const t118 = Math.fround(t117 + in2[i1]);
          const t119 = H.tanhf(t118);
          b119[o++] = t119;
        }
      }
    }
  }
  function L123(b123, b94, b120, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t121 = Math.fround(b94[p0_0 + i1] + b120[p1_0 + i1]);
          const t122 = Math.fround(t121 + in2[i1]);
          const t123 = H.tanhf(t122);
          b123[o++] = t123;
        }
      }
    }
  }
  function L127(b127, b92, b124, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t125 = Math.fround(b92[p0_0 + i1] + b124[p1_0 + i1]);
          const t126 = Math.fround(t125 + in2[i1]);
          const t127 = H.tanhf(t126);
          b127[o++] = t127;
        }
      }
    }
  }
  function L131(b131, b90, b128, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t129 = Math.fround(b90[p0_0 + i1] + b128[p1_0 + i1]);
          const t130 = Math.fround(t129 + in2[i1]);
          const t131 = H.tanhf(t130);
          b131[o++] = t131;
        }
      }
    }
  }
  function L135(b135, b88, b132, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t133 = Math.fround(b88[p0_0 + i1] + b132[p1_0 + i1]);
          const t134 = Math.fround(t133 + in2[i1]);
          const t135 = H.tanhf(t134);
          b135[o++] = t135;
        }
      }
    }
  }
  function L139(b139, b86, b136, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t137 = Math.fround(b86[p0_0 + i1] + b136[p1_0 + i1]);
          const t138 = Math.fround(t137 + in2[i1]);
          const t139 = H.tanhf(t138);
          b139[o++] = t139;
        }
      }
    }
  }
  function L143(b143, b84, b140, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t141 = Math.fround(b84[p0_0 + i1] + b140[p1_0 + i1]);
          const t142 = Math.fround(t141 + in2[i1]);
          const t143 = H.tanhf(t142);
          b143[o++] = t143;
        }
      }
    }
  }
  function L147(b147, b82, b144, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t145 = Math.fround(b82[p0_0 + i1] + b144[p1_0 + i1]);
          const t146 = Math.fround(t145 + in2[i1]);
          const t147 = H.tanhf(t146);
          b147[o++] = t147;
        }
      }
    }
  }
  function L151(b151, b80, b148, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t149 = Math.fround(b80[p0_0 + i1] + b148[p1_0 + i1]);
          const t150 = Math.fround(t149 + in2[i1]);
          const t151 = H.tanhf(t150);
          b151[o++] = t151;
        }
      }
    }
  }
  function L155(b155, b78, b152, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t153 = Math.fround(b78[p0_0 + i1] + b152[p1_0 + i1]);
          const t154 = Math.fround(t153 + in2[i1]);
          const t155 = H.tanhf(t154);
          b155[o++] = t155;
        }
      }
    }
  }
  function L159(b159, b76, b156, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t157 = Math.fround(b76[p0_0 + i1] + b156[p1_0 + i1]);
          const t158 = Math.fround(t157 + in2[i1]);
          const t159 = H.tanhf(t158);
          b159[o++] = t159;
        }
      }
    }
  }
  function L163(b163, b74, b160, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t161 = Math.fround(b74[p0_0 + i1] + b160[p1_0 + i1]);
          const t162 = Math.fround(t161 + in2[i1]);
          const t163 = H.tanhf(t162);
          b163[o++] = t163;
        }
      }
    }
  }
  function L167(b167, b72, b164, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t165 = Math.fround(b72[p0_0 + i1] + b164[p1_0 + i1]);
          const t166 = Math.fround(t165 + in2[i1]);
          const t167 = H.tanhf(t166);
          b167[o++] = t167;
        }
      }
    }
  }
  function L171(b171, b70, b168, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t169 = Math.fround(b70[p0_0 + i1] + b168[p1_0 + i1]);
          const t170 = Math.fround(t169 + in2[i1]);
          const t171 = H.tanhf(t170);
          b171[o++] = t171;
        }
      }
    }
  }
  function L175(b175, b68, b172, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t173 = Math.fround(b68[p0_0 + i1] + b172[p1_0 + i1]);
          const t174 = Math.fround(t173 + in2[i1]);
          const t175 = H.tanhf(t174);
          b175[o++] = t175;
        }
      }
    }
  }
  function L179(b179, b66, b176, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t177 = Math.fround(b66[p0_0 + i1] + b176[p1_0 + i1]);
          const t178 = Math.fround(t177 + in2[i1]);
          const t179 = H.tanhf(t178);
          b179[o++] = t179;
        }
      }
    }
  }
  function L183(b183, b64, b180, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t181 = Math.fround(b64[p0_0 + i1] + b180[p1_0 + i1]);
          const t182 = Math.fround(t181 + in2[i1]);
          const t183 = H.tanhf(t182);
          b183[o++] = t183;
        }
      }
    }
  }
  function L187(b187, b62, b184, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t185 = Math.fround(b62[p0_0 + i1] + b184[p1_0 + i1]);
          const t186 = Math.fround(t185 + in2[i1]);
          const t187 = H.tanhf(t186);
          b187[o++] = t187;
        }
      }
    }
  }
  function L191(b191, b60, b188, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t189 = Math.fround(b60[p0_0 + i1] + b188[p1_0 + i1]);
          const t190 = Math.fround(t189 + in2[i1]);
          const t191 = H.tanhf(t190);
          b191[o++] = t191;
        }
      }
    }
  }
  function L195(b195, b58, b192, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t193 = Math.fround(b58[p0_0 + i1] + b192[p1_0 + i1]);
          const t194 = Math.fround(t193 + in2[i1]);
          const t195 = H.tanhf(t194);
          b195[o++] = t195;
        }
      }
    }
  }
  function L199(b199, b56, b196, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t197 = Math.fround(b56[p0_0 + i1] + b196[p1_0 + i1]);
          const t198 = Math.fround(t197 + in2[i1]);
          const t199 = H.tanhf(t198);
          b199[o++] = t199;
        }
      }
    }
  }
  function L203(b203, b54, b200, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t201 = Math.fround(b54[p0_0 + i1] + b200[p1_0 + i1]);
          const t202 = Math.fround(t201 + in2[i1]);
          const t203 = H.tanhf(t202);
          b203[o++] = t203;
        }
      }
    }
  }
  function L207(b207, b52, b204, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t205 = Math.fround(b52[p0_0 + i1] + b204[p1_0 + i1]);
          const t206 = Math.fround(t205 + in2[i1]);
          const t207 = H.tanhf(t206);
          b207[o++] = t207;
        }
      }
    }
  }
  function L211(b211, b50, b208, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t209 = Math.fround(b50[p0_0 + i1] + b208[p1_0 + i1]);
          const t210 = Math.fround(t209 + in2[i1]);
          const t211 = H.tanhf(t210);
          b211[o++] = t211;
        }
      }
    }
  }
  function L215(b215, b48, b212, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t213 = Math.fround(b48[p0_0 + i1] + b212[p1_0 + i1]);
          const t214 = Math.fround(t213 + in2[i1]);
          const t215 = H.tanhf(t214);
          b215[o++] = t215;
        }
      }
    }
  }
  function L219(b219, b46, b216, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t217 = Math.fround(b46[p0_0 + i1] + b216[p1_0 + i1]);
          const t218 = Math.fround(t217 + in2[i1]);
          const t219 = H.tanhf(t218);
          b219[o++] = t219;
        }
      }
    }
  }
  function L223(b223, b44, b220, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t221 = Math.fround(b44[p0_0 + i1] + b220[p1_0 + i1]);
          const t222 = Math.fround(t221 + in2[i1]);
          const t223 = H.tanhf(t222);
          b223[o++] = t223;
        }
      }
    }
  }
  function L227(b227, b42, b224, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t225 = Math.fround(b42[p0_0 + i1] + b224[p1_0 + i1]);
          const t226 = Math.fround(t225 + in2[i1]);
          const t227 = H.tanhf(t226);
          b227[o++] = t227;
        }
      }
    }
  }
  function L231(b231, b40, b228, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t229 = Math.fround(b40[p0_0 + i1] + b228[p1_0 + i1]);
          const t230 = Math.fround(t229 + in2[i1]);
          const t231 = H.tanhf(t230);
          b231[o++] = t231;
        }
      }
    }
  }
  function L235(b235, b38, b232, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t233 = Math.fround(b38[p0_0 + i1] + b232[p1_0 + i1]);
          const t234 = Math.fround(t233 + in2[i1]);
          const t235 = H.tanhf(t234);
          b235[o++] = t235;
        }
      }
    }
  }
  function L239(b239, b36, b236, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t237 = Math.fround(b36[p0_0 + i1] + b236[p1_0 + i1]);
          const t238 = Math.fround(t237 + in2[i1]);
          const t239 = H.tanhf(t238);
          b239[o++] = t239;
        }
      }
    }
  }
  function L243(b243, b34, b240, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t241 = Math.fround(b34[p0_0 + i1] + b240[p1_0 + i1]);
          const t242 = Math.fround(t241 + in2[i1]);
          const t243 = H.tanhf(t242);
          b243[o++] = t243;
        }
      }
    }
  }
  function L247(b247, b32, b244, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t245 = Math.fround(b32[p0_0 + i1] + b244[p1_0 + i1]);
          const t246 = Math.fround(t245 + in2[i1]);
          const t247 = H.tanhf(t246);
          b247[o++] = t247;
        }
      }
    }
  }
  function L251(b251, b30, b248, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t249 = Math.fround(b30[p0_0 + i1] + b248[p1_0 + i1]);
          const t250 = Math.fround(t249 + in2[i1]);
          const t251 = H.tanhf(t250);
          b251[o++] = t251;
        }
      }
    }
  }
  function L255(b255, b28, b252, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t253 = Math.fround(b28[p0_0 + i1] + b252[p1_0 + i1]);
          const t254 = Math.fround(t253 + in2[i1]);
          const t255 = H.tanhf(t254);
          b255[o++] = t255;
        }
      }
    }
  }
  function L259(b259, b26, b256, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t257 = Math.fround(b26[p0_0 + i1] + b256[p1_0 + i1]);
          const t258 = Math.fround(t257 + in2[i1]);
          const t259 = H.tanhf(t258);
          b259[o++] = t259;
        }
      }
    }
  }
  function L263(b263, b24, b260, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t261 = Math.fround(b24[p0_0 + i1] + b260[p1_0 + i1]);
          const t262 = Math.fround(t261 + in2[i1]);
          const t263 = H.tanhf(t262);
          b263[o++] = t263;
        }
      }
    }
  }
  function L267(b267, b22, b264, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t265 = Math.fround(b22[p0_0 + i1] + b264[p1_0 + i1]);
          const t266 = Math.fround(t265 + in2[i1]);
          const t267 = H.tanhf(t266);
          b267[o++] = t267;
        }
      }
    }
  }
  function L271(b271, b20, b268, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t269 = Math.fround(b20[p0_0 + i1] + b268[p1_0 + i1]);
          const t270 = Math.fround(t269 + in2[i1]);
          const t271 = H.tanhf(t270);
          b271[o++] = t271;
        }
      }
    }
  }
  function L275(b275, b18, b272, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t273 = Math.fround(b18[p0_0 + i1] + b272[p1_0 + i1]);
          const t274 = Math.fround(t273 + in2[i1]);
          const t275 = H.tanhf(t274);
          b275[o++] = t275;
        }
      }
    }
  }
  function L279(b279, b16, b276, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t277 = Math.fround(b16[p0_0 + i1] + b276[p1_0 + i1]);
          const t278 = Math.fround(t277 + in2[i1]);
          const t279 = H.tanhf(t278);
          b279[o++] = t279;
        }
      }
    }
  }
  function L283(b283, b14, b280, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t281 = Math.fround(b14[p0_0 + i1] + b280[p1_0 + i1]);
          const t282 = Math.fround(t281 + in2[i1]);
          const t283 = H.tanhf(t282);
          b283[o++] = t283;
        }
      }
    }
  }
  function L287(b287, b12, b284, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t285 = Math.fround(b12[p0_0 + i1] + b284[p1_0 + i1]);
          const t286 = Math.fround(t285 + in2[i1]);
          const t287 = H.tanhf(t286);
          b287[o++] = t287;
        }
      }
    }
  }
  function L291(b291, b10, b288, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t289 = Math.fround(b10[p0_0 + i1] + b288[p1_0 + i1]);
          const t290 = Math.fround(t289 + in2[i1]);
          const t291 = H.tanhf(t290);
          b291[o++] = t291;
        }
      }
    }
  }
  function L295(b295, b8, b292, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t293 = Math.fround(b8[p0_0 + i1] + b292[p1_0 + i1]);
          const t294 = Math.fround(t293 + in2[i1]);
          const t295 = H.tanhf(t294);
          b295[o++] = t295;
        }
      }
    }
  }
  function L299(b299, b6, b296, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t297 = Math.fround(b6[p0_0 + i1] + b296[p1_0 + i1]);
          const t298 = Math.fround(t297 + in2[i1]);
          const t299 = H.tanhf(t298);
          b299[o++] = t299;
        }
      }
    }
  }
  function L307(b4, b300, in2, b304, H) {
    const b307 = new Float32Array(1);
    {
      const acc = new Float64Array(1);
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        const p3_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t301 = Math.fround(b4[p0_0 + i1] + b300[p1_0 + i1]);
          const t302 = Math.fround(t301 + in2[i1]);
          const t303 = Math.fround(H.tanhf(t302));
          const t305 = Math.fround(t303 - b304[p3_0 + i1]);
          const t306 = Math.fround(t305 * t305);
          acc[0] = acc[0] + t306;
        }
      }
      for (let i = 0; i < 1; i++) {
        b307[i] = acc[i];
      }
    }
    return b307;
  }
  function L309(b309, b307, b308, H) {
    {
      for (let i = 0; i < 1; i++) {
        const t309 = b307[i] * b308[i];
        b309[i] = t309;
      }
    }
  }
  const in0 = ins[0];
  const in1 = ins[1];
  const in2 = ins[2];
  const b3 = C[0];
  const b4 = R[0](b3, in0);
  const b5 = C[1];
  const b6 = R[1](b5, in0);
  const b7 = C[2];
  const b8 = R[2](b7, in0);
  const b9 = C[3];
  const b10 = R[3](b9, in0);
  const b11 = C[4];
  const b12 = R[4](b11, in0);
  const b13 = C[5];
  const b14 = R[5](b13, in0);
  const b15 = C[6];
  const b16 = R[6](b15, in0);
  const b17 = C[7];
  const b18 = R[7](b17, in0);
  const b19 = C[8];
  const b20 = R[8](b19, in0);
  const b21 = C[9];
  const b22 = R[9](b21, in0);
  const b23 = C[10];
  const b24 = R[10](b23, in0);
  const b25 = C[11];
  const b26 = R[11](b25, in0);
  const b27 = C[12];
  const b28 = R[12](b27, in0);
  const b29 = C[13];
  const b30 = R[13](b29, in0);
  const b31 = C[14];
  const b32 = R[14](b31, in0);
  const b33 = C[15];
  const b34 = R[15](b33, in0);
  const b35 = C[16];
  const b36 = R[16](b35, in0);
  const b37 = C[17];
  const b38 = R[17](b37, in0);
  const b39 = C[18];
  const b40 = R[18](b39, in0);
  const b41 = C[19];
  const b42 = R[19](b41, in0);
  const b43 = C[20];
  const b44 = R[20](b43, in0);
  const b45 = C[21];
  const b46 = R[21](b45, in0);
  const b47 = C[22];
  const b48 = R[22](b47, in0);
  const b49 = C[23];
  const b50 = R[23](b49, in0);
  const b51 = C[24];
  const b52 = R[24](b51, in0);
  const b53 = C[25];
  const b54 = R[25](b53, in0);
  const b55 = C[26];
  const b56 = R[26](b55, in0);
  const b57 = C[27];
  const b58 = R[27](b57, in0);
  const b59 = C[28];
  const b60 = R[28](b59, in0);
  const b61 = C[29];
  const b62 = R[29](b61, in0);
  const b63 = C[30];
  const b64 = R[30](b63, in0);
  const b65 = C[31];
  const b66 = R[31](b65, in0);
  const b67 = C[32];
  const b68 = R[32](b67, in0);
  const b69 = C[33];
  const b70 = R[33](b69, in0);
  const b71 = C[34];
  const b72 = R[34](b71, in0);
  const b73 = C[35];
  const b74 = R[35](b73, in0);
  const b75 = C[36];
  const b76 = R[36](b75, in0);
  const b77 = C[37];
  const b78 = R[37](b77, in0);
  const b79 = C[38];
  const b80 = R[38](b79, in0);
  const b81 = C[39];
  const b82 = R[39](b81, in0);
  const b83 = C[40];
  const b84 = R[40](b83, in0);
  const b85 = C[41];
  const b86 = R[41](b85, in0);
  const b87 = C[42];
  const b88 = R[42](b87, in0);
  const b89 = C[43];
  const b90 = R[43](b89, in0);
  const b91 = C[44];
  const b92 = R[44](b91, in0);
  const b93 = C[45];
  const b94 = R[45](b93, in0);
  const b95 = C[46];
  const b96 = R[46](b95, in0);
  const b97 = C[47];
  const b98 = R[47](b97, in0);
  const b99 = C[48];
  const b100 = R[48](b99, in0);
  const b101 = C[49];
  const b102 = R[49](b101, in0);
  const b103 = C[50];
  const b104 = R[50](b103, in1);
  const b107 = b102;
  L107(b107, b102, b104, in2, H);
  const b108 = R[51](b107, in1);
  const b111 = b100;
  L111(b111, b100, b108, in2, H);
  const b112 = R[52](b111, in1);
  const b115 = b98;
  L115(b115, b98, b112, in2, H);
  const b116 = R[53](b115, in1);
  const b119 = b96;
  L119(b119, b96, b116, in2, H);
  const b120 = R[54](b119, in1);
  const b123 = b94;
  L123(b123, b94, b120, in2, H);
  const b124 = R[55](b123, in1);
  const b127 = b92;
  L127(b127, b92, b124, in2, H);
  const b128 = R[56](b127, in1);
  const b131 = b90;
  L131(b131, b90, b128, in2, H);
  const b132 = R[57](b131, in1);
  const b135 = b88;
  L135(b135, b88, b132, in2, H);
  const b136 = R[58](b135, in1);
  const b139 = b86;
  L139(b139, b86, b136, in2, H);
  const b140 = R[59](b139, in1);
  const b143 = b84;
  L143(b143, b84, b140, in2, H);
  const b144 = R[60](b143, in1);
  const b147 = b82;
  L147(b147, b82, b144, in2, H);
  const b148 = R[61](b147, in1);
  const b151 = b80;
  L151(b151, b80, b148, in2, H);
  const b152 = R[62](b151, in1);
  const b155 = b78;
  L155(b155, b78, b152, in2, H);
  const b156 = R[63](b155, in1);
  const b159 = b76;
  L159(b159, b76, b156, in2, H);
  const b160 = R[64](b159, in1);
  const b163 = b74;
  L163(b163, b74, b160, in2, H);
  const b164 = R[65](b163, in1);
  const b167 = b72;
  L167(b167, b72, b164, in2, H);
  const b168 = R[66](b167, in1);
  const b171 = b70;
  L171(b171, b70, b168, in2, H);
  const b172 = R[67](b171, in1);
  const b175 = b68;
  L175(b175, b68, b172, in2, H);
  const b176 = R[68](b175, in1);
  const b179 = b66;
  L179(b179, b66, b176, in2, H);
  const b180 = R[69](b179, in1);
  const b183 = b64;
  L183(b183, b64, b180, in2, H);
  const b184 = R[70](b183, in1);
  const b187 = b62;
  L187(b187, b62, b184, in2, H);
  const b188 = R[71](b187, in1);
  const b191 = b60;
  L191(b191, b60, b188, in2, H);
  const b192 = R[72](b191, in1);
  const b195 = b58;
  L195(b195, b58, b192, in2, H);
  const b196 = R[73](b195, in1);
  const b199 = b56;
  L199(b199, b56, b196, in2, H);
  const b200 = R[74](b199, in1);
  const b203 = b54;
  L203(b203, b54, b200, in2, H);
  const b204 = R[75](b203, in1);
  const b207 = b52;
  L207(b207, b52, b204, in2, H);
  const b208 = R[76](b207, in1);
  const b211 = b50;
  L211(b211, b50, b208, in2, H);
  const b212 = R[77](b211, in1);
  const b215 = b48;
  L215(b215, b48, b212, in2, H);
  const b216 = R[78](b215, in1);
  const b219 = b46;
  L219(b219, b46, b216, in2, H);
  const b220 = R[79](b219, in1);
  const b223 = b44;
  L223(b223, b44, b220, in2, H);
  const b224 = R[80](b223, in1);
  const b227 = b42;
  L227(b227, b42, b224, in2, H);
  const b228 = R[81](b227, in1);
  const b231 = b40;
  L231(b231, b40, b228, in2, H);
  const b232 = R[82](b231, in1);
  const b235 = b38;
  L235(b235, b38, b232, in2, H);
  const b236 = R[83](b235, in1);
  const b239 = b36;
  L239(b239, b36, b236, in2, H);
  const b240 = R[84](b239, in1);
  const b243 = b34;
  L243(b243, b34, b240, in2, H);
  const b244 = R[85](b243, in1);
  const b247 = b32;
  L247(b247, b32, b244, in2, H);
  const b248 = R[86](b247, in1);
  const b251 = b30;
  L251(b251, b30, b248, in2, H);
  const b252 = R[87](b251, in1);
  const b255 = b28;
  L255(b255, b28, b252, in2, H);
  const b256 = R[88](b255, in1);
  const b259 = b26;
  L259(b259, b26, b256, in2, H);
  const b260 = R[89](b259, in1);
  const b263 = b24;
  L263(b263, b24, b260, in2, H);
  const b264 = R[90](b263, in1);
  const b267 = b22;
  L267(b267, b22, b264, in2, H);
  const b268 = R[91](b267, in1);
  const b271 = b20;
  L271(b271, b20, b268, in2, H);
  const b272 = R[92](b271, in1);
  const b275 = b18;
  L275(b275, b18, b272, in2, H);
  const b276 = R[93](b275, in1);
  const b279 = b16;
  L279(b279, b16, b276, in2, H);
  const b280 = R[94](b279, in1);
  const b283 = b14;
  L283(b283, b14, b280, in2, H);
  const b284 = R[95](b283, in1);
  const b287 = b12;
  L287(b287, b12, b284, in2, H);
  const b288 = R[96](b287, in1);
  const b291 = b10;
  L291(b291, b10, b288, in2, H);
  const b292 = R[97](b291, in1);
  const b295 = b8;
  L295(b295, b8, b292, in2, H);
  const b296 = R[98](b295, in1);
  const b299 = b6;
  L299(b299, b6, b296, in2, H);
  const b300 = R[99](b299, in1);
  const b304 = C[51];
  const b308 = C[52];
  const b307 = L307(b4, b300, in2, b304, H);
  const b309 = new Float32Array(1);
  L309(b309, b307, b308, H);
  return [b309];
}
