"""Results → tables: records to a tidy DataFrame (``frame``), rates with bootstrap confidence
intervals and paired comparisons (``stats``), and renderers (``tables`` for Markdown, LaTeX, CSV and
JSON; ``html`` for the self-contained report)."""

from __future__ import annotations

from typing import Any


def build_tables(records: list[dict[str, Any]], cases: dict[str, Any], *, by: str = "model",
                 baseline: str | None = None) -> tuple[Any, list[Any]]:
    """Per-group estimates and paired comparisons with the baseline model (the first by name if not given).

    Returns:
        ``(table, comparisons)``: the :func:`harness.reporting.stats.summary_table` DataFrame and a list of
        :class:`harness.reporting.stats.Comparison` (empty unless grouping by model with 2+ models).

    Raises:
        ValueError: no scored summaries, or an unknown baseline.
    """
    from harness.reporting.frame import records_frame
    from harness.reporting.stats import paired, summary_table

    df = records_frame(records, cases)
    if df.empty:
        raise ValueError("no scored summaries to report")
    table = summary_table(df, by=by)
    models = sorted(df.model.unique())
    comparisons = []
    if by == "model" and len(models) > 1:
        base = baseline or models[0]
        if base not in models:
            raise ValueError(f"baseline {base!r} is not a model of these runs: {', '.join(models)}")
        comparisons = [paired(df, base, m) for m in models if m != base]
    return table, comparisons
