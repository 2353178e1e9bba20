"""Segment stage: cut a bulletin's lines into items (articles, photos) and layout fragments.

The page layout, not the Markdown, tells where an item starts: a dateline (本报讯…), a photo
credit (…摄) closing a caption, a big blank gap after a finished sentence, or a group of short
heading lines in front of text. Heading groups are read as [banner…] [kicker] title [subtitle];
a headline printed after a title-less article goes back to it.

`lines` holds what one printed line is, `units` the page as body lines and heading groups,
`draft` an item as it grows, and `segmenter` the walk that opens and closes items.
"""

from .segmenter import segment

__all__ = ["segment"]
