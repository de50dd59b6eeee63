#!/usr/bin/env python3
"""Derives format-1.1.stnc (a model with label decision biases, FORMAT.md section BIAS) from
format-1.0.stnc: the same sections, a BIAS section of 2 labels appended, format minor 1.
With the path of a `stance` tool as its argument, also trains french-rev-3.stnc on
french.tsv (tokenizer revision 3, libstance 0.4.0) and derives french-rev-2.stnc from it, the
revision 0.2 to 0.3.0 wrote (the same bytes but the revision field and the checksum).
Run from this folder; the results are committed and must keep loading in every later
version."""
import subprocess, struct, sys
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

if len(sys.argv) > 1:
    subprocess.check_call([sys.argv[1], "train", "--quiet", "--no-calibrate", "--language",
                           "french", "--ngrams", "1", "-o", "french-rev-3.stnc", "french.tsv"])
    secs = sections_of(open("french-rev-3.stnc", "rb").read())
    for sec in secs:
        if sec[0] == b"ANLZ":
            assert struct.unpack_from("<I", sec[2], 0)[0] == 3
            sec[2] = struct.pack("<I", 2) + sec[2][4:]
    open("french-rev-2.stnc", "wb").write(assemble(secs, 0))
