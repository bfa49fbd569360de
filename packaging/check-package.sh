#!/usr/bin/env bash
# Builds the Release package and checks it:
#   packaging/check-package.sh [BUILD_DIR]        (default: build-release beside the sources)
#   packaging/check-package.sh --deb FILE.deb     checks a package built before (steps 2 and 3)
#   packaging/check-package.sh --from-build DIR   packages the build in DIR as it is (configured for
#                                                 /usr; cpack strips) and checks it — the test suite's
#                                                 tst_package, which reuses the tests' build
# 1. configures a Release build for /usr without the tests and runs cpack -G DEB;
# 2. lintian (errors fail; warnings are listed), desktop-file-validate and appstreamcli validate on
#    the files as packaged; the package's file list holds what a desktop program installs;
# 3. unpacks it into a throwaway root (dpkg -x): its programs are stripped, every shared library
#    they need resolves (ldd), the SQL and platform plugins of its dependencies are there, and the
#    unpacked director-of-one answers --version and runs `db migrate` on a temporary SQLite file;
#    apt, given an empty dpkg status, resolves its dependencies against the Debian 12 archive.
# Needs packaging/install-deps.sh --test (lintian, desktop-file-utils, appstream, dpkg-dev, file).
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$source_dir/build-release}"
jobs="${JOBS:-2}"
launcher=()
command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

fail() { echo "check-package: $*" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ "${1:-}" = "--deb" ]; then
    deb="$(realpath "$2")"
elif [ "${1:-}" = "--from-build" ]; then
    from="$(realpath "$2")"
    prefix="$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$from/CMakeCache.txt")"
    [ "$prefix" = /usr ] || fail "$2 is configured for $prefix: a package needs -DCMAKE_INSTALL_PREFIX=/usr"
    (cd "$work" && cpack -G DEB -B "$work/out" --config "$from/CPackConfig.cmake" > "$work/cpack.log") \
        || { cat "$work/cpack.log"; fail "cpack failed"; }
    deb="$(ls "$work"/out/director-of-one_*.deb)"
else
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
        -DBUILD_TESTING=OFF "${launcher[@]}" > /dev/null
    cmake --build "$build" -j "$jobs"
    rm -f "$build"/director-of-one_*.deb
    (cd "$build" && cpack -G DEB > /dev/null)
    deb="$(ls "$build"/director-of-one_*.deb)"
fi
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends Installed-Size

# lintian: errors fail, warnings and the rest are shown.
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian reports errors"

root="$work/root"
dpkg-deb -x "$deb" "$root"
libdir="$(dpkg-deb -c "$deb" | grep -o 'usr/lib/[^ ]*director-of-one/$' | head -1)"
[ -n "$libdir" ] || fail "no module folder in the package"

# The files a desktop program installs.
listing="$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./||')"
expected=(
    usr/bin/director-of-one
    "${libdir}director-of-one-gui.so" "${libdir}director-of-one-draw.so" "${libdir}director-of-one-keychain.so"
    usr/share/applications/org.example.DirectorOfOne.desktop
    usr/share/metainfo/org.example.DirectorOfOne.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/director-of-one.svg
    usr/share/man/man1/director-of-one.1.gz
    usr/share/doc/director-of-one/copyright
    usr/share/doc/director-of-one/changelog.Debian.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/director-of-one.png")
done
for file in "${expected[@]}"; do
    grep -qx "$file" <<< "$listing" || fail "the package lacks $file"
done

desktop-file-validate "$root/usr/share/applications/org.example.DirectorOfOne.desktop" || fail "desktop file"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.example.DirectorOfOne.metainfo.xml" || fail "metainfo"
zcat "$root/usr/share/man/man1/director-of-one.1.gz" | LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l - > /dev/null \
    2> "$work/man.log" || true
[ ! -s "$work/man.log" ] || { cat "$work/man.log"; fail "the man page has formatting warnings"; }

# Its dependencies install on a clean Debian 12: apt resolves the package against the archive as if
# nothing were installed (an empty dpkg status), so a dependency this machine happens to have counts
# for nothing.
: > "$work/empty-status"
(cd "$(dirname "$deb")" && apt-get -s -o Dir::State::status="$work/empty-status" install "./$(basename "$deb")") \
    > "$work/apt.log" 2>&1 || { tail -20 "$work/apt.log"; fail "apt cannot install the package on a clean system"; }
grep -q '^Inst director-of-one ' "$work/apt.log" || { tail -20 "$work/apt.log"; fail "apt would not install the package"; }
echo "apt on a clean system: installs with $(grep -c '^Inst ' "$work/apt.log") packages"

# Stripped, and every library resolves.
elves=("$root/usr/bin/director-of-one" "$root/$libdir"*.so)
for elf in "${elves[@]}"; do
    file "$elf" | grep -q ', stripped' || fail "not stripped: $elf"
    if ldd "$elf" | grep -q 'not found'; then
        ldd "$elf" | grep 'not found'
        fail "unresolved libraries in $elf"
    fi
done
plugins="$(qtpaths6 --query QT_INSTALL_PLUGINS 2> /dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)"
for plugin in sqldrivers/libqsqlite.so sqldrivers/libqsqlpsql.so platforms/libqxcb.so platforms/libqoffscreen.so; do
    [ -e "$plugins/$plugin" ] || fail "the Qt plugin $plugin (from the package's dependencies) is missing"
    ! ldd "$plugins/$plugin" | grep -q 'not found' || fail "unresolved libraries in $plugin"
done

# The unpacked program runs: its version, and a migration of a new SQLite file.
program="$root/usr/bin/director-of-one"
version="$(env -u DIRECTOR_DATABASE "$program" --version)"
[ "$version" = "director-of-one $(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')" ] || fail "--version says: $version"
HOME="$work/home" XDG_DATA_HOME="$work/home/data" "$program" --database "sqlite:$work/check.sqlite" db migrate
status="$(HOME="$work/home" XDG_DATA_HOME="$work/home/data" "$program" --database "sqlite:$work/check.sqlite" db status)"
grep -q '^Schema version: \([0-9]*\) (this program: \1)' <<< "$status" || fail "db status after db migrate: $status"
echo "check-package: $deb is fine"
