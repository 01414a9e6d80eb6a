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
  function L303(b303, b4, b300, in2, H) {
    {
      let o = 0;
      for (let i0 = 0; i0 < 16; i0++) {
        const p0_0 = i0 * 64;
        const p1_0 = i0 * 64;
        for (let i1 = 0; i1 < 64; i1++) {
          const t301 = Math.fround(b4[p0_0 + i1] + b300[p1_0 + i1]);
          const t302 = Math.fround(t301 + in2[i1]);
          const t303 = H.tanhf(t302);
          b303[o++] = t303;
        }
      }
    }
  }
  function L305(b305, b303, b304, H) {
    {
      for (let i = 0; i < 1024; i++) {
        const t305 = b303[i] - b304[i];
        b305[i] = t305;
      }
    }
  }
  function L307(b305, H) {
    const b307 = new Float32Array(1);
    {
      const acc = new Float64Array(1);
      for (let i0 = 0; i0 < 1024; i0++) {
        const t306 = Math.fround(b305[i0] * b305[i0]);
        acc[0] = acc[0] + t306;
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
  function L316(b316, b303, b311, b305, b315, H) {
    {
      const x1 = b311[0];
      const x3 = b315[0];
      for (let i = 0; i < 1024; i++) {
        const t312 = Math.fround(b303[i] * b303[i]);
        const t313 = Math.fround(x1 - t312);
        const t314 = Math.fround(b305[i] * t313);
        const t316 = t314 * x3;
        b316[i] = t316;
      }
    }
  }
  function L323(b323, b299, b311, b320, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t321 = Math.fround(b299[i] * b299[i]);
        const t322 = Math.fround(x1 - t321);
        const t323 = b320[i] * t322;
        b323[i] = t323;
      }
    }
  }
  function L330(b330, b295, b311, b327, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t328 = Math.fround(b295[i] * b295[i]);
        const t329 = Math.fround(x1 - t328);
        const t330 = b327[i] * t329;
        b330[i] = t330;
      }
    }
  }
  function L337(b337, b291, b311, b334, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t335 = Math.fround(b291[i] * b291[i]);
        const t336 = Math.fround(x1 - t335);
        const t337 = b334[i] * t336;
        b337[i] = t337;
      }
    }
  }
  function L344(b344, b287, b311, b341, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t342 = Math.fround(b287[i] * b287[i]);
        const t343 = Math.fround(x1 - t342);
        const t344 = b341[i] * t343;
        b344[i] = t344;
      }
    }
  }
  function L351(b351, b283, b311, b348, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t349 = Math.fround(b283[i] * b283[i]);
        const t350 = Math.fround(x1 - t349);
        const t351 = b348[i] * t350;
        b351[i] = t351;
      }
    }
  }
  function L358(b358, b279, b311, b355, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t356 = Math.fround(b279[i] * b279[i]);
        const t357 = Math.fround(x1 - t356);
        const t358 = b355[i] * t357;
        b358[i] = t358;
      }
    }
  }
  function L365(b365, b275, b311, b362, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t363 = Math.fround(b275[i] * b275[i]);
        const t364 = Math.fround(x1 - t363);
        const t365 = b362[i] * t364;
        b365[i] = t365;
      }
    }
  }
  function L372(b372, b271, b311, b369, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t370 = Math.fround(b271[i] * b271[i]);
        const t371 = Math.fround(x1 - t370);
        const t372 = b369[i] * t371;
        b372[i] = t372;
      }
    }
  }
  function L379(b379, b267, b311, b376, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t377 = Math.fround(b267[i] * b267[i]);
        const t378 = Math.fround(x1 - t377);
        const t379 = b376[i] * t378;
        b379[i] = t379;
      }
    }
  }
  function L386(b386, b263, b311, b383, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t384 = Math.fround(b263[i] * b263[i]);
        const t385 = Math.fround(x1 - t384);
        const t386 = b383[i] * t385;
        b386[i] = t386;
      }
    }
  }
  function L393(b393, b259, b311, b390, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t391 = Math.fround(b259[i] * b259[i]);
        const t392 = Math.fround(x1 - t391);
        const t393 = b390[i] * t392;
        b393[i] = t393;
      }
    }
  }
  function L400(b400, b255, b311, b397, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t398 = Math.fround(b255[i] * b255[i]);
        const t399 = Math.fround(x1 - t398);
        const t400 = b397[i] * t399;
        b400[i] = t400;
      }
    }
  }
  function L407(b407, b251, b311, b404, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t405 = Math.fround(b251[i] * b251[i]);
        const t406 = Math.fround(x1 - t405);
        const t407 = b404[i] * t406;
        b407[i] = t407;
      }
    }
  }
  function L414(b414, b247, b311, b411, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t412 = Math.fround(b247[i] * b247[i]);
        const t413 = Math.fround(x1 - t412);
        const t414 = b411[i] * t413;
        b414[i] = t414;
      }
    }
  }
  function L421(b421, b243, b311, b418, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t419 = Math.fround(b243[i] * b243[i]);
        const t420 = Math.fround(x1 - t419);
        const t421 = b418[i] * t420;
        b421[i] = t421;
      }
    }
  }
  function L428(b428, b239, b311, b425, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t426 = Math.fround(b239[i] * b239[i]);
        const t427 = Math.fround(x1 - t426);
        const t428 = b425[i] * t427;
        b428[i] = t428;
      }
    }
  }
  function L435(b435, b235, b311, b432, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t433 = Math.fround(b235[i] * b235[i]);
        const t434 = Math.fround(x1 - t433);
        const t435 = b432[i] * t434;
        b435[i] = t435;
      }
    }
  }
  function L442(b442, b231, b311, b439, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t440 = Math.fround(b231[i] * b231[i]);
        const t441 = Math.fround(x1 - t440);
        const t442 = b439[i] * t441;
        b442[i] = t442;
      }
    }
  }
  function L449(b449, b227, b311, b446, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t447 = Math.fround(b227[i] * b227[i]);
        const t448 = Math.fround(x1 - t447);
        const t449 = b446[i] * t448;
        b449[i] = t449;
      }
    }
  }
  function L456(b456, b223, b311, b453, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t454 = Math.fround(b223[i] * b223[i]);
        const t455 = Math.fround(x1 - t454);
        const t456 = b453[i] * t455;
        b456[i] = t456;
      }
    }
  }
  function L463(b463, b219, b311, b460, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t461 = Math.fround(b219[i] * b219[i]);
        const t462 = Math.fround(x1 - t461);
        const t463 = b460[i] * t462;
        b463[i] = t463;
      }
    }
  }
  function L470(b470, b215, b311, b467, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t468 = Math.fround(b215[i] * b215[i]);
        const t469 = Math.fround(x1 - t468);
        const t470 = b467[i] * t469;
        b470[i] = t470;
      }
    }
  }
  function L477(b477, b211, b311, b474, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t475 = Math.fround(b211[i] * b211[i]);
        const t476 = Math.fround(x1 - t475);
        const t477 = b474[i] * t476;
        b477[i] = t477;
      }
    }
  }
  function L484(b484, b207, b311, b481, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t482 = Math.fround(b207[i] * b207[i]);
        const t483 = Math.fround(x1 - t482);
        const t484 = b481[i] * t483;
        b484[i] = t484;
      }
    }
  }
  function L491(b491, b203, b311, b488, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t489 = Math.fround(b203[i] * b203[i]);
        const t490 = Math.fround(x1 - t489);
        const t491 = b488[i] * t490;
        b491[i] = t491;
      }
    }
  }
  function L498(b498, b199, b311, b495, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t496 = Math.fround(b199[i] * b199[i]);
        const t497 = Math.fround(x1 - t496);
        const t498 = b495[i] * t497;
        b498[i] = t498;
      }
    }
  }
  function L505(b505, b195, b311, b502, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t503 = Math.fround(b195[i] * b195[i]);
        const t504 = Math.fround(x1 - t503);
        const t505 = b502[i] * t504;
        b505[i] = t505;
      }
    }
  }
  function L512(b512, b191, b311, b509, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t510 = Math.fround(b191[i] * b191[i]);
        const t511 = Math.fround(x1 - t510);
        const t512 = b509[i] * t511;
        b512[i] = t512;
      }
    }
  }
  function L519(b519, b187, b311, b516, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t517 = Math.fround(b187[i] * b187[i]);
        const t518 = Math.fround(x1 - t517);
        const t519 = b516[i] * t518;
        b519[i] = t519;
      }
    }
  }
  function L526(b526, b183, b311, b523, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t524 = Math.fround(b183[i] * b183[i]);
        const t525 = Math.fround(x1 - t524);
        const t526 = b523[i] * t525;
        b526[i] = t526;
      }
    }
  }
  function L533(b533, b179, b311, b530, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t531 = Math.fround(b179[i] * b179[i]);
        const t532 = Math.fround(x1 - t531);
        const t533 = b530[i] * t532;
        b533[i] = t533;
      }
    }
  }
  function L540(b540, b175, b311, b537, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t538 = Math.fround(b175[i] * b175[i]);
        const t539 = Math.fround(x1 - t538);
        const t540 = b537[i] * t539;
        b540[i] = t540;
      }
    }
  }
  function L547(b547, b171, b311, b544, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t545 = Math.fround(b171[i] * b171[i]);
        const t546 = Math.fround(x1 - t545);
        const t547 = b544[i] * t546;
        b547[i] = t547;
      }
    }
  }
  function L554(b554, b167, b311, b551, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t552 = Math.fround(b167[i] * b167[i]);
        const t553 = Math.fround(x1 - t552);
        const t554 = b551[i] * t553;
        b554[i] = t554;
      }
    }
  }
  function L561(b561, b163, b311, b558, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t559 = Math.fround(b163[i] * b163[i]);
        const t560 = Math.fround(x1 - t559);
        const t561 = b558[i] * t560;
        b561[i] = t561;
      }
    }
  }
  function L568(b568, b159, b311, b565, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t566 = Math.fround(b159[i] * b159[i]);
        const t567 = Math.fround(x1 - t566);
        const t568 = b565[i] * t567;
        b568[i] = t568;
      }
    }
  }
  function L575(b575, b155, b311, b572, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t573 = Math.fround(b155[i] * b155[i]);
        const t574 = Math.fround(x1 - t573);
        const t575 = b572[i] * t574;
        b575[i] = t575;
      }
    }
  }
  function L582(b582, b151, b311, b579, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t580 = Math.fround(b151[i] * b151[i]);
        const t581 = Math.fround(x1 - t580);
        const t582 = b579[i] * t581;
        b582[i] = t582;
      }
    }
  }
  function L589(b589, b147, b311, b586, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t587 = Math.fround(b147[i] * b147[i]);
        const t588 = Math.fround(x1 - t587);
        const t589 = b586[i] * t588;
        b589[i] = t589;
      }
    }
  }
  function L596(b596, b143, b311, b593, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t594 = Math.fround(b143[i] * b143[i]);
        const t595 = Math.fround(x1 - t594);
        const t596 = b593[i] * t595;
        b596[i] = t596;
      }
    }
  }
  function L603(b603, b139, b311, b600, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t601 = Math.fround(b139[i] * b139[i]);
        const t602 = Math.fround(x1 - t601);
        const t603 = b600[i] * t602;
        b603[i] = t603;
      }
    }
  }
  function L610(b610, b135, b311, b607, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t608 = Math.fround(b135[i] * b135[i]);
        const t609 = Math.fround(x1 - t608);
        const t610 = b607[i] * t609;
        b610[i] = t610;
      }
    }
  }
  function L617(b617, b131, b311, b614, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t615 = Math.fround(b131[i] * b131[i]);
        const t616 = Math.fround(x1 - t615);
        const t617 = b614[i] * t616;
        b617[i] = t617;
      }
    }
  }
  function L624(b624, b127, b311, b621, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t622 = Math.fround(b127[i] * b127[i]);
        const t623 = Math.fround(x1 - t622);
        const t624 = b621[i] * t623;
        b624[i] = t624;
      }
    }
  }
  function L631(b631, b123, b311, b628, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t629 = Math.fround(b123[i] * b123[i]);
        const t630 = Math.fround(x1 - t629);
        const t631 = b628[i] * t630;
        b631[i] = t631;
      }
    }
  }
  function L638(b638, b119, b311, b635, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t636 = Math.fround(b119[i] * b119[i]);
        const t637 = Math.fround(x1 - t636);
        const t638 = b635[i] * t637;
        b638[i] = t638;
      }
    }
  }
  function L645(b645, b115, b311, b642, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t643 = Math.fround(b115[i] * b115[i]);
        const t644 = Math.fround(x1 - t643);
        const t645 = b642[i] * t644;
        b645[i] = t645;
      }
    }
  }
  function L652(b652, b111, b311, b649, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t650 = Math.fround(b111[i] * b111[i]);
        const t651 = Math.fround(x1 - t650);
        const t652 = b649[i] * t651;
        b652[i] = t652;
      }
    }
  }
  function L659(b659, b107, b311, b656, H) {
    {
      const x1 = b311[0];
      for (let i = 0; i < 1024; i++) {
        const t657 = Math.fround(b107[i] * b107[i]);
        const t658 = Math.fround(x1 - t657);
        const t659 = b656[i] * t658;
        b659[i] = t659;
      }
    }
  }
  function L664(b664, b317, b324, b331, b338, b345, b352, b359, b366, b373, b380, b387, b394, b401, b408, b415, b422, b429, b436, b443, b450, b457, b464, b471, b478, b485, b492, b499, b506, b513, b520, b527, b534, b541, b548, b555, b562, b569, b576, b583, b590, b597, b604, b611, b618, b625, b632, b639, b646, b653, b660, b662, in0, H) {
    {
      const x50 = b662[0];
      for (let i = 0; i < 2048; i++) {
        const t325 = Math.fround(b317[i] + b324[i]);
        const t332 = Math.fround(t325 + b331[i]);
        const t339 = Math.fround(t332 + b338[i]);
        const t346 = Math.fround(t339 + b345[i]);
        const t353 = Math.fround(t346 + b352[i]);
        const t360 = Math.fround(t353 + b359[i]);
        const t367 = Math.fround(t360 + b366[i]);
        const t374 = Math.fround(t367 + b373[i]);
        const t381 = Math.fround(t374 + b380[i]);
        const t388 = Math.fround(t381 + b387[i]);
        const t395 = Math.fround(t388 + b394[i]);
        const t402 = Math.fround(t395 + b401[i]);
        const t409 = Math.fround(t402 + b408[i]);
        const t416 = Math.fround(t409 + b415[i]);
        const t423 = Math.fround(t416 + b422[i]);
        const t430 = Math.fround(t423 + b429[i]);
        const t437 = Math.fround(t430 + b436[i]);
        const t444 = Math.fround(t437 + b443[i]);
        const t451 = Math.fround(t444 + b450[i]);
        const t458 = Math.fround(t451 + b457[i]);
        const t465 = Math.fround(t458 + b464[i]);
        const t472 = Math.fround(t465 + b471[i]);
        const t479 = Math.fround(t472 + b478[i]);
        const t486 = Math.fround(t479 + b485[i]);
        const t493 = Math.fround(t486 + b492[i]);
        const t500 = Math.fround(t493 + b499[i]);
        const t507 = Math.fround(t500 + b506[i]);
        const t514 = Math.fround(t507 + b513[i]);
        const t521 = Math.fround(t514 + b520[i]);
        const t528 = Math.fround(t521 + b527[i]);
        const t535 = Math.fround(t528 + b534[i]);
        const t542 = Math.fround(t535 + b541[i]);
        const t549 = Math.fround(t542 + b548[i]);
        const t556 = Math.fround(t549 + b555[i]);
        const t563 = Math.fround(t556 + b562[i]);
        const t570 = Math.fround(t563 + b569[i]);
        const t577 = Math.fround(t570 + b576[i]);
        const t584 = Math.fround(t577 + b583[i]);
        const t591 = Math.fround(t584 + b590[i]);
        const t598 = Math.fround(t591 + b597[i]);
        const t605 = Math.fround(t598 + b604[i]);
        const t612 = Math.fround(t605 + b611[i]);
        const t619 = Math.fround(t612 + b618[i]);
        const t626 = Math.fround(t619 + b625[i]);
        const t633 = Math.fround(t626 + b632[i]);
        const t640 = Math.fround(t633 + b639[i]);
        const t647 = Math.fround(t640 + b646[i]);
        const t654 = Math.fround(t647 + b653[i]);
        const t661 = Math.fround(t654 + b660[i]);
        const t663 = Math.fround(t661 * x50);
        const t664 = in0[i] - t663;
        b664[i] = t664;
      }
    }
  }
  function L815(b815, b666, b668, b671, b674, b677, b680, b683, b686, b689, b692, b695, b698, b701, b704, b707, b710, b713, b716, b719, b722, b725, b728, b731, b734, b737, b740, b743, b746, b749, b752, b755, b758, b761, b764, b767, b770, b773, b776, b779, b782, b785, b788, b791, b794, b797, b800, b803, b806, b809, b812, b662, in1, H) {
    {
      const x50 = b662[0];
      for (let i = 0; i < 4096; i++) {
        const t669 = Math.fround(b666[i] + b668[i]);
        const t672 = Math.fround(t669 + b671[i]);
        const t675 = Math.fround(t672 + b674[i]);
        const t678 = Math.fround(t675 + b677[i]);
        const t681 = Math.fround(t678 + b680[i]);
        const t684 = Math.fround(t681 + b683[i]);
        const t687 = Math.fround(t684 + b686[i]);
        const t690 = Math.fround(t687 + b689[i]);
        const t693 = Math.fround(t690 + b692[i]);
        const t696 = Math.fround(t693 + b695[i]);
        const t699 = Math.fround(t696 + b698[i]);
        const t702 = Math.fround(t699 + b701[i]);
        const t705 = Math.fround(t702 + b704[i]);
        const t708 = Math.fround(t705 + b707[i]);
        const t711 = Math.fround(t708 + b710[i]);
        const t714 = Math.fround(t711 + b713[i]);
        const t717 = Math.fround(t714 + b716[i]);
        const t720 = Math.fround(t717 + b719[i]);
        const t723 = Math.fround(t720 + b722[i]);
        const t726 = Math.fround(t723 + b725[i]);
        const t729 = Math.fround(t726 + b728[i]);
        const t732 = Math.fround(t729 + b731[i]);
        const t735 = Math.fround(t732 + b734[i]);
        const t738 = Math.fround(t735 + b737[i]);
        const t741 = Math.fround(t738 + b740[i]);
        const t744 = Math.fround(t741 + b743[i]);
        const t747 = Math.fround(t744 + b746[i]);
        const t750 = Math.fround(t747 + b749[i]);
        const t753 = Math.fround(t750 + b752[i]);
        const t756 = Math.fround(t753 + b755[i]);
        const t759 = Math.fround(t756 + b758[i]);
        const t762 = Math.fround(t759 + b761[i]);
        const t765 = Math.fround(t762 + b764[i]);
        const t768 = Math.fround(t765 + b767[i]);
        const t771 = Math.fround(t768 + b770[i]);
        const t774 = Math.fround(t771 + b773[i]);
        const t777 = Math.fround(t774 + b776[i]);
        const t780 = Math.fround(t777 + b779[i]);
        const t783 = Math.fround(t780 + b782[i]);
        const t786 = Math.fround(t783 + b785[i]);
        const t789 = Math.fround(t786 + b788[i]);
        const t792 = Math.fround(t789 + b791[i]);
        const t795 = Math.fround(t792 + b794[i]);
        const t798 = Math.fround(t795 + b797[i]);
        const t801 = Math.fround(t798 + b800[i]);
        const t804 = Math.fround(t801 + b803[i]);
        const t807 = Math.fround(t804 + b806[i]);
        const t810 = Math.fround(t807 + b809[i]);
        const t813 = Math.fround(t810 + b812[i]);
        const t814 = Math.fround(t813 * x50);
        const t815 = in1[i] - t814;
        b815[i] = t815;
      }
    }
  }
  function L916(b916, b816, b817, b819, b821, b823, b825, b827, b829, b831, b833, b835, b837, b839, b841, b843, b845, b847, b849, b851, b853, b855, b857, b859, b861, b863, b865, b867, b869, b871, b873, b875, b877, b879, b881, b883, b885, b887, b889, b891, b893, b895, b897, b899, b901, b903, b905, b907, b909, b911, b913, b662, in2, H) {
    {
      const x50 = b662[0];
      for (let i = 0; i < 64; i++) {
        const t818 = Math.fround(b816[i] + b817[i]);
        const t820 = Math.fround(t818 + b819[i]);
        const t822 = Math.fround(t820 + b821[i]);
        const t824 = Math.fround(t822 + b823[i]);
        const t826 = Math.fround(t824 + b825[i]);
        const t828 = Math.fround(t826 + b827[i]);
        const t830 = Math.fround(t828 + b829[i]);
        const t832 = Math.fround(t830 + b831[i]);
        const t834 = Math.fround(t832 + b833[i]);
        const t836 = Math.fround(t834 + b835[i]);
        const t838 = Math.fround(t836 + b837[i]);
        const t840 = Math.fround(t838 + b839[i]);
        const t842 = Math.fround(t840 + b841[i]);
        const t844 = Math.fround(t842 + b843[i]);
        const t846 = Math.fround(t844 + b845[i]);
        const t848 = Math.fround(t846 + b847[i]);
        const t850 = Math.fround(t848 + b849[i]);
        const t852 = Math.fround(t850 + b851[i]);
        const t854 = Math.fround(t852 + b853[i]);
        const t856 = Math.fround(t854 + b855[i]);
        const t858 = Math.fround(t856 + b857[i]);
        const t860 = Math.fround(t858 + b859[i]);
        const t862 = Math.fround(t860 + b861[i]);
        const t864 = Math.fround(t862 + b863[i]);
        const t866 = Math.fround(t864 + b865[i]);
        const t868 = Math.fround(t866 + b867[i]);
        const t870 = Math.fround(t868 + b869[i]);
        const t872 = Math.fround(t870 + b871[i]);
        const t874 = Math.fround(t872 + b873[i]);
        const t876 = Math.fround(t874 + b875[i]);
        const t878 = Math.fround(t876 + b877[i]);
        const t880 = Math.fround(t878 + b879[i]);
        const t882 = Math.fround(t880 + b881[i]);
        const t884 = Math.fround(t882 + b883[i]);
        const t886 = Math.fround(t884 + b885[i]);
        const t888 = Math.fround(t886 + b887[i]);
        const t890 = Math.fround(t888 + b889[i]);
        const t892 = Math.fround(t890 + b891[i]);
        const t894 = Math.fround(t892 + b893[i]);
        const t896 = Math.fround(t894 + b895[i]);
        const t898 = Math.fround(t896 + b897[i]);
        const t900 = Math.fround(t898 + b899[i]);
        const t902 = Math.fround(t900 + b901[i]);
        const t904 = Math.fround(t902 + b903[i]);
        const t906 = Math.fround(t904 + b905[i]);
        const t908 = Math.fround(t906 + b907[i]);
        const t910 = Math.fround(t908 + b909[i]);
        const t912 = Math.fround(t910 + b911[i]);
        const t914 = Math.fround(t912 + b913[i]);
        const t915 = Math.fround(t914 * x50);
        const t916 = in2[i] - t915;
        b916[i] = t916;
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
  const b303 = b4;
  L303(b303, b4, b300, in2, H);
  const b304 = C[51];
  const b305 = b300;
  L305(b305, b303, b304, H);
  const b308 = C[52];
  const b307 = L307(b305, H);
  const b309 = new Float32Array(1);
  L309(b309, b307, b308, H);
  const b310 = C[53];
  const b311 = C[54];
  const b315 = C[55];
  const b316 = b303;
  L316(b316, b303, b311, b305, b315, H);
  const b317 = R[100](b310, b316);
  const b318 = C[56];
  const b319 = R[101](in1);
  const b320 = R[102](b316, b319);
  const b323 = b320;
  L323(b323, b299, b311, b320, H);
  const b324 = R[103](b318, b323);
  const b326 = C[57];
  const b327 = R[104](b323, b319);
  const b330 = b327;
  L330(b330, b295, b311, b327, H);
  const b331 = R[105](b326, b330);
  const b333 = C[58];
  const b334 = R[106](b330, b319);
  const b337 = b334;
  L337(b337, b291, b311, b334, H);
  const b338 = R[107](b333, b337);
  const b340 = C[59];
  const b341 = R[108](b337, b319);
  const b344 = b341;
  L344(b344, b287, b311, b341, H);
  const b345 = R[109](b340, b344);
  const b347 = C[60];
  const b348 = R[110](b344, b319);
  const b351 = b348;
  L351(b351, b283, b311, b348, H);
  const b352 = R[111](b347, b351);
  const b354 = C[61];
  const b355 = R[112](b351, b319);
  const b358 = b355;
  L358(b358, b279, b311, b355, H);
  const b359 = R[113](b354, b358);
  const b361 = C[62];
  const b362 = R[114](b358, b319);
  const b365 = b362;
  L365(b365, b275, b311, b362, H);
  const b366 = R[115](b361, b365);
  const b368 = C[63];
  const b369 = R[116](b365, b319);
  const b372 = b369;
  L372(b372, b271, b311, b369, H);
  const b373 = R[117](b368, b372);
  const b375 = C[64];
  const b376 = R[118](b372, b319);
  const b379 = b376;
  L379(b379, b267, b311, b376, H);
  const b380 = R[119](b375, b379);
  const b382 = C[65];
  const b383 = R[120](b379, b319);
  const b386 = b383;
  L386(b386, b263, b311, b383, H);
  const b387 = R[121](b382, b386);
  const b389 = C[66];
  const b390 = R[122](b386, b319);
  const b393 = b390;
  L393(b393, b259, b311, b390, H);
  const b394 = R[123](b389, b393);
  const b396 = C[67];
  const b397 = R[124](b393, b319);
  const b400 = b397;
  L400(b400, b255, b311, b397, H);
  const b401 = R[125](b396, b400);
  const b403 = C[68];
  const b404 = R[126](b400, b319);
  const b407 = b404;
  L407(b407, b251, b311, b404, H);
  const b408 = R[127](b403, b407);
  const b410 = C[69];
  const b411 = R[128](b407, b319);
  const b414 = b411;
  L414(b414, b247, b311, b411, H);
  const b415 = R[129](b410, b414);
  const b417 = C[70];
  const b418 = R[130](b414, b319);
  const b421 = b418;
  L421(b421, b243, b311, b418, H);
  const b422 = R[131](b417, b421);
  const b424 = C[71];
  const b425 = R[132](b421, b319);
  const b428 = b425;
  L428(b428, b239, b311, b425, H);
  const b429 = R[133](b424, b428);
  const b431 = C[72];
  const b432 = R[134](b428, b319);
  const b435 = b432;
  L435(b435, b235, b311, b432, H);
  const b436 = R[135](b431, b435);
  const b438 = C[73];
  const b439 = R[136](b435, b319);
  const b442 = b439;
  L442(b442, b231, b311, b439, H);
  const b443 = R[137](b438, b442);
  const b445 = C[74];
  const b446 = R[138](b442, b319);
  const b449 = b446;
  L449(b449, b227, b311, b446, H);
  const b450 = R[139](b445, b449);
  const b452 = C[75];
  const b453 = R[140](b449, b319);
  const b456 = b453;
  L456(b456, b223, b311, b453, H);
  const b457 = R[141](b452, b456);
  const b459 = C[76];
  const b460 = R[142](b456, b319);
  const b463 = b460;
  L463(b463, b219, b311, b460, H);
  const b464 = R[143](b459, b463);
  const b466 = C[77];
  const b467 = R[144](b463, b319);
  const b470 = b467;
  L470(b470, b215, b311, b467, H);
  const b471 = R[145](b466, b470);
  const b473 = C[78];
  const b474 = R[146](b470, b319);
  const b477 = b474;
  L477(b477, b211, b311, b474, H);
  const b478 = R[147](b473, b477);
  const b480 = C[79];
  const b481 = R[148](b477, b319);
  const b484 = b481;
  L484(b484, b207, b311, b481, H);
  const b485 = R[149](b480, b484);
  const b487 = C[80];
  const b488 = R[150](b484, b319);
  const b491 = b488;
  L491(b491, b203, b311, b488, H);
  const b492 = R[151](b487, b491);
  const b494 = C[81];
  const b495 = R[152](b491, b319);
  const b498 = b495;
  L498(b498, b199, b311, b495, H);
  const b499 = R[153](b494, b498);
  const b501 = C[82];
  const b502 = R[154](b498, b319);
  const b505 = b502;
  L505(b505, b195, b311, b502, H);
  const b506 = R[155](b501, b505);
  const b508 = C[83];
  const b509 = R[156](b505, b319);
  const b512 = b509;
  L512(b512, b191, b311, b509, H);
  const b513 = R[157](b508, b512);
  const b515 = C[84];
  const b516 = R[158](b512, b319);
  const b519 = b516;
  L519(b519, b187, b311, b516, H);
  const b520 = R[159](b515, b519);
  const b522 = C[85];
  const b523 = R[160](b519, b319);
  const b526 = b523;
  L526(b526, b183, b311, b523, H);
  const b527 = R[161](b522, b526);
  const b529 = C[86];
  const b530 = R[162](b526, b319);
  const b533 = b530;
  L533(b533, b179, b311, b530, H);
  const b534 = R[163](b529, b533);
  const b536 = C[87];
  const b537 = R[164](b533, b319);
  const b540 = b537;
  L540(b540, b175, b311, b537, H);
  const b541 = R[165](b536, b540);
  const b543 = C[88];
  const b544 = R[166](b540, b319);
  const b547 = b544;
  L547(b547, b171, b311, b544, H);
  const b548 = R[167](b543, b547);
  const b550 = C[89];
  const b551 = R[168](b547, b319);
  const b554 = b551;
  L554(b554, b167, b311, b551, H);
  const b555 = R[169](b550, b554);
  const b557 = C[90];
  const b558 = R[170](b554, b319);
  const b561 = b558;
  L561(b561, b163, b311, b558, H);
  const b562 = R[171](b557, b561);
  const b564 = C[91];
  const b565 = R[172](b561, b319);
  const b568 = b565;
  L568(b568, b159, b311, b565, H);
  const b569 = R[173](b564, b568);
  const b571 = C[92];
  const b572 = R[174](b568, b319);
  const b575 = b572;
  L575(b575, b155, b311, b572, H);
  const b576 = R[175](b571, b575);
  const b578 = C[93];
  const b579 = R[176](b575, b319);
  const b582 = b579;
  L582(b582, b151, b311, b579, H);
  const b583 = R[177](b578, b582);
  const b585 = C[94];
  const b586 = R[178](b582, b319);
  const b589 = b586;
  L589(b589, b147, b311, b586, H);
  const b590 = R[179](b585, b589);
  const b592 = C[95];
  const b593 = R[180](b589, b319);
  const b596 = b593;
  L596(b596, b143, b311, b593, H);
  const b597 = R[181](b592, b596);
  const b599 = C[96];
  const b600 = R[182](b596, b319);
  const b603 = b600;
  L603(b603, b139, b311, b600, H);
  const b604 = R[183](b599, b603);
  const b606 = C[97];
  const b607 = R[184](b603, b319);
  const b610 = b607;
  L610(b610, b135, b311, b607, H);
  const b611 = R[185](b606, b610);
  const b613 = C[98];
  const b614 = R[186](b610, b319);
  const b617 = b614;
  L617(b617, b131, b311, b614, H);
  const b618 = R[187](b613, b617);
  const b620 = C[99];
  const b621 = R[188](b617, b319);
  const b624 = b621;
  L624(b624, b127, b311, b621, H);
  const b625 = R[189](b620, b624);
  const b627 = C[100];
  const b628 = R[190](b624, b319);
  const b631 = b628;
  L631(b631, b123, b311, b628, H);
  const b632 = R[191](b627, b631);
  const b634 = C[101];
  const b635 = R[192](b631, b319);
  const b638 = b635;
  L638(b638, b119, b311, b635, H);
  const b639 = R[193](b634, b638);
  const b641 = C[102];
  const b642 = R[194](b638, b319);
  const b645 = b642;
  L645(b645, b115, b311, b642, H);
  const b646 = R[195](b641, b645);
  const b648 = C[103];
  const b649 = R[196](b645, b319);
  const b652 = b649;
  L652(b652, b111, b311, b649, H);
  const b653 = R[197](b648, b652);
  const b655 = C[104];
  const b656 = R[198](b652, b319);
  const b659 = b656;
  L659(b659, b107, b311, b656, H);
  const b660 = R[199](b655, b659);
  const b662 = C[105];
  const b664 = b317;
  L664(b664, b317, b324, b331, b338, b345, b352, b359, b366, b373, b380, b387, b394, b401, b408, b415, b422, b429, b436, b443, b450, b457, b464, b471, b478, b485, b492, b499, b506, b513, b520, b527, b534, b541, b548, b555, b562, b569, b576, b583, b590, b597, b604, b611, b618, b625, b632, b639, b646, b653, b660, b662, in0, H);
  const b665 = R[200](b299);
  const b666 = R[201](b665, b316);
  const b667 = R[202](b295);
  const b668 = R[203](b667, b323);
  const b670 = R[204](b291);
  const b671 = R[205](b670, b330);
  const b673 = R[206](b287);
  const b674 = R[207](b673, b337);
  const b676 = R[208](b283);
  const b677 = R[209](b676, b344);
  const b679 = R[210](b279);
  const b680 = R[211](b679, b351);
  const b682 = R[212](b275);
  const b683 = R[213](b682, b358);
  const b685 = R[214](b271);
  const b686 = R[215](b685, b365);
  const b688 = R[216](b267);
  const b689 = R[217](b688, b372);
  const b691 = R[218](b263);
  const b692 = R[219](b691, b379);
  const b694 = R[220](b259);
  const b695 = R[221](b694, b386);
  const b697 = R[222](b255);
  const b698 = R[223](b697, b393);
  const b700 = R[224](b251);
  const b701 = R[225](b700, b400);
  const b703 = R[226](b247);
  const b704 = R[227](b703, b407);
  const b706 = R[228](b243);
  const b707 = R[229](b706, b414);
  const b709 = R[230](b239);
  const b710 = R[231](b709, b421);
  const b712 = R[232](b235);
  const b713 = R[233](b712, b428);
  const b715 = R[234](b231);
  const b716 = R[235](b715, b435);
  const b718 = R[236](b227);
  const b719 = R[237](b718, b442);
  const b721 = R[238](b223);
  const b722 = R[239](b721, b449);
  const b724 = R[240](b219);
  const b725 = R[241](b724, b456);
  const b727 = R[242](b215);
  const b728 = R[243](b727, b463);
  const b730 = R[244](b211);
  const b731 = R[245](b730, b470);
  const b733 = R[246](b207);
  const b734 = R[247](b733, b477);
  const b736 = R[248](b203);
  const b737 = R[249](b736, b484);
  const b739 = R[250](b199);
  const b740 = R[251](b739, b491);
  const b742 = R[252](b195);
  const b743 = R[253](b742, b498);
  const b745 = R[254](b191);
  const b746 = R[255](b745, b505);
  const b748 = R[256](b187);
  const b749 = R[257](b748, b512);
  const b751 = R[258](b183);
  const b752 = R[259](b751, b519);
  const b754 = R[260](b179);
  const b755 = R[261](b754, b526);
  const b757 = R[262](b175);
  const b758 = R[263](b757, b533);
  const b760 = R[264](b171);
  const b761 = R[265](b760, b540);
  const b763 = R[266](b167);
  const b764 = R[267](b763, b547);
  const b766 = R[268](b163);
  const b767 = R[269](b766, b554);
  const b769 = R[270](b159);
  const b770 = R[271](b769, b561);
  const b772 = R[272](b155);
  const b773 = R[273](b772, b568);
  const b775 = R[274](b151);
  const b776 = R[275](b775, b575);
  const b778 = R[276](b147);
  const b779 = R[277](b778, b582);
  const b781 = R[278](b143);
  const b782 = R[279](b781, b589);
  const b784 = R[280](b139);
  const b785 = R[281](b784, b596);
  const b787 = R[282](b135);
  const b788 = R[283](b787, b603);
  const b790 = R[284](b131);
  const b791 = R[285](b790, b610);
  const b793 = R[286](b127);
  const b794 = R[287](b793, b617);
  const b796 = R[288](b123);
  const b797 = R[289](b796, b624);
  const b799 = R[290](b119);
  const b800 = R[291](b799, b631);
  const b802 = R[292](b115);
  const b803 = R[293](b802, b638);
  const b805 = R[294](b111);
  const b806 = R[295](b805, b645);
  const b808 = R[296](b107);
  const b809 = R[297](b808, b652);
  const b811 = C[106];
  const b812 = R[298](b811, b659);
  const b815 = b666;
  L815(b815, b666, b668, b671, b674, b677, b680, b683, b686, b689, b692, b695, b698, b701, b704, b707, b710, b713, b716, b719, b722, b725, b728, b731, b734, b737, b740, b743, b746, b749, b752, b755, b758, b761, b764, b767, b770, b773, b776, b779, b782, b785, b788, b791, b794, b797, b800, b803, b806, b809, b812, b662, in1, H);
  const b816 = R[299](b316);
  const b817 = R[300](b323);
  const b819 = R[301](b330);
  const b821 = R[302](b337);
  const b823 = R[303](b344);
  const b825 = R[304](b351);
  const b827 = R[305](b358);
  const b829 = R[306](b365);
  const b831 = R[307](b372);
  const b833 = R[308](b379);
  const b835 = R[309](b386);
  const b837 = R[310](b393);
  const b839 = R[311](b400);
  const b841 = R[312](b407);
  const b843 = R[313](b414);
  const b845 = R[314](b421);
  const b847 = R[315](b428);
  const b849 = R[316](b435);
  const b851 = R[317](b442);
  const b853 = R[318](b449);
  const b855 = R[319](b456);
  const b857 = R[320](b463);
  const b859 = R[321](b470);
  const b861 = R[322](b477);
  const b863 = R[323](b484);
  const b865 = R[324](b491);
  const b867 = R[325](b498);
  const b869 = R[326](b505);
  const b871 = R[327](b512);
  const b873 = R[328](b519);
  const b875 = R[329](b526);
  const b877 = R[330](b533);
  const b879 = R[331](b540);
  const b881 = R[332](b547);
  const b883 = R[333](b554);
  const b885 = R[334](b561);
  const b887 = R[335](b568);
  const b889 = R[336](b575);
  const b891 = R[337](b582);
  const b893 = R[338](b589);
  const b895 = R[339](b596);
  const b897 = R[340](b603);
  const b899 = R[341](b610);
  const b901 = R[342](b617);
  const b903 = R[343](b624);
  const b905 = R[344](b631);
  const b907 = R[345](b638);
  const b909 = R[346](b645);
  const b911 = R[347](b652);
  const b913 = R[348](b659);
  const b916 = b816;
  L916(b916, b816, b817, b819, b821, b823, b825, b827, b829, b831, b833, b835, b837, b839, b841, b843, b845, b847, b849, b851, b853, b855, b857, b859, b861, b863, b865, b867, b869, b871, b873, b875, b877, b879, b881, b883, b885, b887, b889, b891, b893, b895, b897, b899, b901, b903, b905, b907, b909, b911, b913, b662, in2, H);
  return [b309, b664, b815, b916];
}
