"""Build the Linux bundle: PyInstaller one-folder, then the .tar.gz and the .deb (``make bundle``).

Run with the Python of build/bundle-venv (the Makefile does). The folder gets LSTM Studio's LICENSE and
THIRD_PARTY_NOTICES (notices.py, from what build/bundle-venv holds) beside the executable. Writes

    dist/lstm-studio-<version>-linux-x86_64.tar.gz   unpacks to lstm-studio-<version>/lstm-studio
    dist/lstm-studio_<version>_amd64.deb             /opt/lstm-studio, /usr/bin/lstm-studio, a menu entry

and prints the sizes and the time taken. PyInstaller works in build/pyinstaller/; the .deb's tree is
staged in build/deb/.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import notices  # noqa: E402
from version import VERSION  # noqa: E402

NAME = "lstm-studio"
WORK = ROOT / "build" / "pyinstaller"
DIST = ROOT / "dist"
ARCH = "x86_64"
DEB_ARCH = "amd64"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def source_date() -> int:
    """A fixed time stamp for every archive member: the last commit's time, so rebuilds of one commit
    give the same archive listing (SOURCE_DATE_EPOCH wins when set)."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
        return int(out.stdout.strip())
    except (OSError, ValueError):
        return int(time.time())


def run_pyinstaller(clean: bool) -> Path:
    """The one-folder bundle, build/pyinstaller/dist/lstm-studio/."""
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(WORK / "dist"), "--workpath", str(WORK / "work"), str(HERE / f"{NAME}.spec"),
    ]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, cwd=ROOT, check=True)
    folder = WORK / "dist" / NAME
    if not (folder / NAME).is_file():
        raise SystemExit(f"build.py: PyInstaller did not make {folder / NAME}")
    return folder


def check_nothing_missing() -> None:
    """Fail when a module that lstm_studio imports unconditionally did not make it into the bundle (say a
    runtime dependency missing from pyproject.toml, so absent from build/bundle-venv), or when a module of
    lstm_studio itself could not be compiled."""
    warnings = WORK / "work" / NAME / f"warn-{NAME}.txt"
    missing = []
    for line in warnings.read_text(encoding="utf-8").splitlines():
        invalid = re.match(r"invalid module named '?(lstm_studio[^' ]*)'?", line)
        if invalid:
            missing.append(f"{invalid.group(1)} (does not compile)")
            continue
        found = re.match(r"missing module named '?([^' ]+)'? - imported by (.*)", line)
        if not found:
            continue
        for importer in re.finditer(r"(lstm_studio[\w.]*) \(([^)]*)\)", found.group(2)):
            flags = {f.strip() for f in importer.group(2).split(",")}
            if flags == {"top-level"}:
                missing.append(f"{found.group(1)} (imported by {importer.group(1)})")
    if missing:
        raise SystemExit("build.py: missing from the bundle: " + "; ".join(missing))


def add_licences(folder: Path) -> None:
    """LSTM Studio's LICENSE and the third-party notices, at the top of the bundle folder."""
    shutil.copy(ROOT / "LICENSE", folder / "LICENSE")
    try:
        notices.write(folder / "THIRD_PARTY_NOTICES", bundle=folder)
    except notices.NoticesError as error:
        raise SystemExit(f"build.py: third-party notices: {error}") from None


def tree_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _normalised(mtime: int):
    def member(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = mtime
        info.mode = 0o755 if info.isdir() or info.mode & 0o100 else 0o644
        return info

    return member


def _add_sorted(archive: tarfile.TarFile, folder: Path, arcname: str, mtime: int) -> None:
    """``folder`` as ``arcname``, members in sorted order (a stable listing from one build to the next)."""
    archive.add(folder, arcname, recursive=False, filter=_normalised(mtime))
    for path in sorted(folder.rglob("*")):
        archive.add(path, f"{arcname}/{path.relative_to(folder).as_posix()}", recursive=False,
                    filter=_normalised(mtime))


def make_tarball(folder: Path, mtime: int) -> Path:
    top = f"{NAME}-{VERSION}"
    target = DIST / f"{top}-linux-{ARCH}.tar.gz"
    partial = target.with_name(target.name + ".part")  # an interrupted build leaves no half archive
    with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
        _add_sorted(archive, folder, top, mtime)
    partial.replace(target)
    return target


def _package_by_soname(soname: str) -> str:
    """Debian's name for the package of a library: libxcb-icccm.so.4 -> libxcb-icccm4,
    libxkbcommon-x11.so.0 -> libxkbcommon-x11-0 (a dash when the name ends in a digit)."""
    name, _, version = soname.partition(".so.")
    return f"{name}{'-' if name[-1].isdigit() else ''}{version.split('.')[0]}".lower()


def _shared_library_packages(folder: Path) -> list[str]:
    """The Debian packages of the system libraries that the bundle's binaries load but do not carry (the C
    library, OpenGL, fontconfig, X, xkb and D-Bus client libraries: the spec leaves those to the system)."""
    inside = {p.name for p in folder.rglob("*") if p.is_file()}
    needed: set[str] = set()
    glibc = (2, 17)
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink() or not (path.suffix == ".so" or ".so." in path.name
                                                          or path.name == NAME):
            continue
        out = subprocess.run(["readelf", "-d", "-V", str(path)], capture_output=True, text=True)
        needed.update(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out.stdout))
        versions = [tuple(map(int, v.split("."))) for v in re.findall(r"Name: GLIBC_(\d+\.\d+)\b", out.stdout)]
        glibc = max([glibc, *versions])
    cache = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
    packages: set[str] = set()
    for soname in sorted(needed - inside):
        located = re.search(rf"^\s*{re.escape(soname)} \(libc6,x86-64[^)]*\) => (\S+)", cache, re.M)
        if not located:
            package = _package_by_soname(soname)
            print(f"build.py: {soname} is not installed on this machine; the .deb depends on {package}",
                  file=sys.stderr)
            packages.add(package)
            continue
        path = located.group(1)
        candidates = [path, path.removeprefix("/usr")] if path.startswith("/usr/") else [path, "/usr" + path]
        for candidate in candidates:
            owner = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if owner.returncode == 0:
                packages.add(owner.stdout.split(":")[0])
                break
    # the newest C library symbol version any binary asks for (what dpkg-shlibdeps would say)
    return sorted(f"libc6 (>= {glibc[0]}.{glibc[1]})" if p == "libc6" else p for p in packages)


