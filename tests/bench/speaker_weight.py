#!/usr/bin/env python3
"""Measures the weight of the speaker's other quotations in quotes mode on the project's articles.

    tests/bench/speaker_weight.py [FOLDER] [--build BUILD] [--weights 0,0.1,...]

As tests/bench/frame_weight.py, for `stance classify --mode quotes --speaker-weight W` with
the reporting frame at its default weight: every weight's accuracy and log-loss on the
conciliatory and hostile quotes of FOLDER (default tests/data/articles/frames, the project's
own passages), the weight of least log-loss, and leave-one-passage-out. The development
passages of ../shared/data/realquotes are never used for choosing: report on them with
tests/bench/passages.py --speaker-weight W.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from frame_weight import main  # noqa: E402

if __name__ == "__main__":
    main(option="--speaker-weight", fixed=(),
         weights="0,0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1,1.25,1.5", doc=__doc__)
