"""forum-eval: evaluation figures, comparisons and charts from a forum's evaluation forms."""

__version__ = "0.1.0"
