"""The package's API against the library and the tool: the same models, labels, quotes and
rankings the `stance` tool gives."""
import glob
import json
import os
import pickle
import re

import pytest

import stance
from stance import _lib


README_SENTENCE = "We regret to note Tokyo's unfriendly course."


def test_readme_sentence(model):
    assert model.classify(README_SENTENCE).label == "hostile"
    r = model.classify("We deeply regret that the talks were suspended and hope to resume them "
                       "soon.")
    assert r.label == "conciliatory"


NUMBER = r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?"


def pictures(shown, actual):
    """Whether a README comment shows the repr of a value: the same text, with each number
    the value's rounded as shown (0.9992: to 4 places; 6.8e-07: to 2 digits) and "..." for
    the rest of a sequence."""
    parts = [p for p in re.split(rf"(\.\.\.|{NUMBER})", shown) if p]
    pattern = "".join("(.*?)" if p == "..." else f"({NUMBER})" if re.fullmatch(NUMBER, p)
                      else re.escape(p) for p in parts)
    match = re.fullmatch(pattern, actual)
    if not match:
        return False
    captured = iter(match.groups())
    for p in parts:
        if p != "..." and not re.fullmatch(NUMBER, p):
            continue
        got = next(captured)
        if p == "...":
            continue
        if "e" in p:
            digits = len(p.split("e")[0].lstrip("-").replace(".", "")) - 1
            same = float(f"{float(got):.{digits}e}") == float(p)
        elif "." in p:
            same = round(float(got), len(p.split(".")[1])) == float(p)
        else:
            same = got == p
        if not same:
            return False
    return True


def test_readme_python_example_output(source):
    """The README's Python example, run as written up to the names it leaves to the reader
    (texts): each line's comment shows what the line gives."""
    import ast
    import io
    import tokenize
    readme = open(os.path.join(source, "README.md"), encoding="utf-8").read()
    block = re.search(r"```python\n(import stance\n.*?)```", readme, re.S).group(1)
    block = block[:block.index("results = ")]
    comments = {t.start[0]: t.string[1:].strip()
                for t in tokenize.generate_tokens(io.StringIO(block).readline)
                if t.type == tokenize.COMMENT}
    scope = {}
    shown = 0
    for node in ast.parse(block).body:
        code = ast.get_source_segment(block, node)
        if isinstance(node, ast.Expr):
            value = repr(eval(code, scope))
            assert pictures(comments[node.end_lineno], value), (code, value)
            shown += 1
        else:
            exec(code, scope)
    assert shown == 3


def test_model_basics(model):
    assert model.labels == ("conciliatory", "hostile", "neutral")
    assert model.label_bias == {"conciliatory": 0.0, "hostile": 1.25, "neutral": 3.25}
    info = model.info
    assert info["statements"] == sum(info["label_statements"].values()) > 4000
    assert info["features"] > 10000
    assert 1.0 < model.temperature < 10.0
    assert info["library_version"] == stance.library_version
    assert "conciliatory" in repr(model)


def test_bytes_round_trip(model, tmp_path):
    data = model.to_bytes()
    assert data[:4] == b"STNC"
    with stance.Model.from_bytes(data) as again:
        assert again.to_bytes() == data
        assert again.labels == model.labels
    with stance.Model.from_bytes(bytearray(data)) as again:
        assert again.to_bytes() == data
    path = tmp_path / "m.stnc"
    model.save(path)
    assert path.read_bytes() == data
    # saving over an existing model replaces it whole, through a temporary file (an old or
    # damaged model: its first bytes say what it is)
    path.write_bytes(b"STNC old contents")
    model.save(str(path))
    assert path.read_bytes() == data
    assert sorted(os.listdir(tmp_path)) == ["m.stnc"]
    with stance.Model.load(path) as loaded, stance.Model.load(os.fsencode(path)) as loaded2:
        assert loaded.to_bytes() == data == loaded2.to_bytes()
    with pytest.raises(stance.FileError):
        model.save(tmp_path / "no" / "such" / "folder.stnc")


def test_pickle(model):
    again = pickle.loads(pickle.dumps(model))
    assert again.to_bytes() == model.to_bytes()
    r = pickle.loads(pickle.dumps(model.classify(README_SENTENCE, explain=2)))
    assert r == model.classify(README_SENTENCE, explain=2)
    assert isinstance(r, stance.Result) and r.scores["hostile"] == r.confidence


