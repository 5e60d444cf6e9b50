"""Every loader, fed mutated files: it loads them (and the result round-trips) or refuses them in one line.
Never a traceback, a warning, or an allocation beyond the limits (docs/limits.md)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .harness import budget, loads_or_refuses, mutated
from .loaders import LOADERS

_counter = itertools.count()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def seeds(folder):
    return {loader.name: loader.seeds(folder) for loader in LOADERS}


@pytest.mark.parametrize("loader", LOADERS, ids=lambda loader: loader.name)
@budget(300)
@given(data=st.data())
def test_a_loader_loads_or_refuses_in_one_line(loader, folder, seeds, data):
    content = data.draw(mutated(loader, seeds[loader.name]), label="file")
    path = folder / f"case{next(_counter)}{loader.suffix}"
    path.write_bytes(content)
    try:
        result = loads_or_refuses(loader.load, path)
        if result is not None and loader.check is not None:
            loader.check(result, folder)
    finally:
        path.unlink()
