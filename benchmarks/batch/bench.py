"""Batch benchmarks; the figures in benchmarks/batch/README.md come from one run of

    python benchmarks/batch/make_inputs.py
    python benchmarks/batch/bench.py all --json benchmarks/.cache/bench.json

Parts (each also alone: ``bench.py ratio``, ``jobs``, ``rss``, ``mixed``):

ratio  the whole pipeline against bare pdfplumber ``page.extract_words()`` over the same pages
       (every page of every sample report), warm, best of N; plus a cProfile split of the
       pipeline's time by stage.
jobs   ``icp-extract batch -j 1`` against ``-j 2`` over the archive of 200 generated reports,
       wall time of the whole command (start-up included).
rss    peak RSS (VmHWM) of every process of ``icp-extract batch`` on the 1,000-page PDF, and
       of a single in-process ``icp_extract.extract`` on it.
mixed  files per second of ``icp-extract batch`` (all cores) on the 1,000-file mixed archive.
producers
       ``icp-extract batch -j 1`` and ``-j 2`` against one Python process running bare
       pdfplumber ``extract_words()`` over the same files: every sample report of every
       producer (Writer, Calc, pdfTeX, Ghostscript, Chromium, "print to PDF", OCR'd scans;
       ``samples/`` and ``samples/pending/``) of at most 20 pages, so the 109-page meeting
       bundle, which ``benchmarks/bundle/`` measures, does not outweigh the rest. Whole
       processes alternated (``benchmarks/measure.py``: CPU of every descendant counted),
       medians of ``--repeat`` runs.

Timings are only as good as the machine is quiet: each part records the load average before
it starts, and the README says what it was.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "benchmarks" / ".cache"
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT / "benchmarks"))
from measure import alternate, machine, with_code  # noqa: E402

#: The producers folder: sample reports up to this many pages.
PRODUCERS_MAX_PAGES = 20


def load() -> float:
    return round(os.getloadavg()[0], 2)


# -- ratio --------------------------------------------------------------------------------
def _bare(path: Path) -> int:
    """Bare pdfplumber, as a process without icp_extract has it: the reader installs its own
    conversion of pdfminer's objects (``icp_extract.read.objects``) in pdfplumber's pages, so
    pdfplumber's is put back for the bare pass."""
    import pdfplumber
    from pdfplumber.page import Page

    ours = Page.process_object
    try:
        from icp_extract.read.objects import PDFPLUMBER_PROCESS_OBJECT

        Page.process_object = PDFPLUMBER_PROCESS_OBJECT  # type: ignore[method-assign]
    except ImportError:  # code from before the reader had its own conversion
        pass
    words = 0
    try:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                words += len(page.extract_words())
                page.close()
    finally:
        Page.process_object = ours  # type: ignore[method-assign]
    return words


