// A short tour of eager tensorjit, run against the built package: npm run example
import * as tj from '../dist/src/index.js';

const x = tj.tensor([[1, 2, 3], [4, 5, 6]]);
console.log('x =', x.toString());
console.log('x.T @ x =', tj.matmul(x.T, x).toString());
console.log('mean over rows:', x.mean(0).toArray());
console.log('int32 + 2.5 promotes to', tj.tensor([1, 2], { dtype: 'int32' }).add(2.5).dtype);

// Stable named functions: no overflow at extreme inputs.
console.log('softmax([1000, 0]) =', tj.softmax(tj.tensor([1000, 0])).toArray());
console.log('logSoftmax([1000, 0]) =', tj.logSoftmax(tj.tensor([1000, 0])).toArray());
console.log('softplus([100, -100]) =', tj.softplus(tj.tensor([100, -100])).toArray());

// Seeded random numbers and a tiny convolution.
tj.seed(42);
const img = tj.randn([1, 1, 5, 5]);
const kernel = tj.ones([2, 1, 3, 3]).div(9);
const y = tj.conv2d(img, kernel, { padding: 1 });
console.log('conv2d output shape', y.shape, 'maxPool2d', tj.maxPool2d(y, 2).shape);

// Errors say what was wrong, with the shapes involved.
try { tj.add(tj.ones([2, 3]), tj.ones([4])); } catch (e) { console.log('error:', e.message); }
