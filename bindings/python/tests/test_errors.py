"""Bad input raises the right stance.Error subclass with the library's status, message, line
and offset; wrong types raise TypeError before anything reaches the library."""
import os
import pickle
import warnings

import pytest

import stance


@pytest.fixture(scope="module")
def good():
    with stance.Model.default() as m:
        return m.to_bytes()


def flip(data, at):
    b = bytearray(data)
    b[at] ^= 0xFF
    return bytes(b)


@pytest.mark.parametrize("mutate, cls, status", [
    (lambda d: b"", stance.TruncatedModelError, -11),
    (lambda d: b"GIF89a" + d[6:], stance.BadMagicError, -6),
    (lambda d: d[:100], stance.TruncatedModelError, -11),
    (lambda d: flip(d, len(d) // 2), stance.ChecksumError, -12),
    (lambda d: d[:-1] + bytes([d[-1] ^ 1]), stance.ChecksumError, -12),
])
def test_bad_model_bytes(good, mutate, cls, status):
    with pytest.raises(cls) as e:
        stance.Model.from_bytes(mutate(good))
    err = e.value
    assert isinstance(err, stance.ModelFormatError) and isinstance(err, stance.Error)
    assert isinstance(err, ValueError)
    assert err.status == status
    assert err.message and str(err) == err.message
    assert err.offset is not None and err.line is None


def test_truncated_says_where(good):
    with pytest.raises(stance.TruncatedModelError) as e:
        stance.Model.from_bytes(good[:100])
    assert e.value.offset == 100
    assert "100" in e.value.message


def test_errors_pickle(good):
    try:
        stance.Model.from_bytes(good[:100])
    except stance.Error as e:
        again = pickle.loads(pickle.dumps(e))
        assert type(again) is type(e)
        assert (again.status, again.message, again.offset, again.line) == \
            (e.status, e.message, e.offset, e.line)


def test_missing_file(tmp_path):
    with pytest.raises(stance.FileError) as e:
        stance.Model.load(tmp_path / "none.stnc")
    assert isinstance(e.value, OSError) and e.value.status == -5
    assert "none.stnc" in e.value.message


def test_save_never_replaces_what_is_not_a_model(tmp_path):
    corpus = tmp_path / "c.tsv"
    corpus.write_bytes(b"hostile\tWe protest.\n")
    m = stance.train([("hostile", "We protest."), ("conciliatory", "We hope.")],
                     calibrate=False)
    with pytest.raises(stance.FileError) as e:
        m.save(corpus)
    assert "is not a libstance model" in e.value.message
    assert corpus.read_bytes() == b"hostile\tWe protest.\n"
    m.save(tmp_path / "m.stnc")
    m.save(tmp_path / "m.stnc")  # a model replaces a model


def test_a_path_with_a_nul_byte_is_refused_whole(tmp_path):
    """The library takes a C string: a path cut at its NUL byte would name another file, and
    save() would replace it. Refused as Python's own open() refuses it, before any file is
    touched."""
    victim = tmp_path / "victim"
    m = stance.train([("pos", "a fine day"), ("neg", "a dreadful day")], calibrate=False)
    m.save(victim)
    before = victim.read_bytes()
    for path in (str(victim) + "\0.stnc", os.fsencode(str(victim)) + b"\0.stnc"):
        with pytest.raises(ValueError, match="null byte"):
            stance.Model.default().save(path)
        with pytest.raises(ValueError, match="null byte"):
            stance.Model.load(path)
        with pytest.raises(ValueError, match="null byte"):
            stance.read_corpus(path)
    assert victim.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["victim"]


def test_a_listed_label_without_statements_is_named():
    """Without calibration, as with it, the library's message says which label is empty."""
    for calibrate in (False, True):
        with pytest.raises(stance.EmptyError) as e:
            stance.train([("a", "x y"), ("b", "z")], labels=["a", "b", "c"],
                         calibrate=calibrate)
        assert "label 'c' has no statements" in e.value.message


def test_featureless_statements_warn_at_the_callers_line():
    """A line of Thai (no spaces: one token past max_token_bytes) teaches nothing: training
    says how many such statements there were, at the line that called it, also through the
    scikit-learn adapter."""
    thai = "\u0e23\u0e31" * 40
    data = [("good", "We welcome it."), ("bad", thai), ("bad", "We protest.")]
    for calibrate in (False, True):
        with pytest.warns(UserWarning, match="1 of 3 statements gave no feature") as w:
            stance.train(data, calibrate=calibrate)
        assert "the first is statement 1" in str(w[0].message)
        assert all(x.filename == __file__ for x in w)
    sk = pytest.importorskip("stance.sklearn")
    with pytest.warns(UserWarning, match="gave no feature") as w:
        sk.StanceClassifier().fit([t for _, t in data], [label for label, _ in data])
    assert all(x.filename == __file__ for x in w)


def test_languages_are_the_librarys():
    assert "english" in stance.LANGUAGES and "turkish" in stance.LANGUAGES
    assert stance.LANGUAGES[-1] == "none"
    for name in ("turkish", "none"):
        stance.train([("a", "x y"), ("b", "z w")], language=name, calibrate=False)
    with pytest.raises(stance.LanguageError):
        stance.train([("a", "x y"), ("b", "z w")], language="deutsch", calibrate=False)


def test_quotes_of_another_language_warn():
    m = stance.train([("a", "Wir sind bereit."), ("b", "Wir lehnen ab.")], language="german",
                     calibrate=False)
    with pytest.warns(UserWarning, match="English rules") as w:
        m.classify_quotes('"Wir sind bereit," sagte Maria Lind.')
    assert all(x.filename == __file__ for x in w)


def test_quotes_of_scraped_html_warn(model):
    """An article that holds HTML entities or tags is said to, as the tool says it: its
    quotation marks written as entities are not read."""
    html = "The minister spoke.\n\n&ldquo;We will not retreat,&rdquo; Orlov said.\n"
    with pytest.warns(UserWarning, match=r"holds HTML \(&ldquo; at offset 21\)") as w:
        model.classify_quotes(html)
    assert all(x.filename == __file__ for x in w)
    with pytest.warns(UserWarning, match=r"holds HTML \(<q> at offset 12\)"):
        stance.quotes("Orlov said: <q>we will not retreat</q>.")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stance.quotes("Tom & Jerry met. \u201cWe agree,\u201d Orlov said. 3 < 4 and a<b.")
        model.classify_quotes(b"\"We agree,\" Orlov said.")


def test_wrong_types(model):
    for bad in (None, 3, 1.5, ["a list"], object()):
        with pytest.raises(TypeError):
            model.classify(bad)
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        model.classify_many(["fine", 3, "fine"])
    with pytest.raises(TypeError, match=r"texts\[5000\]"):  # counted across batches
        model.classify_many(["x"] * 5000 + [None])
    with pytest.raises(TypeError, match=r"texts\[5000\]"):
        model.classify_many(["x"] * 5000 + [None], explain=1)
    with pytest.raises(TypeError):
        model.classify_many("a single string")
    with pytest.raises(TypeError):
        model.classify_many(None)
    with pytest.raises(TypeError):
        model.classify("x", explain="3")
    # a count is an int: True is not "one feature" (the weights refuse a bool as well)
    for call in (lambda: model.classify("x", explain=True),
                 lambda: model.classify_many(["x"], threads=True),
                 lambda: model.classify_quotes("\u201cWe agree,\u201d Orlov said.", explain=True),
                 lambda: model.prune(True)):
        with pytest.raises(TypeError, match="must be an int, not bool"):
            call()
    with pytest.raises(ValueError):
        model.classify("x", explain=-1)
    with pytest.raises(ValueError):
        model.classify_many(["x"], threads=0)
    with pytest.raises(TypeError):
        stance.Model.from_bytes("STNC as text")
    with pytest.raises(TypeError):
        stance.Model.from_bytes(None)
    with pytest.raises(TypeError):
        stance.train("not pairs")
    with pytest.raises(TypeError, match=r"statements\[1\]"):
        stance.train([("a", "x"), ("b",)])
    with pytest.raises(TypeError, match=r"statements\[0\]"):
        stance.train([(1, "x")])
    with pytest.raises(TypeError, match="unknown setting"):
        stance.train([("a", "x")], ngrams=2)
    with pytest.raises(TypeError):
        stance.train([("a", "x")], ngram_max=2.0)
    with pytest.raises(TypeError):
        stance.train([("a", "x")], alpha="big")
    with pytest.raises(TypeError):
        stance.train([("a", "x")], weighting=1)
    with pytest.raises(TypeError):
        stance.train([("a", "x")], negation_words="not")
    with pytest.raises(TypeError):
        model.top_features(0)
    with pytest.raises(TypeError):
        stance.quotes(None)


def test_invalid_utf8(model):
    bad = b"We welcome \xff the talks."
    with pytest.raises(stance.BadUTF8Error) as e:
        model.classify(bad)
    assert e.value.status == -3 and e.value.offset == 11 and e.value.index is None
    assert model.classify(bad, replace_invalid=True).label in model.labels
    # in a batch: the statement's index, the offset within it
    texts = ["fine"] * 4097 + [bad] + ["fine"]
    with pytest.raises(stance.BadUTF8Error) as e:
        model.classify_many(texts)
    assert e.value.index == 4097 and e.value.offset == 11
    assert e.value.message == "texts[4097]: invalid UTF-8 at byte 11"
    with pytest.raises(stance.BadUTF8Error) as e:
        model.classify_many(texts, threads=3)
    assert e.value.index == 4097
    with pytest.raises(stance.BadUTF8Error) as e:
        model.classify_many(texts, explain=1)
    assert e.value.index == 4097 and e.value.message.startswith("texts[4097]: invalid")
    assert len(model.classify_many(texts, replace_invalid=True)) == len(texts)
    # a str with a lone surrogate is not UTF-8 either
    with pytest.raises(stance.BadUTF8Error) as e:
        model.classify("ab\udcffcd")
    assert e.value.offset == 2
    # training and quotes
    with pytest.raises(stance.BadUTF8Error) as e:
        stance.train([("a", "fine"), ("b", bad)])
    assert e.value.index == 1 and e.value.offset == 11
    with pytest.raises(stance.BadUTF8Error) as e:
        stance.train([("a", "fine"), ("b", bad)], calibrate=False)
    assert e.value.index == 1
    with pytest.raises(stance.BadUTF8Error):
        stance.quotes(b'He said "no \xff way".')
    assert stance.quotes(b'He said "no \xff way".', replace_invalid=True)


def test_settings_refused_with_the_librarys_reasons():
    data = [("a", "x y"), ("b", "y z")]
    with pytest.raises(stance.InvalidArgumentError, match=r"alpha 1e-10 .*1e-09\.\.1e\+06"):
        stance.train(data, alpha=1e-10)
    with pytest.raises(stance.InvalidArgumentError, match="ngram_max"):
        stance.train(data, ngram_max=7)
    with pytest.raises(stance.InvalidArgumentError, match="ngram_max"):
        stance.train(data, ngram_max=-1)
    with pytest.raises(stance.InvalidArgumentError):
        stance.train(data, alpha=float("nan"))
    with pytest.raises(stance.InvalidArgumentError, match="binary, counts"):
        stance.train(data, weighting="tfidf")
    with pytest.raises(stance.LanguageError) as e:
        stance.train(data, language="klingon")
    assert e.value.status == -9
    with pytest.raises(stance.LabelError) as e:
        stance.train([("a", "x"), ("bad\tlabel", "y")])
    assert e.value.index == 1
    with pytest.raises(stance.LabelError):
        stance.train([("a", "x"), ("c", "y")], labels=["a", "b"])
    with pytest.raises(stance.EmptyError):
        stance.train([])
    with pytest.raises(stance.EmptyError):
        stance.train([], calibrate=False)


def test_corpus_errors_carry_line_and_offset(tmp_path):
    p = tmp_path / "c.tsv"
    p.write_bytes(b"pos\tgood\nno tab here\nneg\tbad\n")
    with pytest.raises(stance.ParseError) as e:
        list(stance.read_corpus(p))
    assert e.value.line == 2 and e.value.status == -16
    assert "c.tsv:2" in e.value.message
    with pytest.raises(stance.FileError):
        list(stance.read_corpus(tmp_path / "missing.tsv"))
    with pytest.raises(ValueError):
        stance.read_corpus(p, "xml")
    reader = stance.read_corpus(p)  # opened when reading starts, closed when it ends
    assert next(reader).text == "good"
    reader.close()


def test_status_classes_cover_the_library():
    from stance import _errors, _lib
    for status in range(-17, 0):
        cls = _errors._BY_STATUS[status]
        assert issubclass(cls, stance.Error) and cls.status == status
        text = _lib.lib.stance_strerror(status).decode()
        assert text != "unknown status"