def test_result(model):
    r = model.classify("Our door remains open to dialogue.")
    assert r.label == "conciliatory"
    assert set(r.scores) == set(model.labels)
    assert abs(sum(r.scores.values()) - 1.0) < 1e-12
    assert r.confidence == r.scores[r.label] == max(r.probabilities)
    assert r.labels == model.labels
    assert r.features == ()
    assert model.classify(b"Our door remains open to dialogue.") == r
    assert r.known_features > 0
    # nothing known: labelled "unknown", as the tool does; unknown=False lets the priors decide
    empty = model.classify("")
    assert (empty.label, empty.known_features) == (stance.UNKNOWN, 0)
    assert model.classify("", unknown=False).label in model.labels


UNKNOWN_TEXTS = ["xyzzy qwfp", "We condemn this provocation.", "12345 !!!", "unfriendly",
                 "Zork plugh xyzzy", "Our door remains open to dialogue."]


def tool_rows(tool, *args, text):
    return [json.loads(x) for x in tool("classify", "--format", "jsonl", *args,
                                        input=text.encode()).splitlines()]


def test_unknown_as_the_tool(model, tool):
    """A statement with no feature the model knows is labelled "unknown" with known_features
    0, as `stance classify` labels it; unknown=False is the tool's --no-unknown (the priors'
    label). The probabilities are the same either way."""
    text = "\n".join(UNKNOWN_TEXTS)
    for args, kw in (((), {}), (("--no-unknown",), {"unknown": False})):
        want = [(w["label"], w["known_features"], w["confidence"])
                for w in tool_rows(tool, *args, text=text)]
        assert [w[0] for w in want].count("unknown") == (0 if kw else 2)
        for results in ([model.classify(t, **kw) for t in UNKNOWN_TEXTS],
                        [model.classify(t, 3, **kw) for t in UNKNOWN_TEXTS],
                        model.classify_many(UNKNOWN_TEXTS, explain=2, **kw)):
            assert [(r.label, r.known_features, float(f"{r.confidence:.6g}"))
                    for r in results] == want
        # without explain too, classify_many counts the known features of every statement
        for results in (model.classify_many(UNKNOWN_TEXTS, **kw),
                        model.classify_many(UNKNOWN_TEXTS, threads=2, **kw)):
            assert [(r.label, r.known_features, float(f"{r.confidence:.6g}"))
                    for r in results] == want
    unknown, priors = model.classify("xyzzy qwfp"), model.classify("xyzzy qwfp", unknown=False)
    assert unknown.probabilities == priors.probabilities
    assert unknown.confidence == priors.confidence == priors.scores[priors.label]
    assert "known_features=0" in repr(unknown)


def test_a_known_feature_that_moves_nothing_is_not_unknown():
    """classify_many tells "unknown" by the priors' probabilities, then counts: a feature
    with the same weight in every label leaves the priors' probabilities but is known."""
    with stance.train([("a", "x"), ("b", "x")], calibrate=False) as m:
        one = [m.classify(t) for t in ("x", "q")]
        assert [(r.label, r.known_features) for r in one] == [("a", 1), ("unknown", 0)]
        assert one[0].probabilities == one[1].probabilities
        assert m.classify_many(["x", "q"]) == one


def test_unknown_quotes_as_the_tool(tool, tmp_path):
    """classify_quotes labels a quotation with no known feature "unknown" as --mode quotes
    does, even when the speaker's other quotations move its probabilities."""
    path = tmp_path / "tiny.stnc"
    with stance.train([("pos", "we welcome peace"), ("neg", "we condemn war")],
                      calibrate=False) as tiny:
        tiny.save(path)
        article = tmp_path / "article.txt"
        article.write_text("Sara Lind arrived.\n\n\u201cXyzzy qwfp zork,\u201d Lind said.\n\n"
                           "\u201cWe welcome peace,\u201d Lind said.\n")
        for args, kw in (((), {}), (("--no-unknown",), {"unknown": False})):
            want = [json.loads(x) for x in tool("classify", "-m", str(path), "--mode", "quotes",
                                                "--format", "jsonl", *args,
                                                str(article)).splitlines()]
            got = tiny.classify_quotes(article.read_text(), **kw)
            assert [(q.label, q.result.known_features) for q in got] == [
                (w["label"], w["known_features"]) for w in want]
            assert got[0].label == ("pos" if kw else "unknown")


def test_a_label_named_unknown_needs_unknown_false():
    """As the tool refuses: "unknown" could not be told from the model's own label."""
    with stance.train([("unknown", "we welcome peace"), ("neg", "we condemn war")],
                      calibrate=False) as m:
        for call in (lambda **kw: m.classify("peace", **kw),
                     lambda **kw: m.classify_many(["peace"], **kw),
                     lambda **kw: m.classify_quotes('She said: "peace."', **kw)):
            with pytest.raises(ValueError, match="label named 'unknown'.*unknown=False"):
                call()
        assert m.classify("xyzzy", unknown=False).label in m.labels
        assert m.classify_many(["peace"], unknown=False)[0].label == "unknown"


