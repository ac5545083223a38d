def expected_calibration_error(confidences: list[float], correct: list[bool], bins: int) -> float:
    # TODO: bin i holds (i/M, (i+1)/M], with 0 in bin 0; weight each bin's |accuracy - confidence| by its size.
    raise NotImplementedError
