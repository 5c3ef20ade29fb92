"""Baseline of issue 7: a short plot-likert script drawing one diverging chart.

Reads a Google Forms-style export (``surveys/2019.csv`` or a generated file), takes the eight
agreement items and draws them as one plot-likert chart saved to a PNG. It runs in the
separate environment made by ``benchmarks/setup_baselines.py`` (plot-likert 0.5.0 needs
pandas < 3).

    benchmarks/.venv-plotlikert/bin/python benchmarks/plot_likert_baseline.py surveys/2019.csv out.png
"""

import sys
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import plot_likert

SCALE = ["Fortement en désaccord", "Pas d'accord", "Neutre", "D'accord", "Fortement d'accord"]

warnings.simplefilter("ignore")  # plot-likert warns when items have different n
source, out = sys.argv[1], sys.argv[2]
frame = pd.read_csv(source)
items = frame.iloc[:, 1:9]  # the eight agreement items
items = items.where(items.isin(SCALE))  # N/A and blanks are not on the scale
ax = plot_likert.plot_likert(items, SCALE, plot_percentage=True, figsize=(10, 6))
ax.figure.savefig(out, dpi=150, bbox_inches="tight")
plt.close(ax.figure)
