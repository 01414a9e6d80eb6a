// TensorFlow.js (tfjs-core with the cpu or the wasm backend) running the compare workloads: variableGrads and SGD, same numbers.
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { CHECK_INDEX, type Host, type Peer, type Spec, type Step, unstack } from './types.js';

// tfjs-core's Node bundle registers no gradients; its ESM file that does (the one the @tensorflow/tfjs
// union package loads) only resolves with CommonJS rules, so it is required (tsx compiles it).
createRequire(import.meta.url)('@tensorflow/tfjs-core/dist/register_all_gradients');

// Functional ops only (no chained ops registered); every step runs in tf.tidy, so the tensor
// count stays flat, and reads its loss back with dataSync.
const arr = (h: Host) => tf.tensor(h.data, h.shape, h.data instanceof Int32Array ? 'int32' : 'float32');
type Loss = (params: tf.Variable[], inputs: tf.Tensor[]) => tf.Scalar;

/** Softmax cross-entropy, mean over the batch, against one-hot labels (tensorjit's softmaxCrossEntropy). */
const softmaxCE = (logits: tf.Tensor, onehot: tf.Tensor, batch: number) =>
  tf.div(tf.neg(tf.sum(tf.mul(tf.logSoftmax(logits), onehot))), batch) as tf.Scalar;

const losses: Record<Exclude<Spec['key'], 'chain'>, Loss> = {
  logreg: ([w, b], [x, y]) => {
    const p = tf.clipByValue(tf.sigmoid(tf.add(tf.dot(x, w), b)), 1e-7, 1 - 1e-7);
    const bce = tf.neg(tf.mean(tf.add(tf.mul(y, tf.log(p)), tf.mul(tf.sub(1, y), tf.log(tf.sub(1, p))))));
    return tf.add(bce, tf.mul(tf.sum(tf.square(w)), 0.01));
  },
  mlp: ([w1, b1, w2, b2, w3, b3], [x, y]) => {
    const h1 = tf.relu(tf.add(tf.matMul(x, w1), b1));
    const h2 = tf.relu(tf.add(tf.matMul(h1, w2), b2));
    return softmaxCE(tf.add(tf.matMul(h2, w3), b3), y, 128);
  },
  // NHWC, TF.js's layout: the input, the kernels (HWIO) and the first dense layer's rows are
  // permuted once when the workload is built, so the numbers match tensorjit's NCHW model.
  convnet: ([c1, cb1, c2, cb2, f1, fb1, f2, fb2, f3, fb3], [x, y]) => {
    const block = (h: tf.Tensor4D, k: tf.Variable, bias: tf.Variable) =>
      tf.maxPool(tf.relu(tf.add(tf.conv2d(h, k as tf.Tensor4D, 1, 'valid'), bias)) as tf.Tensor4D, 2, 2, 'valid');
    const h1 = block(x as tf.Tensor4D, c1, cb1); // [32, 12, 12, 6]
    const h2 = block(h1, c2, cb2); // [32, 4, 4, 16]
    const h3 = tf.relu(tf.add(tf.matMul(tf.reshape(h2, [32, 256]), f1), fb1));
    const h4 = tf.relu(tf.add(tf.matMul(h3, f2), fb2));
    return softmaxCE(tf.add(tf.matMul(h4, f3), fb3), y, 32);
  },
  rnn: ([wx, wh, b], inputs) => {
    const target = inputs[inputs.length - 1];
    let h: tf.Tensor = tf.zeros([16, 64]);
    for (const x of inputs.slice(0, -1)) h = tf.tanh(tf.add(tf.add(tf.matMul(x, wx), tf.matMul(h, wh)), b));
    return tf.mean(tf.square(tf.sub(h, target)));
  },
};

