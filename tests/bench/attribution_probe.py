#!/usr/bin/env python3
"""A probe of quotes mode on generated attributions: names of many shapes (particles, hyphens,
initials, two surnames, non-ASCII letters), under many titles, credited in 27 ways, each case a
short article whose every quotation has one right speaker, the person's full name.

    tests/bench/attribution_probe.py [--tool build-rel/examples/stance/stance] [-v]

Prints the cases and failures of each group (and each failure with -v); exits 1 when any case
fails. The blind sets of ATTRIBUTION.md measure the tool on real pages; this measures whether a
rule that reads one shape of name or credit holds for the others, which real pages show too
rarely to find (stop 51 found four such faults with it: particles inside a name after a body's
title, "Chief of General Staff X", "López Obrador" alone, and a headline's surname kept after
the full name was given).
"""
import argparse, itertools, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

# name as written in full, surname as the press writes it alone, "he" or "she"
NAMES = [
    ("Le Thi Thu Hang", "Hang", "she"), ("Pieter van der Berg", "van der Berg", "he"),
    ("Ana de la Cruz", "de la Cruz", "she"), ("Mohammed bin Salman", "bin Salman", "he"),
    ("Abdel Fattah al-Sisi", "al-Sisi", "he"), ("Kim Jong Un", "Kim", "he"),
    ("Ursula von der Leyen", "von der Leyen", "she"), ("Jean-Yves Le Drian", "Le Drian", "he"),
    ("Recep Tayyip Erdoğan", "Erdoğan", "he"), ("Luiz Inácio Lula da Silva", "Lula", "he"),
    ("Nguyễn Phú Trọng", "Trọng", "he"), ("Olaf Scholz", "Scholz", "he"),
    ("Xi Jinping", "Xi", "he"), ("Bola Ahmed Tinubu", "Tinubu", "he"),
    ("Andrés Manuel López Obrador", "López Obrador", "he"),
    ("Volodymyr Zelenskyy", "Zelenskyy", "he"), ("Dina Boluarte", "Boluarte", "she"),
    ("Shehbaz Sharif", "Sharif", "he"), ("Van Thanh Son", "Son", "he"),
    ("Khalid Al-Falih", "Al-Falih", "he"), ("Ali Bin Hamad", "Bin Hamad", "he"),
    ("Maria Zakharova", "Zakharova", "she"), ("Mao Ning", "Mao", "she"),
    ("Ned Price", "Price", "he"), ("Wang Wenbin", "Wang", "he"), ("Lin Jian", "Lin", "he"),
    ("Do Hung Viet", "Viet", "he"), ("Mette Frederiksen", "Frederiksen", "she"),
    ("Prabowo Subianto", "Prabowo", "he"), ("Claudia Sheinbaum", "Sheinbaum", "she"),
    ("Hakan Fidan", "Fidan", "he"), ("Penny Wong", "Wong", "she"),
]
TITLES = ["Foreign Minister", "Spokesperson for the Ministry of Foreign Affairs", "President",
          "Deputy Foreign Minister", "Foreign Ministry spokesperson", "Chief of Army Staff",
          "Minister of State for Foreign Affairs", "Interior Minister", "Prime Minister",
          "Minister for Foreign Affairs"]
