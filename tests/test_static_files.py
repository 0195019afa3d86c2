"""Production collects its static files: hashed names, compressed copies, and the vendored
scripts whose packages name a source map they do not ship.

The storage is driven as `collectstatic` drives it (save each file, then post-process
them all) in a folder of the test's own: overriding STORAGES would give the rest of the
run new, empty storages (see tests/fresh_settings.py).
"""

import json
from pathlib import Path

import pytest
import xstatic.pkg.leaflet_markercluster
from django.core.files.storage import FileSystemStorage
from django.utils.module_loading import import_string

from tests.fresh_settings import production_settings

MARKER_CLUSTER = Path(xstatic.pkg.leaflet_markercluster.BASE_DIR)


def collect(source_folder, prefix, target_folder):
    """Collect every file of `source_folder` under `prefix` with production's storage;
    return the manifest's paths, or raise what collectstatic would raise."""
    storage_class = import_string(production_settings().STORAGES["staticfiles"]["BACKEND"])
    storage = storage_class(location=target_folder, base_url="/static/")
    source = FileSystemStorage(location=source_folder)
    found = {}
    for path in sorted(Path(source_folder).rglob("*")):
        if path.is_file():
            name = f"{prefix}/{path.relative_to(source_folder).as_posix()}"
            with path.open("rb") as content:
                storage.save(name, content)
            found[name] = (source, path.relative_to(source_folder).as_posix())
    for _original, _processed, outcome in storage.post_process(found, dry_run=False):
        if isinstance(outcome, Exception):
            raise outcome
    return json.loads((Path(target_folder) / "staticfiles.json").read_text())["paths"]


def test_the_marker_cluster_script_is_collected_though_its_source_map_is_missing(tmp_path):
    paths = collect(MARKER_CLUSTER, "vendor/leaflet-markercluster", tmp_path)

    hashed = paths["vendor/leaflet-markercluster/leaflet.markercluster.js"]
    assert hashed != "vendor/leaflet-markercluster/leaflet.markercluster.js"
    script = (tmp_path / hashed).read_text()
    assert script.rstrip().endswith("//# sourceMappingURL=leaflet.markercluster.js.map")
    assert (tmp_path / f"{hashed}.gz").is_file()


def test_a_stylesheet_naming_a_missing_file_still_stops_the_collection(tmp_path):
    folder = tmp_path / "static"
    folder.mkdir()
    (folder / "site.css").write_text('body { background: url("missing.png"); }\n')

    with pytest.raises(ValueError, match=r"missing\.png"):
        collect(folder, "site", tmp_path / "collected")