def _best(fn: Any, arg: Path, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn(arg)
        best = min(best, time.perf_counter() - t)
    return best


# Functions whose cumulative time makes up the split, by stage.
STAGES = {
    "read: pdfplumber extract_words": ("pdfplumber/page.py", "extract_words"),
    "read: pdfplumber edges": ("pdfplumber/container.py", "edges"),
    "read: our conversion to PageContent": ("icp_extract/read/pdf.py", "_page_content"),
    "layout: group_lines": ("icp_extract/geometry.py", "group_lines"),
    "furniture": ("icp_extract/detect/furniture.py", "furniture_lines"),
    "lexicon": ("icp_extract/normalize/document.py", "from_lines"),
    "tables: find_tables": ("icp_extract/detect/finder.py", "find_tables"),
    "assemble: link_tables": ("icp_extract/assemble/rows.py", "link_tables"),
    "assemble: drafts_from_table": ("icp_extract/assemble/risks.py", "drafts_from_table"),
    "normalise: normalize_cell": ("icp_extract/normalize/cell.py", "normalize_cell"),
    "metadata": ("icp_extract/metadata/__init__.py", "extract_metadata"),
    "whole pipeline": ("icp_extract/pipeline.py", "extract"),
}


def _split(paths: list[Path]) -> dict[str, float]:
    import icp_extract

    prof = cProfile.Profile()
    prof.enable()
    for path in paths:
        icp_extract.extract(path)
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    out: dict[str, float] = {}
    for label, (file_part, func) in STAGES.items():
        total = 0.0
        for (filename, _line, name), (_cc, _nc, _tt, ct, _callers) in stats.items():
            if name == func and filename.replace("\\", "/").endswith(file_part):
                total += ct
        out[label] = round(total, 3)
    return out


def bench_ratio(repeat: int) -> dict[str, Any]:
    import icp_extract
    from icp_extract.batch.worker import warm

    warm()
    paths = sorted(SAMPLES.glob("*.pdf"))
    for p in paths:  # warm every cache once
        icp_extract.extract(p)
        _bare(p)
    before = load()
    per_file = {}
    pipeline_total = bare_total = 0.0
    for p in paths:
        t_pipe = _best(icp_extract.extract, p, repeat)
        t_bare = _best(_bare, p, repeat)
        per_file[p.name] = {
            "pipeline_s": round(t_pipe, 4),
            "bare_s": round(t_bare, 4),
            "ratio": round(t_pipe / t_bare, 2),
        }
        pipeline_total += t_pipe
        bare_total += t_bare
    split = _split(paths)
    return {
        "load_before": before,
        "files": len(paths),
        "pages": sum(icp_extract.extract(p).source.pages for p in paths),
        "pipeline_s": round(pipeline_total, 3),
        "bare_extract_words_s": round(bare_total, 3),
        "ratio": round(pipeline_total / bare_total, 2),
        "per_file": per_file,
        "profile_cumulative_s": split,
    }


# -- batch runs ---------------------------------------------------------------------------
def _machine_busy_s() -> float:
    """CPU seconds every process of the machine has used so far (from /proc/stat)."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _batch(inputs: list[Path], out: Path, *extra: str) -> dict[str, Any]:
    """Run the CLI in its own session; sample every process's peak RSS while it runs, and
    how much CPU the rest of the machine used meanwhile (another job skews the timing)."""
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "icp_extract.cli", "batch", *map(str, inputs)]
    cmd += ["-o", str(out), "-q", *extra]
    peak: dict[int, tuple[str, int]] = {}
    cpu: dict[int, float] = {}
    busy_before = _machine_busy_s()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, start_new_session=True, stderr=subprocess.PIPE)
    while proc.poll() is None:
        for pid, name, hwm, seconds in _session_hwm(proc.pid):
            peak[pid] = (name, max(hwm, peak.get(pid, ("", 0))[1]))
            cpu[pid] = seconds
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    others = _machine_busy_s() - busy_before - sum(cpu.values())
    err = proc.stderr.read().decode() if proc.stderr else ""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return {
        "cmd": " ".join(cmd[2:]).replace(str(ROOT) + "/", ""),
        "exit": proc.returncode,
        "wall_s": round(seconds, 2),
        "cpu_s_of_this_run": round(sum(cpu.values()), 1),
        "cpu_s_of_other_processes": round(max(others, 0.0), 1),
        "totals": manifest["totals"],
        "peak_rss_mb": {f"{name} {pid}": round(kb / 1024, 1) for pid, (name, kb) in peak.items()},
        "stderr_lines": len(err.splitlines()),
    }


def _session_hwm(sid: int) -> list[tuple[int, str, int, float]]:
    """(pid, role, peak RSS in kB, CPU seconds) of every process in session ``sid``."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[3]) != sid:
                continue
            status = (stat.parent / "status").read_text()
            cmdline = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, IndexError, ValueError):
            continue
        pid, ppid = int(stat.parent.name), int(fields[1])
        if pid == sid:
            role = "cli"
        elif "resource_tracker" in cmdline:
            role = "resource_tracker"
        elif ppid == sid:
            role = "forkserver"
        else:
            role = "worker"
        hwm = next((int(ln.split()[1]) for ln in status.splitlines() if ln.startswith("VmHWM")), 0)
        seconds = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        out.append((pid, role, hwm, seconds))
    return out


#: A timing pair is taken as clean when the rest of the machine used less CPU than this
#: meanwhile (seconds); otherwise it is repeated, and every attempt is kept in the output.
QUIET_CPU_S = 5.0


def bench_jobs(attempts: int = 3) -> dict[str, Any]:
    files = sorted((CACHE / "good").glob("*.pdf"))
    assert len(files) >= 200, "run make_inputs.py first"
    tries = []
    for _ in range(attempts):
        runs = {}
        for jobs in (1, 2):
            before = load()
            run = _batch([CACHE / "good"], CACHE / f"out-jobs{jobs}", "-j", str(jobs))
            runs[f"jobs{jobs}"] = {"load_before": before, **run}
        t1, t2 = runs["jobs1"]["wall_s"], runs["jobs2"]["wall_s"]
        runs["speedup"] = round(t1 / t2, 2)
        runs["quiet"] = all(
            runs[k]["cpu_s_of_other_processes"] < QUIET_CPU_S for k in ("jobs1", "jobs2")
        )
        tries.append(runs)
        if runs["quiet"]:
            break
    best = next((t for t in tries if t["quiet"]), tries[-1])
    return {
        "files": len(files),
        "cores": os.cpu_count(),
        **best,
        "attempts": [
            {
                "speedup": t["speedup"],
                "quiet": t["quiet"],
                "other_cpu_s": [t[k]["cpu_s_of_other_processes"] for k in ("jobs1", "jobs2")],
            }
            for t in tries
        ],  # fmt: skip
    }