/** tensorjit's initial values, moved to TF.js's layout where it differs (the convnet). */
function initial(spec: Spec): { params: tf.Tensor[]; inputs: tf.Tensor[] } {
  const p = spec.params.map(arr);
  switch (spec.key) {
    case 'logreg':
      return { params: p, inputs: [arr(spec.inputs.x), arr(spec.inputs.y)] };
    case 'mlp':
      return { params: p, inputs: [arr(spec.inputs.x), tf.oneHot(arr(spec.inputs.y) as tf.Tensor1D, 10)] };
    case 'rnn':
      return { params: p, inputs: [...unstack(spec.inputs.xs).map(arr), arr(spec.inputs.target)] };
    case 'convnet': {
      const hwio = (k: tf.Tensor) => tf.transpose(k, [2, 3, 1, 0]);
      const [c1, cb1, c2, cb2, f1, ...rest] = p;
      const params = [
        hwio(c1),
        tf.reshape(cb1, [6]),
        hwio(c2),
        tf.reshape(cb2, [16]),
        tf.reshape(tf.transpose(tf.reshape(f1, [16, 4, 4, 120]), [1, 2, 0, 3]), [256, 120]),
        ...rest,
      ];
      return {
        params,
        inputs: [tf.transpose(arr(spec.inputs.x), [0, 2, 3, 1]), tf.oneHot(arr(spec.inputs.y) as tf.Tensor1D, 10)],
      };
    }
    default:
      throw new Error(`no TF.js version of ${spec.key}`);
  }
}

export async function tfjs(backend: 'cpu' | 'wasm'): Promise<Peer> {
  tf.enableProdMode(); // TF.js's advice for speed: no correctness checks (and no Node.js banner)
  const activate = async () => {
    if (!(await tf.setBackend(backend))) throw new Error(`TF.js backend ${backend} did not initialize`);
    await tf.ready();
  };
  await activate();
  return { name: `TF.js ${backend}`, version: `tfjs-core ${tf.version_core}, ${backend} backend`, activate, make };
}

function make(spec: Spec): Step {
  // The tensor count must come back to where it was: a leak would make the timings meaningless.
  // (A step that threw is exempt: TF.js keeps the tensors saved for a backward pass that failed.)
  const before = tf.memory().numTensors;
  let failed = false;
  const leakCheck = () => {
    const left = tf.memory().numTensors - before;
    if (left !== 0 && !failed) console.warn(`TF.js ${spec.key}: ${left} tensors left after dispose`);
  };
  const guard = (f: () => number) => () => {
    try {
      return f();
    } catch (e) {
      failed = true;
      throw e;
    }
  };
  if (spec.key === 'chain') {
    const a = arr(spec.inputs.a),
      b = arr(spec.inputs.b);
    const f = () =>
      tf.tidy(() => {
        const x = tf.add(tf.mul(a, b), 1);
        return tf.mul(tf.tanh(x), tf.exp(tf.neg(tf.mul(x, x))));
      });
    return {
      call: guard(() => {
        const out = f();
        const v = out.dataSync()[CHECK_INDEX];
        out.dispose();
        return v;
      }),
      dispose: () => {
        a.dispose();
        b.dispose();
        leakCheck();
      },
    };
  }
  const loss = losses[spec.key],
    lr = spec.lr;
  const n = spec.params.length;
  const made = tf.tidy(() => {
    const r = initial(spec);
    return [...r.params, ...r.inputs];
  });
  const vars = made.slice(0, n).map((t) => tf.variable(t));
  const inputs = made.slice(n);
  tf.dispose(made.slice(0, n));
  const step = () =>
    tf.tidy(() => {
      const { value, grads } = tf.variableGrads(() => loss(vars, inputs), vars);
      for (const v of vars) v.assign(tf.sub(v, tf.mul(grads[v.name], lr)));
      return value;
    });
  return {
    call: guard(() => {
      const value = step();
      const v = value.dataSync()[0];
      value.dispose();
      return v;
    }),
    dispose: () => {
      tf.dispose([...vars, ...inputs]);
      leakCheck();
    },
  };
}