def test_explain_spans(model, tool):
    text = "Мы сожалеем: we regret to note Tokyo's unfriendly course."
    r = model.classify(text, explain=4)
    assert 1 <= len(r.features) <= 4
    feats = {f.feature: f for f in r.features}
    f = feats["unfriend"]
    assert text[f.start:f.end] == "unfriendly"  # str indices for str input
    data = text.encode()
    rb = model.classify(data, explain=4)
    fb = {x.feature: x for x in rb.features}["unfriend"]
    assert data[fb.start:fb.end] == b"unfriendly"  # byte offsets for bytes
    assert [x.contribution for x in rb.features] == [x.contribution for x in r.features]
    # the tool explains the same features with the same contributions
    out = tool("classify", "--format", "jsonl", "--explain", "4", input=data)
    want = json.loads(out)["features"]
    assert [x[0] for x in want] == [x.feature for x in r.features]
    assert [x[1] for x in want] == pytest.approx([x.contribution for x in r.features],
                                                 abs=1e-4)


def test_explain_takes_any_number(model):
    """explain=N gives the N strongest features, or all there are: the hits array is sized by
    what the statement can have (its known features), not by N."""
    text = README_SENTENCE
    every = model.classify(text, explain=1000).features
    assert 0 < len(every) < 1000
    for n in (10**7, 10**12, 2**64, 2**100):
        assert model.classify(text, explain=n).features == every
        assert model.classify_many([text, "", text], explain=n)[2].features == every
    quote = 'Envoy Sara Lind spoke. \u201cWe condemn the attack,\u201d she said.'
    assert model.classify_quotes(quote, explain=10**12) == model.classify_quotes(quote,
                                                                                  explain=1000)
    assert model.classify("", explain=10**12).features == ()


def test_explain_allocates_by_the_statement():
    import tracemalloc
    with stance.Model.default() as m:
        m.classify(README_SENTENCE, explain=5)  # the context's own memory, once
        tracemalloc.start()
        try:
            m.classify(README_SENTENCE, explain=10**6)
            m.classify_many([README_SENTENCE] * 3, explain=10**6)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 1_000_000, peak  # 48 MB of hits for 10**6 asked


def indicative(model, label):
    """The features whose weight for label is above every other label's (by the C calls)."""
    k = model.labels.index(label)
    ptr = model._h.enter()
    try:
        weight = _lib.lib.stance_model_feature_weight
        out = set()
        for f in range(model.info["features"]):
            w = [weight(ptr, f, j) for j in range(len(model.labels))]
            if all(w[k] > w[j] for j in range(len(w)) if j != k):
                out.add(lib_feature(ptr, f))
        return out
    finally:
        model._h.leave()


def lib_feature(ptr, f):
    return _lib.lib.stance_model_feature(ptr, f, None).decode()


def test_top_features_takes_any_number(model):
    want = indicative(model, "hostile")
    assert 0 < len(want) < model.info["features"]
    for n in (10**12, 2**64):
        got = model.top_features("hostile", n, min_count=0)
        assert {g.feature for g in got} == want
        assert all(g.weight > 0 for g in got)


def test_classify_many_same_as_one_by_one(model):
    texts = ["We condemn this provocation.", "", "Our door remains open.", b"bytes too",
             "Мы приветствуем диалог.", "a\0b", "We will respond firmly!"] * 3
    many = model.classify_many(texts)
    assert many == [model.classify(t) for t in texts]  # known_features included
    assert all(r.known_features > 0 for r, t in zip(many, texts) if t.strip() not in ('', b''))
    assert [r.known_features for r in many].count(0) == 3  # the empty statements
    assert model.classify_many(iter(texts)) == many
    assert model.classify_many(t for t in texts) == many
    assert model.classify_many([]) == []
    assert model.classify_many(texts, explain=2) == [model.classify(t, 2) for t in texts]


def test_classify_many_matches_the_tool(model, tool, source):
    path = os.path.join(source, "corpus", "heldout")
    texts = [s.text for f in sorted(glob.glob(path + "/*.tsv")) for s in stance.read_corpus(f)]
    assert len(texts) > 500
    lines = tool("classify", input="\n".join(texts).encode()).decode().splitlines()[1:]
    want = [(ln.split("\t")[0], float(ln.split("\t")[1])) for ln in lines]
    got = [(r.label, round(r.confidence, 4)) for r in model.classify_many(texts)]
    assert got == want


