"""One thread for NumPy's linear algebra in the studio's processes.

Every matrix the studio multiplies is small (a hidden size of a few hundred at most). OpenBLAS, which
NumPy ships, still hands such products to a second thread, which then spins on the other core: an edit of
a 64-unit model over 200 steps cost the window's process twice the processor time of its GUI thread, and
on a busy two-core machine the window waited for that thread. With one thread the same work takes the
same time or less (forward and BPTT at hidden sizes 64-256, measured in docs/performance.md) and half the
processor.
"""

from __future__ import annotations

import os

#: What OpenBLAS, an OpenMP build and MKL read, when they are loaded, to choose their number of threads.
VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def one_thread() -> None:
    """Ask for one BLAS thread, unless the user set a number. Call before NumPy is first imported (the
    library reads these as it loads); processes started from this one inherit them (the symbolic process)."""
    for name in VARIABLES:
        os.environ.setdefault(name, "1")
