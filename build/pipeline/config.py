"""Reading mkdocs.yml as MkDocs does, `!ENV` included: `site_url: !ENV [EDITION_SITE_URL, default]`
lets the Pages workflow give the address GitHub assigns, while local builds keep the default."""

from __future__ import annotations

import os
from pathlib import Path

import yaml


class _ConfigLoader(yaml.SafeLoader):
    """Safe YAML plus MkDocs' !ENV tag."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    """!ENV VAR or !ENV [VAR1, VAR2, default]: the first variable set, else the last item as default."""
    names = [loader.construct_scalar(node)] if isinstance(node, yaml.ScalarNode) else loader.construct_sequence(node)
    *variables, default = names if len(names) > 1 else (*names, None)
    for name in variables:
        if isinstance(name, str) and os.environ.get(name):
            return yaml.load(os.environ[name], Loader=yaml.SafeLoader)
    return default


_ConfigLoader.add_constructor("!ENV", _env)


def load_config(path: Path) -> dict:
    """mkdocs.yml as a mapping, environment variables resolved."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}  # a SafeLoader subclass


EPOCH = ".source_date_epoch"  # written into docs/ by the build; a dot file: MkDocs leaves it out of the site


def source_date_epoch(docs: Path) -> str:
    """SOURCE_DATE_EPOCH for rendering docs/: the environment's if set, else the content's
    (here, not with the writers: the render needs it without the build's imports)."""
    given = os.environ.get("SOURCE_DATE_EPOCH")
    if given:
        return given
    try:
        return (docs / EPOCH).read_text(encoding="utf-8").strip()
    except OSError:
        return "0"
