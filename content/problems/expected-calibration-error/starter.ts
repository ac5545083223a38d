export function expectedCalibrationError(confidences: number[], correct: boolean[], bins: number): number {
  // TODO: bin i holds (i/M, (i+1)/M], with 0 in bin 0; weight each bin's |accuracy - confidence| by its size.
  throw new Error('not implemented');
}
