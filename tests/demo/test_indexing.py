"""Building many pages at once: each object is indexed once, at the end, by Wagtail's own
search index and reference index, on the test's real search backend."""

import pytest
from wagtail.models import Page, ReferenceIndex

from core.models import StandardPage
from demo.indexing import indexed_once_at_the_end

pytestmark = pytest.mark.django_db

WORD = "quokkaflorin"


def found(word):
    return list(Page.objects.live().search(word))


def page_linking_to(target, slug):
    return StandardPage(
        title=f"Notes on {WORD}",
        slug=slug,
        introduction=f"The {WORD} programme.",
        body=[("paragraph", f'<p>See <a linktype="page" id="{target.pk}">the page</a>.</p>')],
        live=True,
    )


def test_saves_are_indexed_at_the_end_and_not_before(english_home, about_page):
    with indexed_once_at_the_end():
        page = english_home.add_child(instance=page_linking_to(about_page, "indexing-notes"))
        page.save_revision().publish()
        page.introduction = f"The {WORD} programme, revised."
        page.save()
        assert found(WORD) == []
        assert not ReferenceIndex.get_references_for_object(page).exists()

    assert [hit.pk for hit in found(WORD)] == [page.pk]
    references = ReferenceIndex.get_references_for_object(page)
    assert {(reference.to_content_type.model_class(), reference.to_object_id) for reference in references} >= {
        (Page, str(about_page.pk))
    }


def test_a_page_saved_and_deleted_in_the_block_is_left_out(english_home, about_page):
    with indexed_once_at_the_end():
        page = english_home.add_child(instance=page_linking_to(about_page, "short-lived"))
        page.delete()

    assert found(WORD) == []


def test_an_object_saved_several_times_is_indexed_once(english_home, about_page, monkeypatch):
    from demo import indexing

    handed_over = []
    index_saved_objects = indexing.index_saved_objects

    def recording(saved, receivers):
        handed_over.extend(saved)
        return index_saved_objects(saved, receivers)

    monkeypatch.setattr(indexing, "index_saved_objects", recording)
    with indexed_once_at_the_end():
        page = english_home.add_child(instance=page_linking_to(about_page, "counted"))
        for _ in range(3):
            page.save()

    assert [key for key in handed_over if key[1] == page.pk] == [(StandardPage, page.pk)]
    assert [hit.pk for hit in found(WORD)] == [page.pk]


def test_saves_after_the_block_are_indexed_at_once_again(english_home, about_page):
    with indexed_once_at_the_end():
        pass

    page = english_home.add_child(instance=page_linking_to(about_page, "after-the-block"))

    assert [hit.pk for hit in found(WORD)] == [page.pk]
    assert ReferenceIndex.get_references_for_object(page).exists()
