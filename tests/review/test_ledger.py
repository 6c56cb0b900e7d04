from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest

from figures.review.ledger import Decision, LedgerError, read_ledger, record_decision, remove_decisions


def decision(number: int, status: str = "accepted") -> Decision:
    return Decision(f"{number:016x}", status, f"note {number}", "editor", dt.date(2025, 12, 17), "FIG301", "001", "A sentence.")


def test_round_trip_sorted_and_readable(tmp_path):
    path = tmp_path / "claims" / "decisions.toml"
    record_decision(path, decision(2))
    record_decision(path, decision(1, "confirmed"))
    text = path.read_text(encoding="utf-8")
    assert text.index("0000000000000001") < text.index("0000000000000002")
    assert 'status = "confirmed"' in text and "date = 2025-12-17" in text
    assert read_ledger(path) == {d.fingerprint: d for d in (decision(1, "confirmed"), decision(2))}


def test_replace_and_remove(tmp_path):
    path = tmp_path / "decisions.toml"
    record_decision(path, decision(1))
    record_decision(path, decision(1, "deferred"))
    assert read_ledger(path)[decision(1).fingerprint].status == "deferred"
    remove_decisions(path, [decision(1).fingerprint])
    assert read_ledger(path) == {}


def _record_many(path, first: int) -> None:
    for number in range(first, first + 50):
        record_decision(path, decision(number))


def test_two_processes_recording_at_once_lose_nothing(tmp_path):
    path = tmp_path / "decisions.toml"
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_record_many, args=(path, first)) for first in (0, 1000)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert all(worker.exitcode == 0 for worker in workers)
    assert len(read_ledger(path)) == 100


@pytest.mark.parametrize(
    "content, problem",
    [
        ('[[decision]]\nfingerprint = "abc"\nstatus = "accepted"\ndate = 2025-12-17\n', ":1: fingerprint must be 16 hexadecimal digits"),
        ('\n\n[[decision]]\nfingerprint = "0000000000000001"\nstatus = "maybe"\ndate = 2025-12-17\n', ":3: status must be one of"),
        ('[[decision]]\nfingerprint = "0000000000000001"\nstatus = "accepted"\ndate = "yesterday"\n', ":1: date must be a TOML date"),
        ('[[decision]]\nfingerprint = "0000000000000001"\nstatus = "accepted\n', ":3: invalid TOML"),
        ('[[decision]]\nfingerprint = "0000000000000001"\nstatus = "accepted"\ndate = 2025-12-17\nmood = "happy"\n', ":1: unknown key(s) mood"),
    ],
)
def test_malformed_ledgers_name_file_and_line(tmp_path, content, problem):
    path = tmp_path / "decisions.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LedgerError) as caught:
        read_ledger(path)
    assert str(caught.value).startswith(f"{path}:") and problem in str(caught.value)
