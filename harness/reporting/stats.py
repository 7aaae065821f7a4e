"""Corpus rates with 95% bootstrap confidence intervals, and paired comparisons between models.

Rates are ratios of summed per-summary counts (``harness.reporting.frame``). Confidence intervals
resample *cases* with replacement (a cluster bootstrap: summaries of one article are not independent),
seeded, vectorised with numpy: each resample re-sums per-case totals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from scorers.metrics import AGGREGATES, MAIN_AGGREGATES

if TYPE_CHECKING:
    import pandas as pd

RESAMPLES = 2000
ALPHA = 0.05

METRICS: dict[str, tuple[str, str | None, bool]] = {
    name: (a.metric, a.per, a.higher_is_better) for name, a in AGGREGATES.items()
}
"""The reported metrics, from the registry (``scorers.metrics.AGGREGATES``): name → (numerator column,
denominator column or None for a per-summary mean, higher is better). Rates are sums over sums; the
others are means over summaries."""

MAIN_METRICS = MAIN_AGGREGATES


@dataclass(frozen=True)
class Estimate:
    """A metric's value with its 95% bootstrap confidence interval."""

    value: float
    low: float
    high: float
    n: float | None = None  # what the value is computed over: summaries (a mean) or the denominator's total (a share)

    @property
    def empty(self) -> bool:
        """True when there was nothing to measure (no summaries, or a share whose denominator is 0)."""
        return self.value != self.value

    @property
    def half_width(self) -> float:
        """Half the interval's width (what tables print after ±)."""
        return (self.high - self.low) / 2


def _case_sums(df: pd.DataFrame, columns: list[str]) -> tuple[list[str], np.ndarray]:
    grouped = df.groupby("case_id", sort=True)[columns].sum()
    counts = df.groupby("case_id", sort=True).size().to_numpy(dtype=float)
    return list(grouped.index), np.column_stack([grouped.to_numpy(dtype=float), counts])


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)


def estimate(df: pd.DataFrame, metric: str, *, resamples: int = RESAMPLES, seed: int = 0) -> Estimate:
    """One metric over a set of summaries, with a 95% percentile interval from a case bootstrap."""
    num_col, den_col, _ = METRICS[metric]
    cols = [num_col] + ([den_col] if den_col else [])
    _, sums = _case_sums(df, cols)
    den_idx = 1 if den_col else -1  # per-summary means divide by the number of summaries
    if len(sums) == 0:
        return Estimate(float("nan"), float("nan"), float("nan"), 0)
    total = float(sums[:, den_idx].sum())
    value = float(_ratio(np.array([sums[:, 0].sum()]), np.array([total]))[0])
    if len(sums) < 2 or value != value:
        return Estimate(value, value, value, total)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(sums), size=(resamples, len(sums)))
    boot = _ratio(sums[idx, 0].sum(axis=1), sums[idx, den_idx].sum(axis=1))
    boot = boot[~np.isnan(boot)]
    if boot.size == 0:
        return Estimate(value, value, value, total)
    low, high = np.quantile(boot, [ALPHA / 2, 1 - ALPHA / 2])
    return Estimate(value, float(low), float(high), total)


def summary_table(df: pd.DataFrame, by: str = "model", metrics: tuple[str, ...] = MAIN_METRICS,
                  *, resamples: int = RESAMPLES, seed: int = 0) -> pd.DataFrame:
    """Per-group estimates, cells are :class:`Estimate`.

    By model: one row per model, one column per metric and ``n`` (summaries). By anything else (topic,
    case...): one row per group and one column group per model, columns ``(model, metric)`` and
    ``(model, "n")`` (a :class:`pandas.MultiIndex`), so that models are never pooled; a model with no
    summary in a group has n = 0 and empty estimates.
    """
    import pandas as pd

    if by == "model":
        rows = {}
        for key, group in df.groupby(by, sort=True):
            rows[key] = {m: estimate(group, m, resamples=resamples, seed=seed) for m in metrics}
            rows[key]["n"] = len(group)
        return pd.DataFrame.from_dict(rows, orient="index")
    models = sorted(df.model.unique())
    empty = df.iloc[0:0]
    grouped: dict[Any, dict[tuple[str, str], Any]] = {}
    for key, group in df.groupby(by, sort=True):
        cells: dict[tuple[str, str], Any] = {}
        for model in models:
            sub = group[group.model == model] if len(group) else empty
            cells[(model, "n")] = len(sub)
            for m in metrics:
                cells[(model, m)] = estimate(sub, m, resamples=resamples, seed=seed)
        grouped[key] = cells
    columns = pd.MultiIndex.from_tuples([(model, m) for model in models for m in ("n", *metrics)])
    return pd.DataFrame.from_dict(grouped, orient="index").reindex(columns=columns)


