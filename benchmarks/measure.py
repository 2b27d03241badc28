"""Timing whole processes, alternated, for the benchmarks of start-up, bundles and tests.

Each command runs as its own process; its wall time, CPU time (user + system, children
included) and peak RSS come from ``os.wait4``. This process makes itself the subreaper of
what it starts (Linux), so the CPU of descendants their parents never wait for (the workers of
multiprocessing's fork server, which outlives the process that started it) is counted too.
Commands are alternated (A B C, A B C, ...) so that a change in the machine's load falls on
all of them alike, and medians are reported. On a machine shared with other work the CPU
times are the steadier figure: a loaded machine stretches wall time more than CPU time.
"""

from __future__ import annotations

import ctypes
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PR_SET_CHILD_SUBREAPER = 36  # prctl option, <linux/prctl.h>


def _adopt_orphans() -> bool:
    """Make this process the subreaper of its descendants: an orphan comes back to it, not
    to init, so its CPU time reaches ``os.wait4``. False where prctl is not there."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


ADOPTING = _adopt_orphans()


def _reap_orphans() -> float:
    """CPU seconds of every descendant left behind once the command itself has ended."""
    cpu = 0.0
    while ADOPTING:
        try:
            _, _, usage = os.wait4(-1, 0)
        except ChildProcessError:
            break
        cpu += usage.ru_utime + usage.ru_stime
    return cpu


@dataclass
class Runs:
    """The runs of one command: wall and CPU seconds, peak RSS in MB."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)

    def median(self) -> dict[str, float]:
        return {
            "wall_s": round(statistics.median(self.wall), 3),
            "cpu_s": round(statistics.median(self.cpu), 3),
            "rss_mb": round(statistics.median(self.rss), 1),
        }


def run_once(
    argv: Sequence[str], env: Mapping[str, str] | None = None, check: bool = True
) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB) of one process. Its output is thrown away unless it
    fails: then the end of it is shown, and with ``check`` the benchmark stops."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as output:
        proc = subprocess.Popen(
            list(argv),
            stdout=output,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
            cwd=tempfile.gettempdir(),  # not ROOT: python -m would import from the cwd first
        )
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        orphans_cpu = _reap_orphans()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            output.seek(0)
            tail = output.read().decode(errors="replace")[-3000:]
            message = f"{' '.join(argv)} failed ({proc.returncode}):\n{tail}"
            if check:
                raise SystemExit(message)
            print(message, file=sys.stderr)
    return wall, usage.ru_utime + usage.ru_stime + orphans_cpu, usage.ru_maxrss / 1024


Command = tuple[Sequence[str], Mapping[str, str]]


def alternate(
    commands: Mapping[str, Command], repeat: int, warm: Collection[str] | None = None
) -> dict[str, Runs]:
    """Run every command (argv, environment additions) ``repeat`` times, alternating, after
    one untimed run of each command named in ``warm`` (default: all), so the disk cache and
    the Swedish data cache are warm."""
    for name, (argv, env) in commands.items():
        if warm is None or name in warm:
            run_once(argv, env)
    runs = {name: Runs() for name in commands}
    for _ in range(repeat):
        for name, (argv, env) in commands.items():
            wall, cpu, rss = run_once(argv, env)
            runs[name].wall.append(wall)
            runs[name].cpu.append(cpu)
            runs[name].rss.append(rss)
    return runs


def with_code(code: Path | None) -> dict[str, str]:
    """Environment additions that make ``python -m icp_extract...`` import the copy of the
    code in ``code`` (default: this repository)."""
    return {"PYTHONPATH": str(code or ROOT)}


def machine() -> dict[str, object]:
    """What the figures were measured on, and how busy it was."""
    import platform

    return {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "load_1min_before": round(os.getloadavg()[0], 2),
        "date": time.strftime("%Y-%m-%d", time.gmtime()),
    }


PYTHON = sys.executable
