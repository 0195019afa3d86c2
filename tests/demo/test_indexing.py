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


def test_the_pages_of_one_type_go_to_the_search_index_in_one_batch(english_home, about_page, monkeypatch):
    from wagtail.search.backends import get_search_backend

    backend_class = type(get_search_backend())
    batches = []
    add_bulk = backend_class.add_bulk

    def recording(self, model, objects):
        batches.append((model, sorted(instance.pk for instance in objects)))
        return add_bulk(self, model, objects)

    monkeypatch.setattr(backend_class, "add_bulk", recording)
    with indexed_once_at_the_end():
        pages = [english_home.add_child(instance=page_linking_to(about_page, f"batch-{number}")) for number in range(3)]

    assert batches == [(StandardPage, sorted(page.pk for page in pages))]
    assert sorted(hit.pk for hit in found(WORD)) == sorted(page.pk for page in pages)


def test_a_page_saved_through_its_base_page_is_indexed_as_its_own_type(english_home, about_page):
    page = english_home.add_child(instance=page_linking_to(about_page, "saved-as-a-page"))
    page.save_revision().publish()
    base = Page.objects.get(pk=page.pk)
    with indexed_once_at_the_end():
        base.title = "Notes on wallabyquill"
        base.save()

    # Read again as its own type: the new title is in the index, under the page's type.
    assert [hit.pk for hit in found("wallabyquill")] == [page.pk]
    assert [hit.pk for hit in StandardPage.objects.live().search("wallabyquill")] == [page.pk]