def make_deb(folder: Path, mtime: int) -> Path:
    """The .deb: the bundle in /opt/lstm-studio, /usr/bin/lstm-studio, the menu entry, the file types and the icons."""
    stage = ROOT / "build" / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    opt = stage / "opt" / NAME
    shutil.copytree(folder, opt, symlinks=True, copy_function=os.link)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy(HERE / "linux" / f"{NAME}.desktop", applications / f"{NAME}.desktop")
    if shutil.which("desktop-file-validate"):  # Debian package desktop-file-utils
        subprocess.run(["desktop-file-validate", str(applications / f"{NAME}.desktop")], check=True)
    # File types, so that a double-click on a lesson or model file opens the app; dpkg's trigger on this
    # folder runs update-mime-database.
    mime = stage / "usr" / "share" / "mime" / "packages"
    mime.mkdir(parents=True)
    shutil.copy(HERE / "linux" / f"{NAME}.xml", mime / f"{NAME}.xml")
    icons = stage / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        target = icons / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(HERE / "icons" / f"{NAME}-{size}.png", target / f"{NAME}.png")
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(HERE / "icons" / f"{NAME}.svg", icons / "scalable" / "apps" / f"{NAME}.svg")
    doc = stage / "usr" / "share" / "doc" / NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        (ROOT / "LICENSE").read_text(encoding="utf-8")
        + f"\nThe software the package carries from others, and its licences: /opt/{NAME}/THIRD_PARTY_NOTICES\n",
        encoding="utf-8",
    )

    installed_kib = (tree_size(stage) + 1023) // 1024
    depends = ", ".join(_shared_library_packages(folder))
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {NAME}\n"
        f"Version: {VERSION}\n"
        f"Architecture: {DEB_ARCH}\n"
        "Maintainer: LSTM Studio developers <lstm-studio@users.noreply.github.com>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends}\n"
        "Section: education\n"
        "Priority: optional\n"
        "Description: teaching app for recurrent neural cells (RNN, LSTM, GRU)\n"
        " Pick a cell, type a sequence such as PIG and watch every gate, state and\n"
        " output probability at every time step while you edit any weight. Gradients\n"
        " are derived symbolically and checked against backpropagation through time.\n"
        " Self-contained: Python, Qt and every library ship inside /opt/lstm-studio.\n",
        encoding="utf-8",
    )
    for path in [stage, *stage.rglob("*")]:
        if not path.is_symlink():
            os.utime(path, (mtime, mtime))
    target = DIST / f"{NAME}_{VERSION}_{DEB_ARCH}.deb"
    partial = target.with_name(target.name + ".part")
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z3", "--build", str(stage), str(partial)],
                   check=True, stdout=subprocess.DEVNULL)
    partial.replace(target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="drop PyInstaller's cache first")
    parser.add_argument("--no-deb", action="store_true", help="only the .tar.gz")
    args = parser.parse_args()

    if not sys.platform.startswith("linux"):
        raise SystemExit("build.py builds the Linux bundle; see packaging/README.md for Windows and macOS")
    import fcntl  # Unix only

    # One build at a time in this tree (PyInstaller's work folder is shared): a second one waits.
    (ROOT / "build").mkdir(exist_ok=True)
    lock = open(ROOT / "build" / "bundle.lock", "w")  # noqa: SIM115  (held until the process ends)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        print("build.py: waiting for another build of the bundle in this tree", file=sys.stderr)
        fcntl.flock(lock, fcntl.LOCK_EX)
    start = time.monotonic()
    folder = run_pyinstaller(args.clean)
    check_nothing_missing()
    add_licences(folder)
    built = time.monotonic()
    DIST.mkdir(exist_ok=True)
    mtime = source_date()
    products = [make_tarball(folder, mtime)]
    if not args.no_deb:
        products.append(make_deb(folder, mtime))
    done = time.monotonic()

    mib = 1024 * 1024
    print(f"\nlstm-studio {VERSION}: PyInstaller {built - start:.0f} s, archives {done - built:.0f} s")
    print(f"  unpacked    {tree_size(folder) / mib:7.1f} MiB  {folder.relative_to(ROOT)}")
    for product in products:
        print(f"  {product.suffix[1:] if product.suffix == '.deb' else 'tar.gz':<10}  "
              f"{product.stat().st_size / mib:7.1f} MiB  {product.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
