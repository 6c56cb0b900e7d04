"""``figures review``: list open findings, record editors' decisions, walk through them one by one,
and find or prune decisions that no longer match any finding."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import subprocess
import sys
from collections.abc import Callable, Sequence

from tabulate import tabulate

from figures.cli.check import add_run_options, ledger_path, run_checks
from figures.cli.common import EXIT_OK, UsageError, configuration
from figures.formatting import format_interval
from figures.records import ClaimRef, Finding
from figures.report import Report
from figures.review.apply import open_findings
from figures.review.ledger import Decision, LedgerError, record_decision, remove_decisions

ACTIONS = {"accept": "accepted", "confirm": "confirmed", "defer": "deferred"}
_KEYS = {"a": "accepted", "c": "confirmed", "d": "deferred"}


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "review",
        help="review flagged numbers: list, decide, walk through, prune",
        description=(
            "figures review [PATHS]: open findings (interactive in a terminal); "
            "figures review accept|confirm|defer FINGERPRINT --note TEXT: record a decision"
        ),
    )
    add_run_options(parser)
    parser.add_argument("--note", default="", help="why: 'the 2023 figure was quoted on purpose'")
    parser.add_argument("--reviewer", help="who decides (default: $FIGURES_REVIEWER, git user.name, or the login name)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--list", action="store_true", help="list open findings even in a terminal")
    mode.add_argument("--interactive", action="store_true", help="walk through open findings reading answers from stdin")
    mode.add_argument("--stale", action="store_true", help="list decisions that match no finding any more")
    mode.add_argument("--prune", action="store_true", help="remove the decisions --stale lists")
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    action = arguments.paths[0] if arguments.paths and arguments.paths[0] in ACTIONS else None
    if action:
        if len(arguments.paths) < 2:
            raise UsageError(f"review {action} needs a FINGERPRINT (see `figures review --list`)")
        fingerprint = arguments.paths[1]
        arguments.paths = arguments.paths[2:]
    _, report = run_checks(arguments)
    path = ledger_path(arguments, configuration(arguments))
    try:
        if action:
            return _record(arguments, report, path, ACTIONS[action], fingerprint)
        if arguments.stale or arguments.prune:
            return _stale(report.stale, path, prune=arguments.prune)
        pending = open_findings(report.result.findings)
        if arguments.interactive or (not arguments.list and sys.stdin.isatty() and sys.stdout.isatty()):
            return _walk(arguments, report, pending, path)
    except LedgerError as error:
        raise UsageError(str(error)) from None
    return _list(report, pending)


def _reviewer(arguments: argparse.Namespace) -> str:
    if arguments.reviewer:
        return arguments.reviewer
    if os.environ.get("FIGURES_REVIEWER"):
        return os.environ["FIGURES_REVIEWER"]
    try:
        name = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        name = ""
    return name or getpass.getuser()


def _decision(report: Report, finding: Finding, status: str, note: str, reviewer: str) -> Decision:
    place = report.place(finding)
    return Decision(
        fingerprint=finding.fingerprint,
        status=status,
        note=note,
        reviewer=reviewer,
        date=dt.date.today(),
        rule=finding.rule,
        document=place.doc if place else "",
        sentence=place.sentence if isinstance(place, ClaimRef) else "",
    )


def _find(findings: tuple[Finding, ...], fingerprint: str) -> Finding:
    matches = {f.fingerprint: f for f in findings if f.fingerprint.startswith(fingerprint.lower())}
    if not matches:
        raise UsageError(f"no finding with fingerprint {fingerprint!r} in this run (see `figures review --list`)")
    if len(matches) > 1:
        raise UsageError(f"fingerprint {fingerprint!r} is ambiguous: {', '.join(sorted(matches))}")
    return next(iter(matches.values()))


def _record(arguments, report: Report, path, status: str, fingerprint: str) -> int:
    finding = _find(report.result.findings, fingerprint)
    record_decision(path, _decision(report, finding, status, arguments.note, _reviewer(arguments)))
    print(f"{finding.fingerprint} {status}: {finding.rule} {_where(report, finding)} → {path}")
    return EXIT_OK


def _where(report: Report, finding: Finding) -> str:
    place = report.place(finding)
    return f"{place.path}:{place.line}:{place.column}" if place else ""


def _list(report: Report, pending: list[Finding]) -> int:
    if not pending:
        print("no open findings")
        return EXIT_OK
    rows = [(f.fingerprint, _where(report, f), f.rule, f.severity, f.message[:120]) for f in pending]
    print(tabulate(rows, headers=("fingerprint", "where", "code", "severity", "finding"), tablefmt="simple"))
    print(f"\n{len(pending)} open findings; record a decision with `figures review accept|confirm|defer FINGERPRINT --note …`")
    return EXIT_OK


def _stale(stale, path, prune: bool) -> int:
    if not stale:
        print("no stale decisions")
        return EXIT_OK
    rows = [(d.fingerprint, d.status, d.rule, d.document, d.date.isoformat(), d.note[:60]) for d in stale]
    print(tabulate(rows, headers=("fingerprint", "status", "rule", "document", "date", "note"), tablefmt="simple"))
    if prune:
        remove_decisions(path, [d.fingerprint for d in stale])
        print(f"\nremoved {len(stale)} stale decisions from {path}")
    else:
        print(f"\n{len(stale)} stale decisions; remove them with `figures review --prune`")
    return EXIT_OK


def highlighted(claims: Sequence[ClaimRef], mark: Callable[[str], str]) -> str:
    """The sentence of the first claim a finding cites, with its figures marked."""
    if not claims:
        return ""
    sentence = claims[0].sentence
    for claim in claims:
        if claim.sentence == sentence and claim.text in sentence:
            sentence = sentence.replace(claim.text, mark(claim.text), 1)
    return sentence


def _walk(arguments, report: Report, pending: list[Finding], path) -> int:
    """One finding at a time: the sentence, the evidence, a decision and a note, each recorded
    as soon as it is given (quitting half-way loses nothing)."""
    terminal = sys.stdout.isatty()
    mark = (lambda text: f"\033[1;7m{text}\033[0m") if terminal else (lambda text: f"»{text}«")
    reviewer = _reviewer(arguments)
    recorded = 0
    for number, finding in enumerate(pending, 1):
        print(f"\n[{number}/{len(pending)}] {finding.rule} {finding.severity} — {_where(report, finding)}  ({finding.fingerprint})")
        if finding.claims:
            print(f"  {highlighted(report.cited(finding), mark)}")
        print(f"  {finding.message}")
        if finding.expected is not None:
            print(f"  expected: {format_interval(finding.expected, finding.expected_unit or '')}")
        if finding.source:
            print(f"  source: {finding.source}")
        answer = _ask("  [a]ccept, [c]onfirm wrong, [d]efer, [s]kip, [q]uit? ", set(_KEYS) | {"s", "q"})
        if answer in (None, "q"):
            break
        if answer == "s":
            continue
        note = _ask("  note: ", None) or ""
        record_decision(path, _decision(report, finding, _KEYS[answer], note, reviewer))
        recorded += 1
        print(f"  recorded: {_KEYS[answer]}")
    print(f"\n{recorded} decisions recorded in {path}")
    return EXIT_OK


def _ask(prompt: str, choices: set[str] | None) -> str | None:
    while True:
        print(prompt, end="", flush=True)
        line = sys.stdin.readline()
        if not line:
            return None  # end of input
        answer = line.strip()
        if choices is None:
            return answer
        if answer[:1].lower() in choices:
            return answer[:1].lower()
        print(f"  please answer one of: {', '.join(sorted(choices))}")

