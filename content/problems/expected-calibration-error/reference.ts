export function expectedCalibrationError(confidences: number[], correct: boolean[], bins: number): number {
  if (confidences.length !== correct.length) throw new Error('confidences and correct must have the same length');
  if (confidences.length === 0) throw new Error('there are no predictions');
  if (!(bins >= 1)) throw new Error('bins must be at least 1');
  const sizes = new Array<number>(bins).fill(0);
  const hits = new Array<number>(bins).fill(0);
  const confidenceSums = new Array<number>(bins).fill(0);
  confidences.forEach((confidence, index) => {
    if (!(confidence >= 0 && confidence <= 1)) throw new Error(`confidence ${confidence} is outside [0, 1]`);
    // Bins are open on the left and closed on the right; 0 joins the first bin.
    const bin = Math.max(0, Math.ceil(confidence * bins) - 1);
    sizes[bin]! += 1;
    hits[bin]! += correct[index] ? 1 : 0;
    confidenceSums[bin]! += confidence;
  });
  // size/N * |hits/size - sum/size| = |hits - sum| / N
  return sizes.reduce((total, size, bin) => (size === 0 ? total : total + Math.abs(hits[bin]! - confidenceSums[bin]!)), 0) / confidences.length;
}