def model_groups(table: pd.DataFrame) -> list[str] | None:
    """The models of a :func:`summary_table` grouped by something else than the model (None when by model)."""
    import pandas as pd

    if not isinstance(table.columns, pd.MultiIndex):
        return None
    return list(dict.fromkeys(table.columns.get_level_values(0)))


@dataclass(frozen=True)
class Comparison:
    """Model B minus model A on the same items."""

    metric: str
    a: str
    b: str
    diff: Estimate
    p_value: float
    items: int

    @property
    def significant(self) -> bool:
        """True when the paired permutation test rejects 'no difference' at the 5% level."""
        return self.p_value < ALPHA


def paired(df: pd.DataFrame, a: str, b: str, metric: str = "headline", *, resamples: int = RESAMPLES,
           seed: int = 0) -> Comparison:
    """Compare two models on the summaries they share (same case, prompt, sample).

    The difference of the metric (B − A) gets a case-bootstrap interval; its p-value comes from a
    paired permutation test that swaps the two models' per-case totals at random.
    """
    keys = ["case_id", "prompt", "sample"]
    num_col, den_col, _ = METRICS[metric]
    cols = [num_col] + ([den_col] if den_col else [])
    da = df[df.model == a].set_index(keys)[cols]
    db = df[df.model == b].set_index(keys)[cols]
    common = da.index.intersection(db.index)
    if len(common) == 0:
        raise ValueError(f"models {a!r} and {b!r} share no (case, prompt, sample) items")
    da, db = da.loc[common], db.loc[common]
    sa = da.groupby(level="case_id").sum().to_numpy(dtype=float)
    sb = db.groupby(level="case_id").sum().to_numpy(dtype=float)
    n = da.groupby(level="case_id").size().to_numpy(dtype=float)
    den_a = sa[:, 1] if den_col else n
    den_b = sb[:, 1] if den_col else n

    def diff_of(w_a: np.ndarray, w_b: np.ndarray, num_a: np.ndarray, num_b: np.ndarray,
                dn_a: np.ndarray, dn_b: np.ndarray) -> np.ndarray:
        return _ratio((num_b * w_b).sum(-1), (dn_b * w_b).sum(-1)) - _ratio((num_a * w_a).sum(-1),
                                                                             (dn_a * w_a).sum(-1))

    observed = float(diff_of(np.ones(len(n)), np.ones(len(n)), sa[:, 0], sb[:, 0], den_a, den_b))
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(n), size=(resamples, len(n)))
    boot = _ratio(sb[idx, 0].sum(1), den_b[idx].sum(1)) - _ratio(sa[idx, 0].sum(1), den_a[idx].sum(1))
    boot = boot[~np.isnan(boot)]
    low, high = (np.quantile(boot, [ALPHA / 2, 1 - ALPHA / 2]) if boot.size else (observed, observed))
    swap = rng.integers(0, 2, size=(resamples, len(n))).astype(bool)
    num_a = np.where(swap, sb[:, 0], sa[:, 0])
    num_b = np.where(swap, sa[:, 0], sb[:, 0])
    dn_a = np.where(swap, den_b, den_a)
    dn_b = np.where(swap, den_a, den_b)
    perm = _ratio(num_b.sum(1), dn_b.sum(1)) - _ratio(num_a.sum(1), dn_a.sum(1))
    perm = perm[~np.isnan(perm)]
    p = float((np.sum(np.abs(perm) >= abs(observed) - 1e-12) + 1) / (perm.size + 1))
    return Comparison(metric, a, b, Estimate(observed, float(low), float(high)), p, len(common))