def test_settings(model, source):
    s = model.settings
    assert s["language"] == "english" and s["ngram_max"] == 2 and s["weighting"] == "binary"
    assert "not" in s["negation_words"]
    assert set(s) == set(stance.SETTINGS)
    for name, value in stance.DEFAULT_SETTINGS.items():  # the shipped model uses defaults
        if value is not None:
            assert s[name] == value, name
    # DEFAULT_SETTINGS is the header's STANCE_SETTINGS_INIT
    header = open(os.path.join(source, "include", "stance.h")).read()
    init = re.search(r"#define STANCE_SETTINGS_INIT\s*\\\s*\{(.*?)\}", header, re.S).group(1)
    enums = {k: int(v) for k, v in re.findall(r"(STANCE_[A-Z_]+) = (\d+)", header)}
    enums.update(STANCE_SETTINGS_VERSION=_lib.STANCE_SETTINGS_VERSION, NULL=None)
    values = [v.strip().strip("\\").strip() for v in init.replace("\\\n", "").split(",")]
    parsed = [enums[v] if v in enums else float(v) if "." in v else int(v) for v in values]
    assert parsed == list(_lib.SETTINGS_INIT.values())
    assert [f[0] for f in _lib.stance_settings_t._fields_] == list(_lib.SETTINGS_INIT)


def statements_of(paths):
    return [(s.label, s.text) for p in paths for s in stance.read_corpus(p)]


def test_train_gives_the_tools_bytes(tool, tmp_path, source):
    paths = sorted(glob.glob(os.path.join(source, "corpus", "train", "*.tsv")))
    data = statements_of(paths)
    out = tmp_path / "tool.stnc"
    tool("train", "-o", str(out), *paths, stderr=open(os.devnull, "w"))
    with stance.train(data) as m:
        assert m.to_bytes() == out.read_bytes()
        assert m.temperature is not None
    # the shipped model is this recipe: the neutral statements too, and a decision bias
    # (in the order models/CMakeLists.txt gives them: the calibration folds follow it)
    shipped_paths = sorted(paths + glob.glob(os.path.join(source, "corpus", "neutral",
                                                          "train*.tsv")))
    with stance.train(statements_of(shipped_paths)) as m, m.with_label_bias({"neutral": 3.25, "hostile": 1.25}) as biased, \
            stance.Model.load(os.path.join(source, "models", "stance-en.stnc")) as shipped:
        assert shipped.to_bytes() == biased.to_bytes()
        with biased.with_label_bias(None) as plain:
            assert plain.to_bytes() == m.to_bytes()
        with pytest.raises(stance.NotFoundError, match="no label 'neutrall'"):
            m.with_label_bias({"neutrall": 1})
        with pytest.raises(stance.InvalidArgumentError):
            m.with_label_bias({"neutral": 1000})
    tool("train", "--no-calibrate", "-o", str(out), *paths, stderr=open(os.devnull, "w"))
    with stance.train(data, calibrate=False) as m:
        assert m.to_bytes() == out.read_bytes()
        assert m.temperature is None
    # a closed label set
    tool("train", "--labels", "hostile,conciliatory", "-o", str(out), *paths[:2],
         stderr=open(os.devnull, "w"))
    with stance.train(statements_of(paths[:2]), labels=["hostile", "conciliatory"]) as m:
        assert m.to_bytes() == out.read_bytes()
    with pytest.raises(stance.EmptyError, match="neutral"):
        stance.train(statements_of(paths[:2]), labels=["hostile", "conciliatory", "neutral"])
    # other settings, each named as the tool's flag names it
    flags = ["--ngrams", "3", "--alpha", "0.25", "--weighting", "counts", "--no-negation",
             "--complement", "--uniform-priors", "--no-punctuation", "--min-count", "2",
             "--language", "none", "--negation-scope", "0"]
    tool("train", *flags, "-o", str(out), *paths[:3], stderr=open(os.devnull, "w"))
    with stance.train(statements_of(paths[:3]), ngram_max=3, alpha=0.25, weighting="counts",
                      negation=False, nb="complement", priors="uniform", punctuation=0,
                      min_count=2, language="none", negation_scope=0) as m:
        assert m.to_bytes() == out.read_bytes()
        assert m.settings["nb"] == "complement" and m.settings["language"] == "none"
        # a model's settings train the same model again
        with stance.train(statements_of(paths[:3]), min_count=2, **m.settings) as again:
            assert again.to_bytes() == m.to_bytes()


