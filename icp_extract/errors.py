"""Every error the library raises, under one base.

Reason codes and exit codes are a stable interface: scripts and the batch manifest rely on
them. Each message says what the user can do about it.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INPUT_FAILED = 1  # at least one input could not be processed
    USAGE = 2  # bad command line (click's own convention)
    INTERRUPTED = 130  # 128 + SIGINT: a batch stopped with Ctrl-C


class IcpExtractError(Exception):
    """Base of every error icp-extract raises. ``reason`` is the stable reason code."""

    reason = "error"
    exit_code = ExitCode.INPUT_FAILED
    advice = ""

    def __init__(self, message: str = "", *, advice: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if advice is not None:
            self.advice = advice

    def line(self, name: str) -> str:
        """The one stderr line for this error: file, reason code, what happened, what to do."""
        parts = [f"{name}: {self.reason}"]
        if self.message:
            parts.append(self.message)
        if self.advice:
            parts.append(self.advice)
        return " - ".join(parts)


class NotPdfError(IcpExtractError):
    reason = "not_pdf"
    advice = "check that the file is a PDF (it does not start with %PDF)"


class EmptyFileError(IcpExtractError):
    reason = "empty"
    advice = "the file has no content; fetch it again from the archive"


class DamagedPdfError(IcpExtractError):
    reason = "damaged"
    advice = "try repairing it (e.g. `qpdf in.pdf out.pdf`) or fetch it again"


class EncryptedPdfError(IcpExtractError):
    reason = "encrypted"
    advice = "give the password with --password, or decrypt it (`qpdf --decrypt`)"


class NoTextLayerError(IcpExtractError):
    reason = "no_text_layer"
    advice = "the file is scanned; add a text layer first (`ocrmypdf -l swe in.pdf out.pdf`)"


class NoRiskTableError(IcpExtractError):
    """Not a failure in itself: the CLI reports it and still writes an empty result."""

    reason = "no_risk_table"
    exit_code = ExitCode.OK
    advice = "check that the file is an internal-control follow-up; see `icp-extract inspect`"


class TimeoutError_(IcpExtractError):
    reason = "timeout"
    advice = "raise --timeout, or process the file alone"


class OutputError(IcpExtractError):
    reason = "output_failed"
    advice = "check that the output folder is writable and the disk has room"


# The public name; the trailing underscore above only avoids shadowing the builtin in this module.
ExtractTimeoutError = TimeoutError_

REASON_CODES = (
    NotPdfError.reason,
    EmptyFileError.reason,
    DamagedPdfError.reason,
    EncryptedPdfError.reason,
    NoTextLayerError.reason,
    NoRiskTableError.reason,
    TimeoutError_.reason,
    OutputError.reason,
)


class NotFoundError(IcpExtractError):
    reason = "not_found"
    advice = "check the path"


class NotAResultError(IcpExtractError):
    """A JSON input (to compare, or read back) that is not a result of this schema version."""

    reason = "not_a_result"
    advice = "give a JSON file written by `icp-extract extract`, or the PDF itself"


class RequestError(IcpExtractError):
    """A request this input cannot satisfy (pages it does not have, too few reports)."""

    reason = "invalid_request"


class InternalError(IcpExtractError):
    """A bug met on one file, or a batch worker process that died: recorded, not raised on."""

    reason = "internal_error"
    advice = "please report this with the file; rerun with -v for the traceback"


REASON_CODES = (
    *REASON_CODES,
    NotFoundError.reason,
    NotAResultError.reason,
    RequestError.reason,
    InternalError.reason,
)  # type: ignore[assignment]
