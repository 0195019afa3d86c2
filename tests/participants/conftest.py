"""Fixtures of the participants' tests: directory pages and a participant factory."""

import datetime
from decimal import Decimal
from itertools import count

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from participants.models import ParticipantIndexPage, ParticipantPage

_slugs = count(1)


@pytest.fixture
def english_directory(db):
    return ParticipantIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def french_directory(db):
    return ParticipantIndexPage.objects.get(locale__language_code="fr")


@pytest.fixture
def make_participant(english_directory):
    """Create (and by default publish) an English participant page."""

    def make(
        title="Testville",
        *,
        country="FR",
        kind="city",
        accession_date=datetime.date(2015, 1, 1),
        publish=True,
        parent=None,
        **fields,
    ):
        page = ParticipantPage(
            title=title,
            slug=f"test-participant-{next(_slugs)}",
            official_name=fields.pop("official_name", f"Official {title}"),
            country=country,
            kind=kind,
            accession_date=accession_date,
            latitude=fields.pop("latitude", Decimal("45.5")),
            longitude=fields.pop("longitude", Decimal("10.25")),
            live=publish,
            **fields,
        )
        (parent or english_directory).add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
            page.refresh_from_db()
        return page

    return make


COUNTRIES = ["FR", "RS", "IT", "ES", "RO", "BG", "HU", "SK", "CZ", "DE", "AT", "PL"]


@pytest.fixture
def add_participants(db):
    """Add `how_many` live participants below `directory`, numbered from `start`."""

    def add(directory, how_many, start=0):
        for number in range(start, start + how_many):
            directory.add_child(
                instance=ParticipantPage(
                    title=f"Participant {number:03d}",
                    slug=f"participant-{number:03d}",
                    official_name=f"Municipality {number:03d}",
                    kind="region" if number % 5 == 0 else "city",
                    country=COUNTRIES[number % len(COUNTRIES)],
                    accession_date=datetime.date(2013 + number % 10, 1 + number % 12, 1),
                    latitude=Decimal("40") + Decimal(number % 90) / 10,
                    longitude=Decimal("10") + Decimal(number % 70) / 10,
                    live=True,
                )
            )

    return add


@pytest.fixture
def administrator(db):
    return get_user_model().objects.create_superuser("registrar", "registrar@example.org", "password")


@pytest.fixture
def editor(db):
    """A member of Wagtail's Moderators group: may edit and publish every page, is no administrator."""
    user = get_user_model().objects.create_user("editor", "editor@example.org", "password")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def text_of(response):
    return response.content.decode()