def test_train_takes_corpus_statements(tmp_path, source):
    """stance.train(stance.read_corpus(path)): a Statement trains as its (label, text)."""
    path = sorted(glob.glob(os.path.join(source, "corpus", "train", "*.tsv")))[0]
    pairs = statements_of([path])
    for calibrate in (True, False):
        with stance.train(stance.read_corpus(path), calibrate=calibrate) as m, \
                stance.train(pairs, calibrate=calibrate) as want:
            assert m.to_bytes() == want.to_bytes()
    unlabeled = tmp_path / "lines.txt"
    unlabeled.write_text("one\ntwo\n")
    with pytest.raises(stance.LabelError, match=r"statements\[0\]: .*lines.txt:1: no label") as e:
        stance.train(stance.read_corpus(unlabeled, "lines"))
    assert e.value.index == 0 and e.value.line == 1


def test_train_from_a_base(tool, tmp_path, source):
    paths = sorted(glob.glob(os.path.join(source, "corpus", "train", "*.tsv")))
    base_path, out = tmp_path / "base.stnc", tmp_path / "more.stnc"
    tool("train", "-o", str(base_path), paths[0], stderr=open(os.devnull, "w"))
    tool("train", "--base", str(base_path), "-o", str(out), *paths[1:3],
         stderr=open(os.devnull, "w"))
    with stance.Model.load(base_path) as base, \
            stance.train(statements_of(paths[1:3]), base=base) as m:
        assert m.to_bytes() == out.read_bytes()
        with pytest.raises(TypeError):
            stance.train([("a", "b")], base=base, alpha=1.0)
        # the base's labels are kept, as `stance train --base` keeps them: a closed label
        # set beside a base would be ignored, so it is refused, calibrated or not
        for calibrate in (False, True):
            with pytest.raises(TypeError, match="labels"):
                stance.train([("other", "a grim day")] * 10, base=base,
                             labels=["conciliatory", "hostile"], calibrate=calibrate)
        # a few new statements keep the base's temperature, as the tool keeps it (their own
        # fit would be unsteady); uncalibrated, the loss of the base's is warned of
        few = tmp_path / "few.tsv"
        few.write_text("".join(open(paths[1], encoding="utf-8").readlines()[:30]),
                       encoding="utf-8")
        tool("train", "--base", str(base_path), "-o", str(out), str(few),
             stderr=open(os.devnull, "w"))
        with stance.train(statements_of([str(few)]), base=base) as m:
            assert m.temperature == base.temperature
            assert m.to_bytes() == out.read_bytes()
        with pytest.warns(UserWarning, match="base model is calibrated"):
            stance.train(statements_of([str(few)]), base=base, calibrate=False).close()


def test_merge():
    a = [("pos", "a fine and happy day"), ("neg", "a dreadful day"), ("pos", "so happy")]
    b = [("neg", "awful and dreadful"), ("meh", "a day"), ("pos", "fine fine")]
    with stance.train(a, calibrate=False) as ma, stance.train(b, calibrate=False) as mb, \
            stance.merge([ma, mb]) as merged, stance.train(a + b, calibrate=False) as whole:
        assert merged.to_bytes() == whole.to_bytes()
        assert merged.labels == ("meh", "neg", "pos")
    with stance.train(a, calibrate=False) as ma, \
            stance.train(b, calibrate=False, alpha=1.0) as mb:
        with pytest.raises(stance.MismatchError, match="alpha"):
            stance.merge([ma, mb])
    with pytest.raises(stance.EmptyError):
        stance.merge([])
    with pytest.raises(TypeError):
        stance.merge([b"not a model"])


def test_top_features_as_stance_info(model, tool):
    lines = tool("info", "--top", "15").decode().splitlines()
    for label in model.labels:
        at = lines.index(f"most indicative of {label}:")
        row = re.compile(r"^\s+([-+]\d+\.\d+)\s+(.*?)\s+conciliatory (\d+)\s+hostile (\d+)"
                         r"\s+neutral (\d+)$")
        want = [row.match(ln).groups() for ln in lines[at + 1:at + 16]]
        got = model.top_features(label, 15)
        assert [w[1] for w in want] == [g.feature for g in got]
        assert [float(w[0]) for w in want] == [round(g.weight, 2) for g in got]
        assert [(int(w[2]), int(w[3]), int(w[4])) for w in want] == [
            (g.counts["conciliatory"], g.counts["hostile"], g.counts["neutral"]) for g in got]
    assert len(model.top_features("hostile", 0)) == 0
    # every feature indicates at most one label: the one it weighs most for
    everything = [{g.feature for g in model.top_features(label, 10**6, min_count=0)}
                  for label in model.labels]
    assert sum(len(e) for e in everything) == len(set().union(*everything))
    assert sum(len(e) for e in everything) <= model.info["features"]
    with pytest.raises(stance.NotFoundError, match="conciliatory, hostile, neutral"):
        model.top_features("neutrall")


