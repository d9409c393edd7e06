"""A folder of data packages read again: what the overview made of each package is kept
in the user's data folder by the digest of its bytes, so a folder opened again reads only
the packages that changed, and a changed package is never shown as it was."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from watchers import Watcher

from tillitverkstad.core.jobs import Cancelled
from tillitverkstad.operations import overview as overview_ops
from tillitverkstad.storage import folder_cache
from tillitverkstad.storage.folder_cache import VERSION


@pytest.fixture
def data_dir(tmp_path) -> Path:
    folder = tmp_path / "hr-data"
    folder.mkdir()
    return folder


def read(folder: Path, data_dir: Path | None, **options) -> overview_ops.FolderSource:
    return overview_ops.read_folder(folder, data_dir=data_dir, **options)


def seen(source: overview_ops.FolderSource) -> tuple[list, list]:
    """Everything the overview shows of a read: each package as read, each skipped file
    with its reason in both languages."""
    entries = [(e.path.name, e.remembered, e.digest, e.id, e.group_id) for e in source.entries]
    entries += [(e.group, e.organisation, e.date, e.created, e.template) for e in source.entries]
    skipped = [(s.path.name, s.reason, s.message("sv"), s.message("en")) for s in source.skipped]
    return entries, skipped


def distinct_contents(folder: Path) -> int:
    return len({p.read_bytes() for p in folder.glob("*.json")})


def cache_files(data_dir: Path) -> list[Path]:
    folder = data_dir / "cache" / "overview"
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


def rename_group(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_a_folder_read_again_reads_only_the_packages_that_changed(shared, data_dir):
    first = read(shared, data_dir)
    assert first.read_anew == distinct_contents(shared)  # a copy is read once
    again = read(shared, data_dir)
    assert again.read_anew == 0
    assert seen(again) == seen(first)
    changed = [e.path for e in first.entries if e.group == "Ledningsgrupp Skola"]
    for path in changed:
        rename_group(path, "Ledningsgrupp Skola", "Ledningsgrupp Gymnasiet")
    third = read(shared, data_dir)
    assert third.read_anew == len(changed) == 2
    assert sorted(e.group for e in third.entries if e.path in changed) == [
        "Ledningsgrupp Gymnasiet",
        "Ledningsgrupp Gymnasiet",
    ]
    assert seen(read(shared, data_dir)) == seen(third)


def test_a_package_replaced_by_other_bytes_of_the_same_size_and_time_is_read_anew(shared, data_dir):
    first = read(shared, data_dir)
    path = next(e.path for e in first.entries if e.group == "Ledningsgrupp IFO")
    before = path.stat()
    rename_group(path, "Ledningsgrupp IFO", "Ledningsgrupp IFX")  # as many bytes
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    again = read(shared, data_dir)
    assert again.read_anew == 1
    assert next(e.group for e in again.entries if e.path == path) == "Ledningsgrupp IFX"


def test_what_is_kept_is_in_the_data_folder_for_the_user_alone_and_the_shared_folder_untouched(
    shared, data_dir
):
    before = {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in shared.iterdir()}
    read(shared, data_dir)
    read(shared, data_dir)
    assert {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in shared.iterdir()} == before
    [kept] = cache_files(data_dir)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(kept.parent.parent.stat().st_mode) == 0o700


def test_without_a_data_folder_nothing_is_kept(shared, tmp_path):
    before = sorted(p.name for p in tmp_path.rglob("*"))
    files = len(list(shared.glob("*.json")))
    assert read(shared, None).read_anew == read(shared, None).read_anew == files
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def _damage(kept: Path, how: str) -> None:
    raw = kept.read_bytes()
    header, _, lines = raw.partition(b"\n")
    damaged = {
        "empty": b"",
        "not text": b"\x00\xff\xfe garbage \x80",
        "another folder": header.replace(b'"folder":"', b'"folder":"/elsewhere') + b"\n" + lines,
        "another version": header.replace(b'"version":%d' % VERSION, b'"version":0')
        + b"\n"
        + lines,
        "lying entries": raw.replace(b'"template":"', b'"template":"x').replace(
            b'"skipped":"', b'"skipped":"x'
        ),
        "dates that do not exist": raw.replace(b'"date":"2026-03-10"', b'"date":"2026-02-30"'),
        "lines of another shape": header + b"\n" + b"\n".join(b"[1,2,3]" for _ in range(5)),
        "keys that are not digests": header + b"\n" + lines.replace(b" {", b"x {"),
    }[how]
    kept.write_bytes(damaged)


@pytest.mark.parametrize(
    "how",
    [
        "empty",
        "not text",
        "another folder",
        "another version",
        "lying entries",
        "lines of another shape",
        "keys that are not digests",
    ],
)
def test_a_damaged_or_foreign_cache_is_ignored_and_made_again(shared, data_dir, how):
    first = read(shared, data_dir)
    [kept] = cache_files(data_dir)
    _damage(kept, how)
    again = read(shared, data_dir)
    assert seen(again) == seen(first)
    assert again.read_anew == distinct_contents(shared)
    assert read(shared, data_dir).read_anew == 0  # made again


def test_entries_whose_dates_do_not_exist_are_read_again_from_their_packages(shared, data_dir):
    first = read(shared, data_dir)
    [kept] = cache_files(data_dir)
    _damage(kept, "dates that do not exist")
    again = read(shared, data_dir)
    assert seen(again) == seen(first) and again.read_anew > 0


def test_a_link_in_place_of_the_cache_is_neither_followed_nor_replaced(shared, data_dir, tmp_path):
    first = read(shared, data_dir)
    [kept] = cache_files(data_dir)
    elsewhere = tmp_path / "someone-elses.txt"
    elsewhere.write_text("not yours")
    kept.unlink()
    kept.symlink_to(elsewhere)
    again = read(shared, data_dir)
    assert seen(again) == seen(first)
    assert elsewhere.read_text() == "not yours" and kept.is_symlink()


def test_a_data_folder_that_cannot_be_written_still_reads_the_folder(shared, data_dir):
    (data_dir / "cache").write_text("a file where the cache folder would go")
    first = read(shared, data_dir)
    again = read(shared, data_dir)
    assert seen(again) == seen(first)
    assert again.read_anew == distinct_contents(shared)  # nothing could be kept
    assert (data_dir / "cache").read_text() == "a file where the cache folder would go"


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_data_folder_is_read_and_never_written(shared, data_dir):
    read(shared, data_dir)
    [kept] = cache_files(data_dir)
    rename_group(next(shared.glob("*.json")), "Ledningsgrupp", "Ledningsgruppen")
    before = kept.read_bytes()
    for folder in (kept.parent, data_dir):
        folder.chmod(0o500)
    try:
        again = read(shared, data_dir)
    finally:
        for folder in (data_dir, kept.parent):
            folder.chmod(0o700)
    assert again.read_anew == 1
    assert kept.read_bytes() == before


def test_only_the_packages_still_in_the_folder_are_kept(shared, data_dir):
    read(shared, data_dir)
    gone = sorted(shared.glob("*.json"))[:2]
    for path in gone:
        path.unlink()
    path = next(shared.glob("*.json"))
    for n in range(5):  # a file changed again and again keeps one line
        rename_group(path, "Ledningsgrupp", f"Ledningsgrupp {n}")
        read(shared, data_dir)
    [kept] = cache_files(data_dir)
    lines = kept.read_bytes().splitlines()
    assert len(lines) == 1 + distinct_contents(shared)


def test_the_caches_of_the_folders_read_longest_ago_are_dropped(shared, data_dir, tmp_path):
    package = next(p for p in shared.glob("*.json") if p.name.startswith("20"))
    folders = []
    for n in range(folder_cache.MAX_FOLDERS + 2):
        folder = tmp_path / f"mapp-{n}"
        folder.mkdir()
        (folder / package.name).write_bytes(package.read_bytes())
        read(folder, data_dir)
        folders.append(folder)
    assert len(cache_files(data_dir)) == folder_cache.MAX_FOLDERS
    assert read(folders[-1], data_dir).read_anew == 0
    assert read(folders[0], data_dir).read_anew == 1


def test_the_caches_together_stay_within_their_bound(shared, data_dir, tmp_path, monkeypatch):
    package = next(p for p in shared.glob("*.json") if p.name.startswith("20"))
    for n in range(4):
        folder = tmp_path / f"mapp-{n}"
        folder.mkdir()
        (folder / package.name).write_bytes(package.read_bytes())
        read(folder, data_dir)
        if n == 0:
            one = cache_files(data_dir)[0].stat().st_size
            monkeypatch.setattr(folder_cache, "MAX_TOTAL_BYTES", one * 2 + one // 2)
    assert len(cache_files(data_dir)) == 2
    assert read(folder, data_dir).read_anew == 0


def test_the_cache_is_bounded_and_keeps_what_fits(shared, data_dir, monkeypatch):
    monkeypatch.setattr(folder_cache, "MAX_BYTES", 6000)
    first = read(shared, data_dir)
    [kept] = cache_files(data_dir)
    assert kept.stat().st_size <= 6000
    again = read(shared, data_dir)
    assert seen(again) == seen(first)
    assert 0 < again.read_anew < distinct_contents(shared)


def test_the_read_reports_its_progress_file_by_file(shared, data_dir):
    watcher = Watcher()
    read(shared, data_dir, progress=watcher)
    total = len(list(shared.glob("*.json")))
    assert watcher.calls == [(n, total) for n in range(total + 1)]


def test_a_cancelled_read_keeps_nothing_and_leaves_the_kept_reading_as_it_was(shared, data_dir):
    with pytest.raises(Cancelled):
        read(shared, data_dir, progress=Watcher(stop_at=3))
    assert cache_files(data_dir) == []
    read(shared, data_dir)
    [kept] = cache_files(data_dir)
    before = kept.read_bytes()
    rename_group(sorted(shared.glob("*.json"))[-1], "Ledningsgrupp", "Ledningsgruppen")
    with pytest.raises(Cancelled):
        read(shared, data_dir, progress=Watcher(stop_at=3))
    assert kept.read_bytes() == before
    assert not [p for p in kept.parent.iterdir() if p.name.endswith(".tmp")]
