"""A one-line description of the machine a benchmark ran on."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def vector_isa() -> str:
    """The x86 vector extensions ONNX Runtime's int8 kernels pick by: with VNNI, uint8 x
    int8 products are one instruction; without it, a slower path (and, for int8 weights, a
    saturating one: training/tokenwise.py). Empty where /proc/cpuinfo says nothing."""
    try:
        flags = next((line.split(":", 1)[1].split() for line in
                      Path("/proc/cpuinfo").read_text().splitlines()
                      if line.startswith("flags")), [])
    except OSError:
        return ""
    for flag, name in (("avx512_vnni", "AVX-512 VNNI"), ("avx_vnni", "AVX-VNNI"),
                       ("avx512f", "AVX-512, no VNNI"), ("avx2", "AVX2, no VNNI")):
        if flag in flags:
            return name
    return ""


def describe() -> str:
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 2**20:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    isa = f" ({v})" if (v := vector_isa()) else ""
    return (f"{cpu_model()}{isa}, {os.cpu_count()} cores{mem}, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}")
