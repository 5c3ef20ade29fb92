"""Imported by the chart workers' fork server (see forum_eval/render/drawing.py) before it
forks any worker: what every worker needs is loaded here, once, and inherited by each worker.

The server must stay a one-thread process because it forks: numpy's OpenBLAS would start one
thread per CPU at import, so it is told to use one (the charts do no linear algebra).  Nothing
here imports pandas: the main process has it, and the charts' arguments do not need it.
"""

import gc
import os

for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = "1"

import matplotlib.artist  # noqa: E402


def _no_property_table(artist: object) -> str:
    return ""


# matplotlib writes, for every Artist class it defines, a docstring for its set() that lists
# every property and its values (kwdoc): about 0.1 s of this import, for help() text no chart
# reads. This process only draws charts: it skips that text (drawing is unchanged: the PNGs
# are compared byte for byte with --jobs 1 in tests/test_drawing.py).
matplotlib.artist.kwdoc = _no_property_table

from forum_eval.present import chartstyle  # noqa: E402

# fonts, parameters, text layout and PNG code paths: paid once, here, not by each first chart
chartstyle.warm_up()

# what is loaded now stays out of the garbage collector's sight: a collection in a worker would
# otherwise write to every object's header and copy most of the server's memory (copy-on-write)
# before the first chart — measured at about a third of a first chart's time
gc.freeze()
