"""Renderers: one :class:`~forum_eval.summary.Summary` in, text out. No computation here."""
