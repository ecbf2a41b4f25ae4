#!/usr/bin/env python3
"""Writes the fixture fixtures/experiment/layer-overlap/many-experiments-stay-clean: a year of
online tests of a recommendation team, 312 experiments on four surfaces in eight layers, that
share layers by traffic slices, surfaces by segments, and run back to back. reclint must find
nothing in it. Run it again after changing it; the files are committed."""
import datetime
import pathlib
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
CASE = ROOT / "fixtures/experiment/layer-overlap/many-experiments-stay-clean"

SURFACES = ["job_feed", "search", "push", "email"]
FIRST_DAY = datetime.date(2027, 1, 4)  # a Monday
PERIODS = 13  # two-week periods: the first half of 2027

# The main layer of each surface splits existing users into slices; a second layer runs
# onboarding tests on new users only, so the two layers never reach the same user.
RANKING_SLICES = [("0", "25"), ("25", "50"), ("50", "75"), ("75", "100")]
ONBOARDING_SLICES = [("0", "33.33"), ("33.33", "100")]


def experiment(name, surface, layer, segment, traffic, start, end, period, slot):
    interleave = surface == "search" and slot == 0
    lines = [
        "kind: Experiment",
        f"name: {name}",
        "owner: recommendation",
        f"description: Ranker candidate {slot + 1} of period {period + 1} on {surface}",
        f"surface: {surface}",
        f"type: {'interleaving' if interleave else 'ab'}",
        f"segment: {segment}",
        f"start: {start}",
        f"end: {end}",
        f"layer: {layer}",
        f"traffic: [{traffic[0]}, {traffic[1]}]",
    ]
    if segment == "existing_users":
        lines.append("holdout: global_2027h1")
    if interleave:
        lines.append("interleaving: {method: team_draft, slots: 20}")
        lines.append("variants:")
        lines.append(f"  - {{name: current, source: recsys.{surface}_baseline}}")
        lines.append(f"  - {{name: candidate, source: recsys.{name}}}")
    elif slot % 2 == 0:
        lines.append("variants:")
        lines.append(f"  - {{name: control, control: true, weight: 50, source: recsys.{surface}_baseline}}")
        lines.append(f"  - {{name: candidate, weight: 50, source: recsys.{name}}}")
    else:
        lines.append("variants:")
        lines.append(f"  - {{name: control, control: true, weight: 33.34, source: recsys.{surface}_baseline}}")
        lines.append(f"  - {{name: candidate_a, weight: 33.33, source: recsys.{name}_a}}")
        lines.append(f"  - {{name: candidate_b, weight: 33.33, source: recsys.{name}_b}}")
    return "\n".join(lines) + "\n"


def main():
    if CASE.exists():
        shutil.rmtree(CASE)
    (CASE / "holdouts").mkdir(parents=True)
    (CASE / "holdouts/global_2027h1.yaml").write_text(
        "kind: Holdout\nname: global_2027h1\nunit: user_id\npercent: 5\n"
        "start: 2027-01-01\nend: 2027-07-31\n")
    for surface in SURFACES:
        folder = CASE / "experiments" / surface
        folder.mkdir(parents=True)
        for period in range(PERIODS):
            first = FIRST_DAY + datetime.timedelta(days=14 * period)
            last = first + datetime.timedelta(days=13)  # inclusive: the next period starts the day after
            layers = [(f"{surface}_ranking", "existing_users", RANKING_SLICES),
                      (f"{surface}_onboarding", "new_users", ONBOARDING_SLICES)]
            for layer, segment, slices in layers:
                for slot, traffic in enumerate(slices):
                    name = f"{layer}_p{period + 1:02d}_s{slot + 1}"
                    # Half of the onboarding tests start at noon UTC and end at midnight UTC,
                    # written in Tokyo time, the instant the next period's first day begins.
                    start, end = str(first), str(last)
                    if segment == "new_users" and period % 2 == 1:
                        start = f"{first}T12:00:00Z"
                        end = f"{last + datetime.timedelta(days=1)}T09:00:00+09:00"
                    text = experiment(name, surface, layer, segment, traffic, start, end, period, slot)
                    (folder / f"{name}.yaml").write_text(text)
    (CASE / "args").write_text("--today\n2026-12-01\n")


if __name__ == "__main__":
    main()
