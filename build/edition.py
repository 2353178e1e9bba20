#!/usr/bin/env python3
"""Entry point: python build/edition.py build [--content DIR] [--docs DIR] | review."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline.cli import main

if __name__ == "__main__":
    sys.exit(main())
