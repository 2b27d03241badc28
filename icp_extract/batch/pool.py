"""A small process pool that survives its workers: a per-task timeout that really stops a stuck
worker (SIGKILL, then a fresh worker), and a worker that dies is a result, not a broken pool.

``concurrent.futures.ProcessPoolExecutor`` can do neither: a timed-out future keeps its worker
busy, and one dead worker breaks the whole pool. This pool gives each worker its own pipe and
watches the pipes and the process sentinels together, so it always knows which task a dead or
stuck worker had.

Workers are started with the ``forkserver`` method where the platform has it (``spawn``
elsewhere): the fork server loads the pipeline, its language data and pandas once
(``PRELOAD``) and forks warm workers from a process without threads, which forking the parent
(it may run a progress bar thread) cannot promise.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")

#: Modules the fork server imports before forking workers: the pipeline with its language
#: data (``batch.warm`` loads it) and the writers of JSON and CSV, which every worker needs.
PRELOAD = ["icp_extract.batch.warm", "icp_extract.export"]
#: What a worker sends once warm; a task's time limit counts from when it is handed over.
READY = "ready"
#: Seconds a new worker may take to start and warm up before it counts as broken.
STARTUP_TIMEOUT = 300.0


@dataclass(frozen=True)
class Outcome:
    """How one task ended: ``done`` (``value`` is the function's return), ``error`` (the
    function raised; ``message`` and ``detail`` say what), ``timeout`` or ``crashed`` (the
    worker died; ``message`` says how)."""

    kind: str
    value: Any = None
    message: str = ""
    detail: str = ""
    seconds: float = 0.0  # how long the task ran, as the parent saw it


@dataclass
class _Worker:
    process: Any
    conn: Connection
    task: Any = None
    started: float = 0.0
    done: int = 0
    pid: int = 0
    ready: bool = False
    spawned: float = 0.0

    @property
    def busy(self) -> bool:
        return self.task is not None


def _context() -> Any:
    methods = mp.get_all_start_methods()
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return mp.get_context("spawn")


def _worker_main(conn: Connection, func: Callable[[Any], Any], init: Callable[[], None]) -> None:
    """A worker's life: set up, then run tasks until told to stop or the parent is gone."""
    # Ctrl-C reaches the whole process group; the parent decides what it means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    init()
    try:
        conn.send(READY)
    except (OSError, EOFError):
        return
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        try:
            out = Outcome("done", func(msg))
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, which goes on
            out = Outcome("error", message=f"{type(exc).__name__}: {exc}",
                          detail=traceback.format_exc())  # fmt: skip
        try:
            conn.send(out)
        except (OSError, EOFError):
            return
        except Exception as exc:  # noqa: BLE001 - e.g. a result that does not pickle
            conn.send(Outcome("error", message=f"{type(exc).__name__}: {exc}"))


def _noop() -> None:
    return None


def _describe_death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"the worker process was killed ({name})"
    return f"the worker process exited unexpectedly (exit status {exitcode})"