def bench_rss() -> dict[str, Any]:
    big = CACHE / "big1000.pdf"
    assert big.exists(), "run make_inputs.py first"
    before = load()
    run = _batch([big], CACHE / "out-big", "-j", "1", "--timeout", "0")
    code = (
        "import resource, time, icp_extract\n"
        "t = time.perf_counter()\n"
        f"r = icp_extract.extract({str(big)!r})\n"
        "print(r.source.pages, len(r.risks), round(time.perf_counter() - t, 1),"
        " resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    pages, risks, seconds, maxrss_kb = res.stdout.split()
    return {
        "load_before": before,
        "batch": run,
        "in_process": {
            "pages": int(pages),
            "risks": int(risks),
            "seconds": float(seconds),
            "peak_rss_mb": round(int(maxrss_kb) / 1024, 1),
        },
    }


def bench_mixed() -> dict[str, Any]:
    folder = CACHE / "mixed"
    files = sorted(folder.glob("*.pdf"))
    assert len(files) >= 1000, "run make_inputs.py first"
    before = load()
    run = _batch([folder], CACHE / "out-mixed")
    run["files_per_s"] = round(len(files) / run["wall_s"], 1)
    return {"load_before": before, "files": len(files), **run}


# -- producers ----------------------------------------------------------------------------
def _producer_files() -> list[Path]:
    """Copies of every sample report of at most PRODUCERS_MAX_PAGES pages in one folder,
    named after their path below samples/ (two samples may share a file name)."""
    import pypdfium2 as pdfium

    folder = CACHE / "producers"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    out = []
    for pdf in sorted(SAMPLES.rglob("*.pdf")):
        if pdf.name.endswith(".original.pdf"):
            continue  # a scan's source before OCR: not a report a user would have
        doc = pdfium.PdfDocument(str(pdf))
        pages = len(doc)
        doc.close()
        if pages <= PRODUCERS_MAX_PAGES:
            copy = folder / "__".join(pdf.relative_to(SAMPLES).parts)
            shutil.copyfile(pdf, copy)
            out.append(copy)
    return out


BARE = """import sys, pdfplumber
words = 0
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words += len(page.extract_words())
            page.close()
print(words)
"""


def bench_producers(repeat: int) -> dict[str, Any]:
    files = _producer_files()
    out = CACHE / "out-producers"
    batch = "rm -rf {out} && {py} -m icp_extract.cli batch {folder} -o {out} -q -j {jobs}"
    commands = {
        "bare_extract_words": ([sys.executable, "-c", BARE, *map(str, files)], with_code(None)),
        **{
            f"batch_jobs{jobs}": (
                [
                    "sh",
                    "-c",
                    batch.format(out=out, py=sys.executable, folder=CACHE / "producers", jobs=jobs),
                ],
                with_code(None),
            )
            for jobs in (1, 2)
        },
    }
    info = machine()
    medians = {name: r.median() for name, r in alternate(commands, repeat).items()}
    bare, one, two = (medians[k] for k in ("bare_extract_words", "batch_jobs1", "batch_jobs2"))
    return {
        **info,
        "repeat": repeat,
        "files": len(files),
        "medians": medians,
        "jobs1_over_bare_wall": round(one["wall_s"] / bare["wall_s"], 2),
        "jobs1_over_bare_cpu": round(one["cpu_s"] / bare["cpu_s"], 2),
        "jobs2_speedup_wall": round(one["wall_s"] / two["wall_s"], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parts_all = ["ratio", "jobs", "rss", "mixed", "producers"]
    parser.add_argument("part", choices=[*parts_all, "all"])
    parser.add_argument(
        "--repeat", type=int, default=5, help="ratio: best of this many; producers: median"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    parts = parts_all if args.part == "all" else [args.part]
    result: dict[str, Any] = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    for part in parts:
        if part == "ratio":
            result["ratio"] = bench_ratio(args.repeat)
        elif part == "jobs":
            result["jobs"] = bench_jobs()
        elif part == "rss":
            result["rss"] = bench_rss()
        elif part == "producers":
            result["producers"] = bench_producers(args.repeat)
        else:
            result["mixed"] = bench_mixed()
        print(json.dumps({part: result[part]}, indent=2), flush=True)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