def test_quotes_as_the_tool(tool, source):
    path = os.path.join(source, "examples", "article.txt")
    data = open(path, "rb").read()
    want = [json.loads(x) for x in tool("classify", "--mode", "quotes", "--format", "jsonl",
                                        path).splitlines()]
    got = stance.quotes(data)  # bytes in, byte offsets out: the tool's
    assert [(q.start, q.end, q.text.decode(), q.speaker.decode() if q.speaker else "",
             q.speaker_kind) for q in got] == [
        (w["start"], w["end"], w["text"], w["speaker"], w["speaker_kind"]) for w in want]
    article = data.decode()
    got = stance.quotes(article)  # str in, str indices out
    assert [q.text for q in got] == [w["text"] for w in want]
    for q in got:
        assert article[q.start:q.end] == q.text
        assert q.speaker is None or " ".join(article[q.speaker_start:q.speaker_end].split()) \
            == q.speaker
        assert not q.term
    assert [q.speaker for q in got][:2] == ["Dmitry Peskov", "Dmitry Peskov"]  # named in full
    with_terms = stance.quotes(article, terms=True)
    assert len(with_terms) >= len(got)
    assert stance.quotes("") == []


def test_transcript_turns_as_the_tool(tool, tmp_path):
    """A transcript's turns are Quotes with turn=True where the tool's JSON Lines says
    "turn": true; prose quotations have turn=False."""
    path = tmp_path / "briefing.txt"
    path.write_text("Regular Press Conference of the Foreign Ministry\n\n"
                    "Spokesperson Mira Tolvane: The minister will travel on Monday.\n\n"
                    "Q: Will the talks resume this month?\n\n"
                    "A: We hope so, and we are ready to meet them halfway.\n\n"
                    "Q: And the fishing dispute?\n\n"
                    "A: Our position is clear.\n", encoding="utf-8")
    want = [json.loads(x) for x in tool("classify", "--mode", "quotes", "--format", "jsonl",
                                        str(path)).splitlines()]
    got = stance.quotes(path.read_text(encoding="utf-8"))
    assert [q.turn for q in got] == [w.get("turn", False) for w in want]
    assert sum(q.turn for q in got) >= 4
    assert not any(q.turn for q in stance.quotes("\u201cWe will talk,\u201d she said."))


def test_split_quote_as_the_tool(tool, tmp_path):
    """A split quotation is one Quote, its pieces where the tool's JSON Lines puts them."""
    path = tmp_path / "split.txt"
    path.write_text("Envoy Sara Lind arrived.\n\n\u201cWe will respond,\u201d she said, "
                    "\u201cwith force.\u201d\n")
    (want,) = [json.loads(x) for x in tool("classify", "--mode", "quotes", "--format", "jsonl",
                                           str(path)).splitlines()]
    (got,) = stance.quotes(path.read_bytes())
    assert (got.start, got.end, got.text.decode(), got.speaker.decode(), got.speaker_kind) == (
        want["start"], want["end"], want["text"], want["speaker"], want["speaker_kind"])
    assert [list(p) for p in got.pieces] == want["spans"]


def test_a_wrapped_name_is_one_name_as_the_tool(tool, tmp_path):
    """A name broken over two lines is the name the article gives on one line later."""
    text = ("Kremlin spokesman Dmitry\r\nPeskov told reporters that the move was \u201ca "
            "dangerous provocation\u201d.\r\n\r\nDmitry Peskov later said \u201cwe remain "
            "open to dialogue.\u201d\r\n")
    path = tmp_path / "wrapped.txt"
    path.write_bytes(text.encode())
    want = [json.loads(x) for x in tool("classify", "--mode", "quotes", "--format", "jsonl",
                                        str(path)).splitlines()]
    assert [w["speaker"] for w in want] == ["Dmitry Peskov"] * 2
    got = stance.quotes(text)
    assert [q.speaker for q in got] == ["Dmitry Peskov"] * 2
    assert text[got[0].speaker_start:got[0].speaker_end] == "Dmitry\r\nPeskov"
    assert [q.speaker for q in stance.quotes(text.encode())] == [b"Dmitry Peskov"] * 2


