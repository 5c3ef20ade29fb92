"""Renderers: one :class:`~forum_eval.analyse.summary.Summary` in, text out. No computation here."""