# (group, text with {T} title, {N} name, {S} surname, {p} pronoun, {r} role word; how many
# quotations the tool should find)
BY_TITLE = [
    ("title name said:", "{T} {N} said: \"We oppose this move.\"\n\n\"It must stop,\" {p} added.\n", 2),
    ("said title name", "\"We oppose this move,\" said {T} {N}.\n\n\"It must stop,\" {p} added.\n", 2),
    ("told a news conference", "\"We oppose this move,\" {T} {N} told a news conference on "
     "Monday.\n\n\"It must stop,\" {p} added.\n", 2),
    ("in a statement", "In a statement on Monday, {T} {N} said the move was \"a grave "
     "mistake\".\n\n\"It must stop,\" {p} added.\n", 2),
    ("surname added", "\"We oppose this move,\" {T} {N} said on Monday.\n\n{S} added: \"It "
     "must stop.\"\n", 2),
    ("the role said", "{T} {N} told Reuters that the talks had stalled.\n\n\"It must stop,\" "
     "the {r} said.\n", 1),
    ("according to", "According to {T} {N}, \"the talks have stalled.\"\n\n\"It must stop,\" "
     "{p} added.\n", 2),
    ("surname then pronoun", "{T} {N} met the envoy on Monday. \"We oppose this move,\" {S} "
     "said.\n\n\"It must stop,\" {p} told reporters.\n", 2),
]
BY_NAME = [
    ("wrote on X", "\"We oppose this move,\" {N} wrote on X.\n\n{S}, who took office last year, "
     "said \"it must stop.\"\n", 2),
    ("apposition", "{N}, the {t}, told reporters: \"We oppose this move.\"\n\n\"It must "
     "stop,\" {p} added.\n", 2),
    ("headline surname", "{S}: \"We oppose this move\"\n\n{T} {N} said on Monday the talks "
     "\"must resume soon.\"\n", 2),
    ("a spokesperson for", "A spokesperson for the ministry, {N}, said: \"We oppose this "
     "move.\"\n\n\"It must stop,\" {p} added.\n", 2),
    ("told AFP", "{N} told AFP: \"We oppose this move.\"\n\n\"It must stop,\" {p} said.\n", 2),
    ("dash credit", "\"We oppose this move.\" \u2014 {N}, spokesperson\n\n\"It must stop,\" {p} "
     "said.\n", 2),
    ("quoted as saying", "A statement issued by the ministry quoted {N} as saying: \"We "
     "oppose this move.\"\n\n\"It must stop,\" {S} said.\n", 2),
    ("credit in the next paragraph", "\"We oppose this move and we will respond.\"\n\nThat "
     "was the message from {N}, a spokesperson for the ministry, on Monday.\n\n\"It must "
     "stop,\" {p} said.\n", 2),
    ("asked", "Asked whether talks would resume, {N} said: \"Everything is possible.\"\n\n"
     "\"But it must stop,\" {p} added.\n", 2),
    ("split quotation", "\"We oppose this move,\" {T} {N} said, \"and we will respond.\"\n", 1),
    ("speaking in", "\"We oppose this move,\" said {T} {N}, speaking in Geneva.\n\n\"It must "
     "stop,\" {p} said.\n", 2),
]
ROLE_WORD = {"Foreign Minister": "minister", "Spokesperson for the Ministry of Foreign Affairs":
             "spokesperson", "President": "president", "Deputy Foreign Minister": "minister",
             "Foreign Ministry spokesperson": "spokesperson", "Chief of Army Staff": "chief",
             "Minister of State for Foreign Affairs": "minister", "Interior Minister": "minister",
             "Prime Minister": "prime minister", "Minister for Foreign Affairs": "minister"}


def speakers(tool, text):
    p = subprocess.run([tool, "classify", "--mode", "quotes", "--format", "jsonl", "-"],
                       input=text.encode(), capture_output=True, check=True)
    return [json.loads(l).get("speaker") or "" for l in p.stdout.decode().splitlines() if l]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default=os.path.join(ROOT, "build-rel", "examples", "stance",
                                                   "stance"))
    ap.add_argument("-v", action="store_true", help="print every failure")
    a = ap.parse_args()
    groups = {}
    cases = [(g, tpl, want, n, s, p, t) for (g, tpl, want), (n, s, p), t in
             itertools.product(BY_TITLE, NAMES, TITLES)]
    cases += [(g, tpl, want, n, s, p, "Foreign Minister") for (g, tpl, want), (n, s, p) in
              itertools.product(BY_NAME, NAMES)]
    for g, tpl, want, n, s, p, t in cases:
        text = "Talks in trouble\n\n" + tpl.format(T=t, N=n, S=s, p=p, r=ROLE_WORD[t],
                                                   t=t.lower())
        got = speakers(a.tool, text)
        ok = len(got) == want and all(x == n for x in got)
        total, failed = groups.get(g, (0, []))
        groups[g] = (total + 1, failed if ok else failed + [(n, t, got)])
    bad = 0
    for g, (total, failed) in groups.items():
        bad += len(failed)
        print(f"{g:32s} {total:5d} cases {len(failed):5d} failed")
        for f in failed if a.v else []:
            print("   ", f)
    print(f"{'all':32s} {len(cases):5d} cases {bad:5d} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
