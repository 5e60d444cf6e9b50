"""Packaging glue that pyproject.toml cannot express: the repository's top-level resources/ folder
ships inside the wheel as the package ``lstm_studio.resources`` (presets, lessons, icons)."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["lstm_studio", "lstm_studio.*"]) + ["lstm_studio.resources"],
    package_dir={"lstm_studio.resources": "resources"},
    package_data={"lstm_studio.resources": ["**/*"]},
)
