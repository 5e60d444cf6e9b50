"""Packaging glue that pyproject.toml cannot express: the repository's top-level resources/ folder
ships inside the wheel as the package ``lstm_studio.resources`` (presets, lessons, icons), and the
window's translations are compiled into it.

The .qm catalogues are built, never committed (docs/i18n.md): ``make translations`` compiles them beside
their .ts sources for a checkout; a wheel built without make gets them here, compiled by the lrelease of
PySide6, which pyproject.toml lists among the build requirements for that reason.
"""

import subprocess
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    """build_py, then every resources/translations/*.ts compiled into the built package's .qm."""

    def run(self):
        super().run()
        if self.editable_mode:  # an editable install reads resources/ in place (make translations)
            return
        import PySide6

        tools = Path(PySide6.__file__).resolve().parent
        lrelease = next((p for p in (tools / "lrelease", tools / "lrelease.exe") if p.is_file()), None)
        if lrelease is None:
            raise SystemExit(f"setup.py: PySide6 at {tools} has no lrelease to compile the translations")
        target = Path(self.build_lib) / "lstm_studio" / "resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        for ts in sorted((HERE / "resources" / "translations").glob("*.ts")):
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(target / f"{ts.stem}.qm")], check=True)


setup(
    packages=find_packages(include=["lstm_studio", "lstm_studio.*"]) + ["lstm_studio.resources"],
    package_dir={"lstm_studio.resources": "resources"},
    package_data={"lstm_studio.resources": ["**/*"]},
    exclude_package_data={"lstm_studio.resources": ["translations/*.ts"]},
    cmdclass={"build_py": BuildWithTranslations},
)
