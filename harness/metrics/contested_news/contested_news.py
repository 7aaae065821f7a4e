"""contested_news: attribution, hedging, numeric accuracy and loaded terms of news summaries.

Load by local path (no hub access)::

    import evaluate, harness.metrics
    metric = evaluate.load(harness.metrics.path("contested_news"))
    metric.compute(predictions=["Lessaria says the dam has cut the flow by 30%."],
                   references=["river-dam-dispute"], cases="cases/")

``references`` are case ids (looked up under ``cases``, default ``cases/``) or whole cases as JSON
(``case.model_dump_json()``). Returns the metrics of the ``cnh`` report tables (no intervals), named
and defined by the metric registry ``scorers.metrics`` (``MAIN_AGGREGATES``).
"""

from __future__ import annotations

import datasets
import evaluate

from scorers.metrics import AGGREGATES, MAIN_AGGREGATES

_CITATION = ""
_DESCRIPTION = __doc__
_KWARGS_DESCRIPTION = """
Args:
    predictions: list of summaries (strings).
    references: list of case ids or case JSON strings, one per prediction.
    cases: directory or file of case YAMLs used to resolve case ids (default "cases").
Returns:
""" + "".join(f"    {m}: {AGGREGATES[m].header}, {AGGREGATES[m].description}\n" for m in MAIN_AGGREGATES) \
    + "    n: summaries scored\n"


@evaluate.utils.file_utils.add_start_docstrings(_DESCRIPTION, _KWARGS_DESCRIPTION)
class ContestedNews(evaluate.Metric):
    """The cnh scorers as an ``evaluate`` metric."""

    def _info(self) -> evaluate.MetricInfo:
        return evaluate.MetricInfo(
            description=_DESCRIPTION, citation=_CITATION, inputs_description=_KWARGS_DESCRIPTION,
            features=datasets.Features({"predictions": datasets.Value("string"),
                                        "references": datasets.Value("string")}),
        )

    def _compute(self, predictions: list[str], references: list[str], cases: str = "cases") -> dict[str, float]:
        from harness.api import metrics_of, resolve_cases

        by_ref = resolve_cases(references, cases)
        rows = [{"case_id": by_ref[ref].id, "summary_id": f"s{i}", "model": "evaluate", "text": text}
                for i, (text, ref) in enumerate(zip(predictions, references, strict=True))]
        return metrics_of(rows, list({c.id: c for c in by_ref.values()}.values()))
