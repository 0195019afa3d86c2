"""N times the demo's news, events and participants, to see how the site behaves as it grows.

`manage.py generate_content --scale N` adds copies 2 to N of every news post, event and
participant of the demo, so that every language then holds N times as many of each as
the demo alone. Each copy is made from the demo's own data, as the demo makes its item:
the same words with the copy's number after the title (" (2)") and the slug ("-2"),
translated through wagtail-localize into the languages the demo translates that item
into, with the demo's translated words, and shown as an alias in every other language
(wagtail-localize's synchronisation of the trees, as at the end of `load_demo_content`).

What makes a copy differ from its original:
- participants join after every participant already registered, one after the other up
  to today, so their accession numbers follow the order of joining; they keep the
  original's country and lie a few kilometres from it (each copy in another direction);
- events of the past are copied one week earlier per copy, coming events one week later,
  so the calendar's months and the upcoming list grow too;
- news posts are copied one week earlier per copy.

Copies are published without a revision (the demo's pages have one because they are
built the way an editor would; a copy is never edited as a draft, and Wagtail starts its
history at the first edit). Translations are made by wagtail-localize, which keeps their
revisions, as for the demo.

The copies already there (found by slug) are left as they are: the command only adds
what is missing to reach N.
"""

import datetime
import math
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Max
from django.utils import timezone
from wagtail.models import Locale

from core.models import HomePage
from demo import news_texts
from demo.aliases import alias_everywhere
from demo.events import demo_events, event_page, event_translations
from demo.news import build_post, ensure_topics, find_cta_pages, post_translations
from demo.participants import participant_page, participant_translations, translate_participant
from demo.participants_data import PARTICIPANTS
from events.models import EventIndexPage, EventPage
from news.models import NewsIndexPage, NewsPage
from participants.models import ParticipantIndexPage, ParticipantPage

KINDS = ("participants", "events", "news posts")
# What separate processes may copy side by side (`generate_content --jobs 2`): each group
# writes below pages of its own (the directories; the calendars and news indexes) and
# links only to the demo's own pages, never to another group's copies.
PARALLEL_GROUPS = (("participants",), ("events", "news posts"))


def numbered(text, copy):
    return f"{text} ({copy})"


def numbered_slug(slug, copy):
    return f"{slug}-{copy}"


def numbered_strings(strings, title, slug, copy):
    """A translation's strings for a copy: its title and slug numbered like the English ones."""
    copied = dict(strings)
    copied[numbered(title, copy)] = numbered(strings.get(title, title), copy)
    copied[numbered_slug(slug, copy)] = numbered_slug(strings.get(slug, slug), copy)
    return copied


def nearby(latitude, longitude, copy):
    """A point a few kilometres from (latitude, longitude), in another direction for each copy.

    The golden angle between two copies spreads them around the original rather than on
    a line; the distance grows with the square root of the copy's number, so copies keep
    to about the same density around the place however many there are.
    """
    angle = copy * math.pi * (3 - math.sqrt(5))
    radius = 0.02 * math.sqrt(copy)
    copied_latitude = min(90.0, max(-90.0, latitude + radius * math.cos(angle)))
    copied_longitude = (longitude + radius * math.sin(angle) + 180) % 360 - 180
    return round(copied_latitude, 6), round(copied_longitude, 6)


