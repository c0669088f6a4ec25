"""The scale benchmark's verdicts: each target beside the number measured."""

from __future__ import annotations

from rich.console import Console

from evals.scale import _target_table


def rendered(rows: list[dict]) -> list[str]:
    console = Console(width=200, record=True)
    console.print(_target_table(rows))
    return [line for line in console.export_text().splitlines() if "│" in line and "measure" not in line]


def test_targets_say_met_or_by_how_much_they_are_missed():
    lines = rendered([{"articles": 2225, "answerer_start_s": 0.4, "warm_total_p95": 73.5},
                      {"articles": 10000, "warm_total_p95": 73.5, "cold_ask_over_floor": 2.0}])
    cells = [[c.strip() for c in line.strip("│").split("│")] for line in lines]
    assert cells == [
        ["answerer_start_s", "2225", "1.0", "0.4", "met"],
        ["warm_total_p95", "2225", "50.0", "73.5", "missed by 23.50"],  # the smaller corpus's limit
        ["cold_ask_over_floor", "10000", "1.5", "2.0", "missed by 0.50"],
        ["warm_total_p95", "10000", "100.0", "73.5", "met"],
    ]
