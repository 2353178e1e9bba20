#!/usr/bin/env python3
"""Entry point: python build/edition.py build [--content DIR] [--docs DIR] | review."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

if __name__ == "__main__":
    try:
        if sys.argv[1:2] == ["render"]:
            # the render needs MkDocs, not the build's pipeline (a second of imports per run)
            from pipeline.renderer import main as render_main

            sys.exit(render_main(sys.argv[2:], Path(__file__).resolve().parents[1] / "mkdocs.yml"))
        from pipeline.cli import main

        sys.exit(main())
    except BrokenPipeError:  # the output piped into `head` or a closed pager: not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
