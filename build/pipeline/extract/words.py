"""jieba's dictionary, read for how common a word is: a module of its own, below the name
rules (people, names) and the statistical taggers that all ask it."""

from __future__ import annotations

from functools import cache


@cache
def load_jieba():
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    # the dictionary loads on the first cut; loaded now, so that the word frequencies
    # _common_word reads are there however the process met jieba before (they were empty
    # until some item's idiom check had cut text: the same name was judged two ways)
    jieba.dt.check_initialized()
    if not jieba.posseg.dt.word_tag_tab:  # let go by release(): read again
        jieba.posseg.dt.load_word_tag(jieba.posseg.dt.tokenizer.get_dict_file())
    return jieba, jieba.posseg.dt.word_tag_tab


def word_frequencies() -> tuple[dict[str, int], int]:
    """jieba's dictionary: each word's frequency and their total."""
    jieba, _ = load_jieba()
    return jieba.dt.FREQ, jieba.dt.total


def everyday(word: str, at_least: int = 300) -> bool:
    """Is a word one the language uses this often or more (网友, 同事), whatever its tag?"""
    jieba, _ = load_jieba()
    return jieba.dt.FREQ.get(word, 0) >= at_least
