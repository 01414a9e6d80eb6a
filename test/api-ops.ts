// Every op named in ../shared/API.md "Operations": the tables that must cover them all import this list.

export const API_OPS: readonly string[] = [
  // unary
  'neg', 'abs', 'sign', 'exp', 'expm1', 'log', 'log1p', 'sqrt', 'rsqrt', 'square', 'reciprocal', 'sin', 'cos', 'tan', 'tanh',
  'sigmoid', 'relu', 'softplus', 'erf', 'floor', 'ceil', 'round', 'isnan', 'isfinite', 'logicalNot',
  // binary
  'add', 'sub', 'mul', 'div', 'pow', 'maximum', 'minimum', 'mod', 'equal', 'notEqual', 'less', 'lessEqual', 'greater',
  'greaterEqual', 'logicalAnd', 'logicalOr',
  'where', 'clip',
  // reductions
  'sum', 'mean', 'prod', 'max', 'min', 'argmax', 'argmin', 'logsumexp', 'variance', 'std', 'all', 'any',
  // linear algebra
  'matmul', 'dot', 'outer', 'transpose', 'T',
  // shape
  'reshape', 'flatten', 'squeeze', 'expandDims', 'broadcastTo', 'concat', 'stack', 'split', 'slice', 'take', 'pad', 'tile', 'flip',
  // nn
  'softmax', 'logSoftmax', 'oneHot', 'softmaxCrossEntropy', 'binaryCrossEntropy', 'conv2d', 'maxPool2d', 'avgPool2d',
];
