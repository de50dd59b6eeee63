#!/usr/bin/env python3
"""Derives format-1.1.stnc (a model with label decision biases, FORMAT.md section BIAS) from
format-1.0.stnc: the same sections, a BIAS section of 2 labels appended, format minor 1.
Run from this folder; the result is committed and must keep loading in every later version."""
import struct, sys
sys.path.insert(0, "../bad")
from make_bad import sections_of, crc32c


def assemble(sections, minor):
    body = b"".join(struct.pack("<4sIQ", t, f, len(p)) + p for t, f, p in sections)
    head = struct.pack("<4sHHIIQII", b"STNC", 1, minor, 0, 32, 32 + len(body) + 4,
                       len(sections), 0)
    data = head + body
    return data + struct.pack("<I", crc32c(data))


secs = sections_of(open("format-1.0.stnc", "rb").read())
secs.append([b"BIAS", 0, struct.pack("<Idd", 2, 0.0, 0.25)])
open("format-1.1.stnc", "wb").write(assemble(secs, 1))
