/**
 * @param {number[]} confidences
 * @param {boolean[]} correct
 * @param {number} bins
 * @returns {number}
 */
export function expectedCalibrationError(confidences, correct, bins) {
  // TODO: bin i holds (i/M, (i+1)/M], with 0 in bin 0; weight each bin's |accuracy - confidence| by its size.
  throw new Error('not implemented');
}
