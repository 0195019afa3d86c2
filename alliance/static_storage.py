"""Production's static files storage: WhiteNoise's hashed, compressed files, with one allowance."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's storage, which leaves a source map comment alone when its map is missing.

    Collecting the static files rewrites every reference a stylesheet or script makes to
    another file with that file's hashed name, and stops at a reference to a file that is
    not there. XStatic-Leaflet-MarkerCluster's minified script ends with a comment naming
    `leaflet.markercluster.js.map`, which the package does not ship, so `collectstatic`
    failed with production settings. A source map is only fetched by a browser's developer
    tools, so the comment is kept as written; any other missing file still stops the
    collection.
    """

    def url_converter(self, name, hashed_files, template=None):
        convert = super().url_converter(name, hashed_files, template)

        def converter(matchobj):
            try:
                return convert(matchobj)
            except ValueError:
                if "sourceMappingURL" in matchobj["matched"]:
                    return matchobj["matched"]
                raise

        return converter
