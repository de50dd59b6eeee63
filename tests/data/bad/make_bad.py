#!/usr/bin/env python3
"""Writes the bad model files of this folder from tests/data/good/format-1.0.stnc.

Each NAME.stnc gets NAME.expect: the status loading must give, then a phrase its message must
contain. Most files keep a valid checksum, as a hostile writer would, so that the checks
behind the checksum are reached. Run from anywhere; rewrites the files in place.
"""
import os, struct

HERE = os.path.dirname(os.path.abspath(__file__))
GOOD = os.path.join(HERE, "..", "good", "format-1.0.stnc")


def crc32c(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def sections_of(data):
    out, pos = [], 32
    while pos < len(data) - 4:
        tag, flags, length = struct.unpack_from("<4sIQ", data, pos)
        out.append([tag, flags, data[pos + 16:pos + 16 + length]])
        pos += 16 + length
    return out


def assemble(sections, major=1, flags=0, count=None, lengths=None, minor=None):
    # as writers do: format 1.1 when there is a BIAS section, else 1.0
    if minor is None:
        minor = 1 if any(tag == b"BIAS" for tag, _, _ in sections) else 0
    body = b""
    for i, (tag, sflags, payload) in enumerate(sections):
        length = lengths[i] if lengths and i in lengths else len(payload)
        body += struct.pack("<4sIQ", tag, sflags, length) + payload
    count = len(sections) if count is None else count
    size = 32 + len(body) + 4
    head = struct.pack("<4sHHIIQII", b"STNC", major, minor, flags, 32, size, count, 0)
    data = head + body
    return data + struct.pack("<I", crc32c(data))


def s(text):
    raw = text if isinstance(text, bytes) else text.encode()
    return struct.pack("<I", len(raw)) + raw


def labels(entries):
    return struct.pack("<I", len(entries)) + b"".join(s(n) + struct.pack("<Q", c) for n, c in entries)


def parse_features(body, n_labels):
    (n,), pos, feats = struct.unpack_from("<Q", body, 0), 8, []
    for _ in range(n):
        (ln,) = struct.unpack_from("<I", body, pos)
        name = body[pos + 4:pos + 4 + ln]
        pos += 4 + ln
        counts = list(struct.unpack_from("<%dQ" % n_labels, body, pos))
        pos += 8 * n_labels
        feats.append((name, counts))
    return feats


def features(feats, declared=None):
    n = len(feats) if declared is None else declared
    return struct.pack("<Q", n) + b"".join(s(f) + struct.pack("<%dQ" % len(c), *c) for f, c in feats)


def main():
    good = open(GOOD, "rb").read()
    secs = sections_of(good)
    by_tag = {t: i for i, (t, _, _) in enumerate(secs)}
    feats = parse_features(secs[by_tag[b"FEAT"]][2], 2)

    def with_section(tag, payload, extra=None):
        copy = [list(x) for x in secs]
        copy[by_tag[tag]][2] = payload
        return copy

    def anlz(**changes):
        body = secs[by_tag[b"ANLZ"]][2]
        rev, = struct.unpack_from("<I", body, 0)
        pos = 4
        strs = []
        for _ in range(2):
            (ln,) = struct.unpack_from("<I", body, pos)
            strs.append(body[pos + 4:pos + 4 + ln])
            pos += 4 + ln
        nums = list(struct.unpack_from("<6I", body, pos))
        rest = body[pos + 24:]
        rev = changes.get("rev", rev)
        lang = changes.get("language", strs[1])
        for i, key in enumerate(["ngram", "negation", "scope", "weighting", "max_token", "punct"]):
            nums[i] = changes.get(key, nums[i])
        return struct.pack("<I", rev) + s(strs[0]) + s(lang) + struct.pack("<6I", *nums) + rest

    files = {}
    files["empty"] = (b"", "STANCE_E_TRUNCATED", "0 bytes")
    files["magic-only"] = (b"STNC", "STANCE_E_TRUNCATED", "header and checksum")
    files["not-a-model"] = (b"label\ttext\nhostile\tWe condemn it.\n", "STANCE_E_BAD_MAGIC", "not a libstance model")
    files["truncated-half"] = (good[: len(good) // 2], "STANCE_E_TRUNCATED", "has only")
    files["truncated-checksum"] = (good[:-1], "STANCE_E_TRUNCATED", "has only")
    files["trailing-bytes"] = (good + b"\0", "STANCE_E_CORRUPT", "unexpected byte after the end")
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0x10
    files["flipped-byte"] = (bytes(flipped), "STANCE_E_CHECKSUM", "checksum mismatch")
    files["newer-major"] = (assemble(secs, major=2), "STANCE_E_VERSION", "format 2.0")
    files["reserved-flags"] = (assemble(secs, flags=1), "STANCE_E_CORRUPT", "reserved header flags")
    files["section-count"] = (assemble(secs, count=9), "STANCE_E_CORRUPT", "announces 9 sections")
    files["unknown-required-section"] = (assemble(secs + [[b"ZZZZ", 1, b"x"]]), "STANCE_E_VERSION", "unknown required section")
    files["duplicate-section"] = (assemble(secs + [list(secs[by_tag[b"META"]])]), "STANCE_E_CORRUPT", "section META appears twice")
    files["missing-section"] = (assemble([x for x in secs if x[0] != b"META"]), "STANCE_E_CORRUPT", "required section META is missing")
    files["section-claims-1gb"] = (assemble(secs, lengths={by_tag[b"FEAT"]: 1 << 30}), "STANCE_E_CORRUPT", "claims 1073741824 bytes")
    files["features-claim-1g"] = (assemble(with_section(b"FEAT", features(feats, declared=1 << 30))),
                                  "STANCE_E_CORRUPT", "feature count larger")
    files["labels-claim-4g"] = (assemble(with_section(b"LABL", struct.pack("<I", 0xFFFFFFFF) +
                                                      secs[by_tag[b"LABL"]][2][4:])), "STANCE_E_CORRUPT", "label count out of range")
    big_str = struct.pack("<I", 0xFFFFFFF0) + b"conciliatory" + secs[by_tag[b"LABL"]][2][4 + 4 + 12:]
    files["string-claims-4gb"] = (assemble(with_section(b"LABL", struct.pack("<I", 2) + big_str)),
                                  "STANCE_E_CORRUPT", "longer than its limit")
    files["duplicate-labels"] = (assemble(with_section(b"LABL", labels([("hostile", 8), ("hostile", 8)]))),
                                 "STANCE_E_CORRUPT", "labels not unique")
    files["unsorted-labels"] = (assemble(with_section(b"LABL", labels([("hostile", 8), ("conciliatory", 8)]))),
                                "STANCE_E_CORRUPT", "LABL")
    files["label-not-utf8"] = (assemble(with_section(b"LABL", labels([(b"concil\xffatory", 8), ("hostile", 8)]))),
                               "STANCE_E_CORRUPT", "label is not valid UTF-8")
    files["label-control-char"] = (assemble(with_section(b"LABL", labels([("con\nciliatory", 8), ("hostile", 8)]))),
                                   "STANCE_E_CORRUPT", "control character")
    files["label-empty"] = (assemble(with_section(b"LABL", labels([("", 8), ("hostile", 8)]))),
                            "STANCE_E_CORRUPT", "empty label")
    files["no-labels"] = (assemble(with_section(b"LABL", struct.pack("<I", 0))), "STANCE_E_CORRUPT", "label count out of range")

    def feats_with(index, name):
        copy = list(feats)
        copy[index] = (name, copy[index][1])
        return copy

    last = len(feats) - 1
    files["feature-not-utf8"] = (assemble(with_section(b"FEAT", features(feats_with(last, b"zz\xc3")))),
                                 "STANCE_E_CORRUPT", "feature is not valid UTF-8")
    files["feature-overlong-utf8"] = (assemble(with_section(b"FEAT", features(feats_with(last, b"zz\xc0\xaf")))),
                                      "STANCE_E_CORRUPT", "feature is not valid UTF-8")
    files["feature-surrogate"] = (assemble(with_section(b"FEAT", features(feats_with(last, b"zz\xed\xa0\x80")))),
                                  "STANCE_E_CORRUPT", "feature is not valid UTF-8")
    files["feature-empty"] = (assemble(with_section(b"FEAT", features([(b"", [1, 0])] + feats))),
                              "STANCE_E_CORRUPT", "malformed feature string")
    files["features-unsorted"] = (assemble(with_section(b"FEAT", features(list(reversed(feats))))),
                                  "STANCE_E_CORRUPT", "features not unique and sorted")
    files["features-duplicate"] = (assemble(with_section(b"FEAT", features([feats[0]] + feats))),
                                   "STANCE_E_CORRUPT", "features not unique and sorted")
    over = [(feats[0][0], [0xFFFFFFFFFFFFFFFF, 0]), (feats[1][0], [2, 0])] + feats[2:]
    files["counts-overflow"] = (assemble(with_section(b"FEAT", features(over))), "STANCE_E_CORRUPT", "overflow 64 bits")
    files["tokenizer-rev-2"] = (assemble(with_section(b"ANLZ", anlz(rev=2))), "STANCE_E_CORRUPT", "tokenizer revision 2 is for languages with word rules")
    files["tokenizer-rev-3"] = (assemble(with_section(b"ANLZ", anlz(rev=3))), "STANCE_E_CORRUPT", "tokenizer revision 3 is for languages with word rules")
    files["tokenizer-rev-4"] = (assemble(with_section(b"ANLZ", anlz(rev=4))), "STANCE_E_VERSION", "tokenizer revision 4")
    files["language-unknown"] = (assemble(with_section(b"ANLZ", anlz(language=b"klingon"))),
                                 "STANCE_E_LANGUAGE", "unknown stemmer language 'klingon'")
    files["ngram-4"] = (assemble(with_section(b"ANLZ", anlz(ngram=4))), "STANCE_E_CORRUPT", "ngram_max 4 is out of range")
    files["max-token-0"] = (assemble(with_section(b"ANLZ", anlz(max_token=0))), "STANCE_E_CORRUPT", "max_token_bytes 0")
    nbay = secs[by_tag[b"NBAY"]][2]
    files["alpha-nan"] = (assemble(with_section(b"NBAY", nbay[:8] + struct.pack("<d", float("nan")))),
                          "STANCE_E_CORRUPT", "alpha nan")
    files["alpha-zero"] = (assemble(with_section(b"NBAY", nbay[:8] + struct.pack("<d", 0.0))),
                           "STANCE_E_CORRUPT", "alpha 0 must be")
    files["nb-variant-9"] = (assemble(with_section(b"NBAY", struct.pack("<I", 9) + nbay[4:])),
                             "STANCE_E_CORRUPT", "variant 9")
    files["temperature-zero"] = (assemble(secs + [[b"CALB", 0, struct.pack("<Id", 1, 0.0)]]),
                                 "STANCE_E_CORRUPT", "temperature out of range")
    # A denormal temperature once gave "-nan" confidences: the range is [1e-3, 1e3] everywhere.
    files["temperature-denormal"] = (assemble(secs + [[b"CALB", 0, struct.pack("<Id", 1, 4.9e-324)]]),
                                     "STANCE_E_CORRUPT", "temperature out of range")
    # Label biases (format 1.1): one per label, finite, within +-100.
    files["bias-count"] = (assemble(secs + [[b"BIAS", 0, struct.pack("<Id", 1, 0.5)]]),
                           "STANCE_E_CORRUPT", "bias count differs from the label count")
    files["bias-nan"] = (assemble(secs + [[b"BIAS", 0, struct.pack("<Idd", 2, 0.0, float("nan"))]]),
                         "STANCE_E_CORRUPT", "bias out of range")
    files["bias-huge"] = (assemble(secs + [[b"BIAS", 0, struct.pack("<Idd", 2, 1e9, 0.0)]]),
                          "STANCE_E_CORRUPT", "bias out of range")
    files["bias-in-format-1.0"] = (assemble(secs + [[b"BIAS", 0, struct.pack("<Idd", 2, 0.5, 0.0)]], minor=0),
                                   "STANCE_E_CORRUPT", "which came with format 1.1")
    files["section-body-short"] = (assemble(with_section(b"NBAY", nbay[:12])), "STANCE_E_CORRUPT", "alpha runs past the section end")
    files["section-body-long"] = (assemble(with_section(b"NBAY", nbay + b"\0")), "STANCE_E_CORRUPT", "unexpected bytes after the last field")

    for name, spec in files.items():
        if spec is None:
            continue
        data, status, phrase = spec
        with open(os.path.join(HERE, name + ".stnc"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, name + ".expect"), "w") as f:
            f.write(status + "\n" + phrase + "\n")


if __name__ == "__main__":
    main()
