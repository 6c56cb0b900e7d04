"""The progress bar: on stderr for runs over many files when stderr is a terminal, off with --quiet."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios


def stderr_through_a_terminal(*args: str) -> str:
    controller, terminal = pty.openpty()
    # A new pseudo-terminal is 0 columns wide; give it the size of a real one.
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "figures", *args], stdout=subprocess.DEVNULL, stderr=terminal, stdin=subprocess.DEVNULL
    )
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(60)
    os.close(controller)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_for_many_files_and_quiet(tmp_path):
    for number in range(25):
        (tmp_path / f"a{number:02d}.txt").write_text(f"Armenia's exports to Iran were ${number + 1}05 million in 2024.", encoding="utf-8")
    assert "reading" in stderr_through_a_terminal("check", str(tmp_path), "--no-bundled-reference")
    assert "reading" not in stderr_through_a_terminal("check", str(tmp_path), "--no-bundled-reference", "--quiet")


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path):
    for number in range(25):
        (tmp_path / f"a{number:02d}.txt").write_text("Exports rose 7% in 2024.", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "figures", "check", str(tmp_path)], capture_output=True, text=True, check=False)
    assert "reading" not in result.stderr
