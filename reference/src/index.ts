// Reference implementations on TensorFlow.js: what the checks compare students' answers with.
// Call `await initReferenceBackend()` once at start-up; every function then returns plain arrays.
export * from './backend';
export * from './dense';
export * from './softmax';
export * from './mlp';
export * from './regularization';
export * from './activations';
export * from './conv';
export * from './conv-float64';
export * from './pooling';
export * from './cnn';
export * from './weight-init';
export * from './mse';
export * from './least-squares';
export * from './linear-regression';
export * from './finite-differences';
export * from './gradient-descent';
export * from './logistic';
export * from './perceptron';
export * from './dropout';
export * from './mlp-forward';
export * from './batch-norm';
export * from './sigmoid-network';
export * from './data-splits';
export * from './optimizers';
export * from './early-stopping';
export * from './kmeans';