def test_unicode_spaces_and_invisible_marks_in_names(tool, tmp_path):
    """A no-break space is a space and a soft hyphen or zero-width space is nothing, in a
    name as the tool prints it and as the package gives it: "Ana\u00a0Moreau" is the
    "Ana Moreau" a scraper's other copy has."""
    text = ("Foreign Minister Ana\u00a0Moreau spoke on Monday. \u201cWe are ready to talk,"
            "\u201d Moreau said.\n\nEnvoy Gint\u00adaras Petraitis arrived later. \u201cWe "
            "reject this,\u201d Petraitis said.\n")
    path = tmp_path / "spaces.txt"
    path.write_bytes(text.encode())
    want = [json.loads(x) for x in tool("classify", "--mode", "quotes", "--format", "jsonl",
                                        str(path)).splitlines()]
    assert [w["speaker"] for w in want] == ["Ana Moreau", "Gintaras Petraitis"]
    tsv = tool("classify", "--mode", "quotes", str(path)).decode().splitlines()[1:]
    assert [row.split("\t")[2] for row in tsv] == ["Ana Moreau", "Gintaras Petraitis"]
    assert [q.speaker for q in stance.quotes(text)] == ["Ana Moreau", "Gintaras Petraitis"]
    assert [q.speaker for q in stance.quotes(text.encode())] == [b"Ana Moreau",
                                                                 b"Gintaras Petraitis"]


def test_classify_quotes_as_the_tool(tool, source):
    """Model.classify_quotes gives what `stance classify --mode quotes` gives: the same
    quotations, speakers, labels and probabilities, with the frame and the speaker's other
    quotations and the other speakers' weighed in, and each weight off when asked."""
    model = stance.Model.default()
    path = os.path.join(source, "examples", "article.txt")
    data = open(path, "rb").read()
    for args, kw in (((), {}), (("--speaker-weight", "0"), {"speaker_weight": 0}),
                     (("--article-weight", "0"), {"article_weight": 0}),
                     (("--article-weight", "1.5", "--speaker-weight", "0.2"),
                      {"article_weight": 1.5, "speaker_weight": 0.2}),
                     (("--frame-weight", "0", "--speaker-weight", "0", "--article-weight", "0"),
                      {"frame_weight": 0, "speaker_weight": 0.0, "article_weight": 0})):
        want = [json.loads(x) for x in tool("classify", "--mode", "quotes", "--format", "jsonl",
                                            "--no-unknown", *args, path).splitlines()]
        got = model.classify_quotes(data, **kw)
        assert [(q.quote.start, q.quote.end, q.text.decode(), q.speaker.decode(),
                 q.quote.speaker_start, q.quote.speaker_end, q.quote.speaker_kind, q.label)
                for q in got] == [
            (w["start"], w["end"], w["text"], w["speaker"], w["speaker_start"],
             w["speaker_end"], w["speaker_kind"], w["label"]) for w in want]
        for q, w in zip(got, want):
            for label, p in w["scores"].items():  # the tool writes 6 significant digits
                assert float(f"{q.scores[label]:.6g}") == p
    # the speaker's other quotations change the fragment of the article's prime minister
    article = data.decode()
    alone = {q.text: q for q in model.classify_quotes(article, speaker_weight=0)}
    weighed = {q.text: q for q in model.classify_quotes(article)}
    fragment = "really vexing and regrettable"
    assert weighed[fragment].confidence != alone[fragment].confidence
    assert weighed[fragment].speaker == "Sanae Takaichi"
    for q in weighed.values():  # str in, str indices out
        assert " ".join(article[q.quote.speaker_start:q.quote.speaker_end].split()) == q.speaker
    # explanations point into the article, also in the second piece of a split quotation
    split = "Envoy Sara Lind spoke. \u201cWe condemn the attack,\u201d she said, \u201cand " \
            "reject the accusations.\u201d"
    (q,) = model.classify_quotes(split, explain=5)
    assert q.text == "We condemn the attack, and reject the accusations."
    assert split[q.quote.start:q.quote.end].startswith("We condemn")
    assert split[q.quote.end - 1] == "."
    assert [split[a:b] for a, b in q.quote.pieces] == ["We condemn the attack,",
                                                        "and reject the accusations."]
    assert q.speaker == "Sara Lind" and q.quote.speaker_kind == "pronoun"
    assert stance.quotes(split) == [q.quote]  # the same quotation, unclassified
    assert q.result.features
    for f in q.result.features:
        words = split[f.start:f.end].lower()
        assert words and words.split()[0][:4] in f.feature.lower().replace("not_", "")
    assert model.classify_quotes("") == []
    with pytest.raises(TypeError, match="speaker_weight must be a number"):
        model.classify_quotes(article, speaker_weight="1")
    with pytest.raises(ValueError, match="article_weight must be within 0..100"):
        model.classify_quotes(article, article_weight=101)
    with pytest.raises(ValueError, match="frame_weight must be within 0..100"):
        model.classify_quotes(article, frame_weight=-1)
    with pytest.raises(stance.BadUTF8Error):
        model.classify_quotes(b'He said: "no \xff way."')
    assert len(model.classify_quotes(b'He said: "no \xff way."', replace_invalid=True)) == 1