class WorkerPool(Generic[T]):
    """Run ``func`` over tasks in ``jobs`` processes; use as a context manager.

    ``timeout`` (seconds, None for none) bounds each task; ``max_tasks`` replaces a worker
    after that many tasks, so a slow leak in a PDF library cannot grow without bound.
    """

    def __init__(
        self,
        func: Callable[[T], Any],
        jobs: int,
        *,
        timeout: float | None = None,
        max_tasks: int | None = 200,
        initializer: Callable[[], None] = _noop,
    ) -> None:
        self.func = func
        self.jobs = max(1, jobs)
        self.timeout = timeout if timeout and timeout > 0 else None
        self.max_tasks = max_tasks
        self.initializer = initializer
        self._ctx = _context()
        self._workers: list[_Worker] = []

    # -- life cycle ----------------------------------------------------------------------
    def __enter__(self) -> WorkerPool[T]:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self.close(kill=exc_type is not None)

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(
            target=_worker_main, args=(child, self.func, self.initializer), daemon=True
        )
        proc.start()
        child.close()
        worker = _Worker(process=proc, conn=parent, pid=proc.pid or 0, spawned=time.monotonic())
        self._workers.append(worker)
        return worker

    def _retire(self, worker: _Worker, *, kill: bool) -> None:
        if worker in self._workers:
            self._workers.remove(worker)
        if kill and worker.process.is_alive():
            worker.process.kill()
        else:
            try:
                worker.conn.send(None)
            except (OSError, EOFError):
                pass
        worker.process.join(timeout=None if kill else 5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()

    def close(self, *, kill: bool = False) -> None:
        """Stop every worker: politely when idle, with SIGKILL when ``kill`` or busy."""
        for worker in list(self._workers):
            self._retire(worker, kill=kill or worker.busy)

    # -- running -------------------------------------------------------------------------
    def run(self, tasks: Iterable[T]) -> Iterator[tuple[T, Outcome]]:
        """Yield ``(task, outcome)`` as tasks finish, in the order they finish.

        Every task is yielded exactly once. A worker that dies before it is ready takes the
        next pending task down with it (as ``crashed``), so a machine where workers cannot
        start at all ends the run instead of spinning."""
        pending: deque[T] = deque(tasks)
        while pending or any(w.busy for w in self._workers):
            self._top_up(pending)
            self._dispatch(pending)
            watched = [w for w in self._workers if w.busy or not w.ready]
            if not watched:
                continue
            waitables: list[Any] = [w.conn for w in watched] + [w.process.sentinel for w in watched]
            ready = set(wait(waitables, timeout=self._wait_time(watched)))
            now = time.monotonic()
            for worker in watched:
                if worker.ready:
                    ended = self._task_end(worker, ready, now)
                else:
                    ended = self._start_failure(worker, ready, now, pending)
                if ended is not None:
                    yield ended

    def _start_failure(
        self, worker: _Worker, ready: set[Any], now: float, pending: deque[T]
    ) -> tuple[T, Outcome] | None:
        """A worker still starting: None while it is within its time or once it is ready.
        One that died or hung starting is retired and takes the next pending task down
        with it (the caller yields that task as ``crashed``)."""
        failure = self._starting(worker, ready, now)
        if failure is None:
            return None
        self._retire(worker, kill=True)
        return (pending.popleft(), failure) if pending else None

    def _task_end(self, worker: _Worker, ready: set[Any], now: float) -> tuple[T, Outcome] | None:
        """A busy worker's task and how it ended, or None while it runs. A worker that died
        or timed out is killed; one that has done ``max_tasks`` is retired politely."""
        outcome = self._collect(worker, ready, now)
        if outcome is None:
            return None
        task = worker.task
        worker.task = None
        worker.done += 1
        if outcome.kind in ("timeout", "crashed"):
            self._retire(worker, kill=True)
        elif self.max_tasks and worker.done >= self.max_tasks:
            self._retire(worker, kill=False)
        return task, outcome

    def _top_up(self, pending: deque[T]) -> None:
        busy = sum(w.busy for w in self._workers)
        while len(self._workers) < min(self.jobs, len(pending) + busy):
            self._spawn()

    def _dispatch(self, pending: deque[T]) -> None:
        for worker in [w for w in self._workers if w.ready and not w.busy]:
            if not pending:
                return
            task = pending.popleft()
            try:
                worker.conn.send(task)
            except (OSError, EOFError):
                # It died while idle: put the task back; a new worker will be started for it.
                self._retire(worker, kill=True)
                pending.appendleft(task)
                continue
            worker.task = task
            worker.started = time.monotonic()

    def _wait_time(self, watched: list[_Worker]) -> float | None:
        deadlines = [w.spawned + STARTUP_TIMEOUT for w in watched if not w.ready]
        if self.timeout is not None:
            deadlines += [w.started + self.timeout for w in watched if w.busy]
        if not deadlines:
            return None
        return max(0.0, min(deadlines) - time.monotonic())

    def _starting(self, worker: _Worker, ready: set[Any], now: float) -> Outcome | None:
        """Note a worker that became ready; an Outcome if it died or hung starting."""
        if worker.conn in ready or worker.process.sentinel in ready:
            try:
                if worker.conn.poll() and worker.conn.recv() == READY:
                    worker.ready = True
                    return None
            except (EOFError, OSError):
                pass
            worker.process.join(timeout=1)
            message = _describe_death(worker.process.exitcode)
            return Outcome("crashed", message=f"{message} while starting")
        if now - worker.spawned >= STARTUP_TIMEOUT:
            return Outcome("crashed", message=f"the worker did not start in {STARTUP_TIMEOUT:g} s")
        return None

    def _collect(self, worker: _Worker, ready: set[Any], now: float) -> Outcome | None:
        elapsed = now - worker.started
        if worker.conn in ready or worker.process.sentinel in ready:
            try:
                if worker.conn.poll():
                    outcome: Outcome = worker.conn.recv()
                    return replace(outcome, seconds=elapsed)
            except (EOFError, OSError):
                pass
            worker.process.join(timeout=1)
            message = _describe_death(worker.process.exitcode)
            return Outcome("crashed", message=message, seconds=elapsed)
        if self.timeout is not None and elapsed >= self.timeout:
            message = f"still running after {self.timeout:g} s"
            return Outcome("timeout", message=message, seconds=elapsed)
        return None


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1
