"""Documents made by the site itself (demo files, copies of letters), not uploaded in the admin."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model


def save_document(data, filename, **fields):
    """A new document of `data` (bytes) under `filename`, saved with its size and hash.

    Wagtail records a document's size and hash in its upload form and views, through
    `Document._set_document_file_metadata()`; there is no public method that sets both
    before the first save (`get_file_size()`/`get_file_hash()` save again each). This is
    the only place the project calls it: check it here when upgrading Wagtail.
    """
    document = get_document_model()(**fields)
    document.file = ContentFile(data, name=filename)
    document._set_document_file_metadata()
    document.save()
    return document