def test_quote_explanation_lists_the_evidence(tool, tmp_path):
    """A quotation's explanation lists its frame's, its speaker's and its article's evidence as
    items ranked with its features, spanning the frame and the speaker's mention in the
    article, as the tool lists them; with them, what is listed adds up toward the label."""
    model = stance.Model.default()
    article = ("Foreign Minister Ana Ruiz slammed the decision as \u201ca step backwards.\u201d"
               "\n\n\u201cWe welcome this step,\u201d Ruiz said warmly.\n")
    first, second = model.classify_quotes(article, explain=1000)
    items = {f.feature: f for f in first.result.features}
    frame, speaker = items["frame: slammed"], items["speaker: other quotations"]
    assert article[frame.start:frame.end] == "slammed" and frame.count == 1
    assert article[speaker.start:speaker.end] == "Foreign Minister Ana Ruiz"
    assert "speaker: other quotations" in {f.feature for f in second.result.features}
    for q in (first, second):
        got = q.result.features
        assert [abs(f.contribution) for f in got] == sorted((abs(f.contribution) for f in got),
                                                            reverse=True)
        assert sum(f.contribution for f in got) > 0
    path = tmp_path / "article.txt"
    path.write_text(article)
    want = [json.loads(x)["features"] for x in tool("classify", "--mode", "quotes", "--format",
                                                    "jsonl", "--explain", "1000",
                                                    str(path)).splitlines()]
    for q, w in zip((first, second), want):
        assert [f.feature for f in q.result.features] == [x[0] for x in w]
        assert [f.contribution for f in q.result.features] == pytest.approx(
            [x[1] for x in w], abs=1e-4)
    # explain=1 gives the strongest, whichever it is
    assert model.classify_quotes(article, explain=1)[0].result.features == (
        first.result.features[0],)
    # no frame and no speaker's evidence: no items
    plain = model.classify_quotes(article, explain=1000, frame_weight=0, speaker_weight=0,
                                  article_weight=0)
    assert not any(f.feature.startswith(("frame: ", "speaker: ", "article: "))
                   for q in plain for f in q.result.features)
    # another speaker's quotation: the article's item, spanning nothing at the quotation
    both = article + "\n\u201cWe reject the accusations,\u201d said General Oleg Varn.\n"
    quotes = model.classify_quotes(both, explain=1000)
    assert len(quotes) == 3 and quotes[2].speaker == "Oleg Varn"
    for q in quotes:
        (item,) = [f for f in q.result.features if f.feature == "article: other quotations"]
        assert item.start == item.end == q.quote.start and item.count == 1


def test_read_corpus(tmp_path):
    p = tmp_path / "c.tsv"
    p.write_text("# a comment\npos\tgood\nneg\tbad\n")
    got = list(stance.read_corpus(p))
    assert [(s.label, s.text, s.line) for s in got] == [("pos", "good", 2), ("neg", "bad", 3)]
    p.write_text("__label__pos good one\n")
    assert [(s.label, s.text) for s in stance.read_corpus(p, "fasttext")] == [("pos",
                                                                                "good one")]
    p.write_text("one\n\ntwo\n")
    assert [s.text for s in stance.read_corpus(p, "lines")] == ["one", "two"]


def test_close_and_context_manager():
    m = stance.Model.default()
    assert not m.closed
    m.close()
    m.close()  # twice is fine
    assert m.closed and m._h.ptr is None
    for call in (lambda: m.classify("x"), m.to_bytes, lambda: m.classify_many(["x"]),
                 lambda: m.settings, lambda: m.top_features("hostile")):
        with pytest.raises(ValueError, match="closed"):
            call()
    assert "closed" in repr(m)
    with stance.Model.default() as m2:
        m2.classify("x")
        h = m2._h
    assert h.ptr is None and h.idle == []


def test_finalizer_frees():
    m = stance.Model.default()
    m.classify("x")
    h = m._h
    assert h.ptr is not None and len(h.idle) == 1
    del m
    import gc
    gc.collect()
    assert h.ptr is None and h.idle == []


def test_not_constructible():
    with pytest.raises(TypeError):
        stance.Model()


def test_docstring_examples():
    import doctest
    assert doctest.testmod(stance).failed == 0