def joining_dates(after, until, count):
    """`count` dates from `after` to `until`, evenly spread and never going back."""
    days = max(0, (until - after).days)
    return [after + datetime.timedelta(days=days * position // (count + 1)) for position in range(1, count + 1)]


@dataclass
class Generated:
    """What one run added, by kind, and the scale the site was at before."""

    added: dict = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    scale_before: int = 1

    @property
    def total(self):
        return sum(self.added.values())


class ScaledDemo:
    """Copies of the demo's items, made with a `DemoBuilder` (its locales and translation)."""

    def __init__(self, builder, today=None):
        self.builder = builder
        self.today = today or timezone.localdate()
        self.english = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
        self.made = []  # the English copies made, in order

    # --- What is there --------------------------------------------------------------

    def has_demo(self):
        """True when the demo's directory, calendar and news are there to copy into."""
        return self.english is not None and all(
            model.objects.filter(locale=self.english).exists()
            for model in (ParticipantIndexPage, EventIndexPage, NewsIndexPage)
        )

    def originals(self, model, slugs):
        found = {page.slug: page for page in model.objects.filter(locale=self.english, slug__in=slugs)}
        for slug in slugs:
            if slug not in found:
                self.builder.log(f"No {model._meta.verbose_name} {slug!r} in the demo: it is not copied.")
        return found

    def slugs_below(self, index):
        return set(index.get_children().values_list("slug", flat=True))

    def demo_slugs(self):
        return {
            "participants": [row[0] for row in PARTICIPANTS],
            "events": [data["page"]["slug"] for data in demo_events(self.today)],
            "news posts": [data["slug"] for data in news_texts.POSTS],
        }

    def current_scale(self):
        """The highest copy number any demo item has (1: the demo alone)."""
        models = {"participants": ParticipantPage, "events": EventPage, "news posts": NewsPage}
        highest = 1
        for kind, slugs in self.demo_slugs().items():
            originals = set(slugs)
            for slug in models[kind].objects.filter(locale=self.english).values_list("slug", flat=True):
                original, _dash, copy = slug.rpartition("-")
                if original in originals and copy.isdigit():
                    highest = max(highest, int(copy))
        return highest

    # --- Making the copies ----------------------------------------------------------

    def publish_without_revision(self, parent, page):
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = timezone.now()
        parent.add_child(instance=page)
        self.made.append(page)
        return page

    def generate(self, scale, kinds=KINDS):
        """Add what is missing for every language to hold `scale` times the demo's items
        of these kinds."""
        self.builder.ensure_locales()
        result = Generated(scale_before=self.current_scale())
        copies = range(2, scale + 1)
        copiers = {"participants": self.copy_participants, "events": self.copy_events, "news posts": self.copy_news}
        for kind in KINDS:
            if kind in kinds:
                result.added[kind] = copiers[kind](copies)
        # Every language without a translation of a copy shows it through an alias.
        alias_everywhere(self.made, self.english)
        return result

    def copy_participants(self, copies):
        index = ParticipantIndexPage.objects.get(locale=self.english)
        originals = self.originals(ParticipantPage, [row[0] for row in PARTICIPANTS])
        taken = self.slugs_below(index)
        wanted = [
            (copy, row)
            for copy in copies
            for row in PARTICIPANTS
            if row[0] in originals and numbered_slug(row[0], copy) not in taken
        ]
        latest = ParticipantPage.objects.filter(locale=self.english).aggregate(latest=Max("accession_date"))["latest"]
        dates = joining_dates(latest or self.today, self.today, len(wanted))
        for (copy, row), joined in zip(wanted, dates, strict=True):
            original = originals[row[0]]
            latitude, longitude = nearby(row[9], row[10], copy)
            # slug, names, official name and its language, kind, country, date, no number
            # (the register gives the next one when the page goes live), place, website, colours.
            copied_row = (
                numbered_slug(row[0], copy),
                numbered(row[1], copy),
                numbered(row[2], copy),
                *row[3:7],
                joined,
                None,
                latitude,
                longitude,
                *row[11:],
            )
            page = self.publish_without_revision(index, participant_page(copied_row, original.emblem))
            for language_code, name in participant_translations(row).items():
                translate_participant(self.builder, page, copied_row, language_code, numbered(name, copy))
            self.builder.log(f"Registered participant No. {page.accession_number}: {page.title}")
        return len(wanted)

    def copy_events(self, copies):
        index = EventIndexPage.objects.get(locale=self.english)
        events = demo_events(self.today)
        originals = self.originals(EventPage, [data["page"]["slug"] for data in events])
        taken = self.slugs_below(index)
        added = 0
        for copy in copies:
            for data in events:
                fields = data["page"]
                if fields["slug"] not in originals or numbered_slug(fields["slug"], copy) in taken:
                    continue
                # Past events earlier, coming ones later: copies stay on their side of today.
                shift = datetime.timedelta(weeks=copy - 1) * (-1 if fields["start_date"] < self.today else 1)
                copied_fields = {
                    **fields,
                    "title": numbered(fields["title"], copy),
                    "slug": numbered_slug(fields["slug"], copy),
                    "start_date": fields["start_date"] + shift,
                }
                if fields.get("end_date"):
                    copied_fields["end_date"] = fields["end_date"] + shift
                page = self.publish_without_revision(index, event_page(self.builder, {**data, "page": copied_fields}))
                self.builder.translate_all(
                    page,
                    {
                        code: numbered_strings(strings, fields["title"], fields["slug"], copy)
                        for code, strings in event_translations(data).items()
                    },
                )
                added += 1
        return added

    def copy_news(self, copies):
        home = HomePage.objects.get(locale=self.english)
        index = NewsIndexPage.objects.get(locale=self.english)
        originals = self.originals(NewsPage, [data["slug"] for data in news_texts.POSTS])
        taken = self.slugs_below(index)
        wanted = [
            (copy, data)
            for copy in copies
            for data in news_texts.POSTS
            if data["slug"] in originals and numbered_slug(data["slug"], copy) not in taken
        ]
        if not wanted:
            return 0
        topics = ensure_topics(self.builder)
        pictures = {key: self.builder.picture(**picture) for key, picture in news_texts.PICTURES.items()}
        cta_pages = find_cta_pages(self.builder, home)
        for copy, data in wanted:
            date = datetime.date.fromisoformat(data["date"]) - datetime.timedelta(weeks=copy - 1)
            copied = {
                **data,
                "title": numbered(data["title"], copy),
                "slug": numbered_slug(data["slug"], copy),
                "date": date.isoformat(),
            }
            page = self.publish_without_revision(index, build_post(self.builder, copied, topics, pictures, cta_pages))
            self.builder.translate_all(
                page,
                {
                    code: numbered_strings(strings, data["title"], data["slug"], copy)
                    for code, strings in post_translations(data).items()
                },
            )
        return len(wanted)
