// jax-js (@jax-js/jax, WASM backend) running the compare workloads: jit(valueAndGrad) and SGD, same numbers.
import { init, jit, lax, nn, numpy as np, valueAndGrad } from '@jax-js/jax';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CHECK_INDEX, type Host, type Peer, type Spec, type Step, unstack } from './types.js';

// jax-js's arrays are consumed by every operation that takes them: `.ref` keeps one for a later use.
const arr = (h: Host) => np.array(h.data, { shape: h.shape });
type Loss = (params: np.Array[], inputs: np.Array[]) => np.Array;

/** Softmax cross-entropy, mean over the batch, against one-hot labels (tensorjit's softmaxCrossEntropy). */
const softmaxCE = (logits: np.Array, onehot: np.Array, batch: number) =>
  nn.logSoftmax(logits).mul(onehot).sum().neg().div(batch);

const losses: Record<Exclude<Spec['key'], 'chain'>, Loss> = {
  logreg: ([w, b], [x, y]) => {
    const p = np.clip(nn.sigmoid(np.matmul(x, w.ref).add(b)), 1e-7, 1 - 1e-7);
    const bce = y.ref
      .mul(np.log(p.ref))
      .add(np.subtract(1, y).mul(np.log(np.subtract(1, p))))
      .mean()
      .neg();
    return bce.add(np.square(w).sum().mul(0.01));
  },
  mlp: ([w1, b1, w2, b2, w3, b3], [x, y]) => {
    const h1 = nn.relu(np.matmul(x, w1).add(b1));
    const h2 = nn.relu(np.matmul(h1, w2).add(b2));
    return softmaxCE(np.matmul(h2, w3).add(b3), y, 128);
  },
  convnet: ([c1, cb1, c2, cb2, f1, fb1, f2, fb2, f3, fb3], [x, y]) => {
    const pool = (h: np.Array) => lax.reduceWindow(h, (v: np.Array) => np.max(v), [2, 2], [2, 2]);
    const h1 = pool(nn.relu(lax.conv(x, c1, [1, 1], 'VALID').add(cb1))); // [32, 6, 12, 12]
    const h2 = pool(nn.relu(lax.conv(h1, c2, [1, 1], 'VALID').add(cb2))); // [32, 16, 4, 4]
    const h3 = nn.relu(np.matmul(h2.reshape([32, 256]), f1).add(fb1));
    const h4 = nn.relu(np.matmul(h3, f2).add(fb2));
    return softmaxCE(np.matmul(h4, f3).add(fb3), y, 32);
  },
  rnn: ([wx, wh, b], inputs) => {
    const target = inputs[inputs.length - 1],
      xs = inputs.slice(0, -1);
    let h: np.Array = np.zeros([16, 64]);
    xs.forEach((x, i) => {
      const last = i === xs.length - 1;
      h = np.tanh(
        np
          .matmul(x, last ? wx : wx.ref)
          .add(np.matmul(h, last ? wh : wh.ref))
          .add(last ? b : b.ref),
      );
    });
    return np.square(h.sub(target)).mean();
  },
};

export async function jaxjs(): Promise<Peer> {
  await init('wasm'); // a bare init() touches `navigator` and throws in Node
  const main = createRequire(import.meta.url).resolve('@jax-js/jax'); // its exports hide package.json
  const version = (
    JSON.parse(fs.readFileSync(path.join(path.dirname(main), '..', 'package.json'), 'utf8')) as { version: string }
  ).version;
  return { name: 'jax-js', version: `${version} (wasm, jit)`, make };
}

function make(spec: Spec): Step {
  if (spec.key === 'chain') {
    const f = jit((x: np.Array, y: np.Array) => {
      const t = x.mul(y).add(1);
      return np.tanh(t.ref).mul(np.exp(t.ref.mul(t).neg()));
    });
    const a = arr(spec.inputs.a),
      b = arr(spec.inputs.b);
    return {
      call: () => f(a.ref, b.ref).dataSync()[CHECK_INDEX],
      dispose: () => {
        a.dispose();
        b.dispose();
        f.dispose();
      },
    };
  }
  const loss = losses[spec.key],
    lr = spec.lr;
  const inputs: np.Array[] =
    spec.key === 'rnn'
      ? [...unstack(spec.inputs.xs).map(arr), arr(spec.inputs.target)]
      : [arr(spec.inputs.x), spec.key === 'logreg' ? arr(spec.inputs.y) : nn.oneHot(arr(spec.inputs.y), 10)];
  let params = spec.params.map(arr);
  const step = jit((p: np.Array[], xs: np.Array[]) => {
    const [value, grads] = valueAndGrad((q: np.Array[]) => loss(q, xs))(p.map((a) => a.ref));
    return [value, p.map((a, i) => a.sub(grads[i].mul(lr)))];
  });
  return {
    call: () => {
      const [value, next] = step(
        params,
        inputs.map((a) => a.ref),
      ) as unknown as [np.Array, np.Array[]];
      params = next;
      return value.dataSync()[0];
    },
    dispose: () => {
      for (const a of [...params, ...inputs]) a.dispose();
      step.dispose();
    },
  };
}
