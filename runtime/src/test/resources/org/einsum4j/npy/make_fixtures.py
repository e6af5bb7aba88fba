# Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
"""Writes the .npy fixtures of NpyTest and TensorOpsTest (FloatTensorOpsTest, DoubleTensorOpsTest).

The tests never run Python: the fixtures are committed. Regenerate them, from this folder, with
    python3 make_fixtures.py
and commit the changed files. Expected values are computed in float64 by NumPy from the inputs as saved.
"""
import numpy as np

rng = np.random.default_rng(14)
x = rng.standard_normal((2, 3, 4)) * 3

# The same values in every supported layout: the readers must all give x (rounded to float32 for f4).
np.save("x_f4_c.npy", x.astype("<f4"))
np.save("x_f8_c.npy", x.astype("<f8"))
np.save("x_f4_big.npy", x.astype(">f4"))
np.save("x_f8_big.npy", x.astype(">f8"))
np.save("x_f4_fortran.npy", np.asfortranarray(x.astype("<f4")))
np.save("x_f8_big_fortran.npy", np.asfortranarray(x.astype(">f8")))
np.save("x_f8_row_major.npy", x)  # the reference, float64, C order
np.save("scalar_f8.npy", np.array(2.5))
np.save("empty_f4.npy", np.zeros((0, 3), dtype="<f4"))
np.save("ints_i4.npy", np.arange(6, dtype="<i4").reshape(2, 3))
np.save("half_f2.npy", np.arange(3, dtype="<f2"))


def softmax(a, axis):
    e = np.exp(a - a.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def log_softmax(a, axis):
    m = a.max(axis=axis, keepdims=True)
    return a - m - np.log(np.exp(a - m).sum(axis=axis, keepdims=True))


x32 = x.astype(np.float32).astype(np.float64)  # what the float tests start from
for axis in range(3):
    np.save("softmax_axis%d.npy" % axis, softmax(x32, axis))
    np.save("log_softmax_axis%d.npy" % axis, log_softmax(x32, axis))
# Large scores, where a naive exp overflows: softmax must still be finite.
big = np.array([[1000.0, 1001.0, 999.0], [-1000.0, -1002.0, -1001.0]])
np.save("big.npy", big)
np.save("softmax_big.npy", softmax(big, 1))
np.save("log_softmax_big.npy", log_softmax(big, 1))

# Broadcasting: x [2, 3, 4] with y [3, 1] and z [4].
y = rng.standard_normal((3, 1))
z = rng.standard_normal(4)
np.save("y.npy", y.astype("<f4"))  # float32, so that both tests start from the same values
np.save("z.npy", z.astype("<f4"))
y32 = y.astype(np.float32).astype(np.float64)
z32 = z.astype(np.float32).astype(np.float64)
np.save("x_plus_y.npy", x32 + y32)
np.save("x_minus_z.npy", x32 - z32)
np.save("y_times_z.npy", y32 * z32)  # [3, 4]
np.save("exp_x.npy", np.exp(x32))
