from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import JsonResponse
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock
from core.i18n.countries import MemberStates, country_name
from core.i18n.ordinals import ordinal
from core.models import BasePage
from core.related import related_items
from core.render_cache import PREPARATION, RenderPreparation, lazy_value
from participants.forms import ParticipantPageForm
from participants.letters import file_letters

from .register import is_source_language_version, register_participant, registered_number

# Saving any of these may change whether the page's letter is public.
LETTER_FIELDS = {"letter_of_accession", "show_letter_of_accession", "live"}


def map_settings():
    """Where the maps' tiles come from, and their credit line."""
    return {"tile_url": settings.MAP_TILE_URL, "tile_attribution": settings.MAP_TILE_ATTRIBUTION}


class ParticipantKind(models.TextChoices):
    CITY = "city", _("City or municipality")
    REGION = "region", _("Region or province")
    OTHER = "other", _("Other local or regional authority")


class ParticipantStatus(models.TextChoices):
    ACTIVE = "active", pgettext_lazy("participant status", "Active")
    WITHDRAWN = "withdrawn", pgettext_lazy("participant status", "Withdrawn")


class ParticipantIndexPage(RoutablePageMixin, BasePage):
    """The directory of participants: counter, filters, map, list or numbered table.

    One per language, below the home page; every participant page goes below it. The
    directory also publishes its data as CSV and JSON (…/csv/ and …/json/).
    """

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A few words shown above the counter and the filters.")
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("more content"),
        help_text=_("Shown below the directory: how to join, who to write to."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["participants.ParticipantPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("participant directory")

    def get_directory(self, request):
        from participants.directory import Directory

        return Directory.for_request(request)

    @path("", name="directory")
    def directory_view(self, request):
        # Read when a region of the page renders (core.render_cache).
        directory = lazy_value(lambda: self.get_directory(request))
        return self.render(request, context_overrides={"directory": directory, "map_settings": map_settings()})

    @path("csv/", name="data_csv")
    def data_csv_view(self, request):
        from participants.opendata import csv_response

        return csv_response(self, request, self.get_directory(request))

    @path("json/", name="data_json")
    def data_json_view(self, request):
        from participants.opendata import json_response

        return json_response(self, request, self.get_directory(request))

    @path("map/", name="map_markers")
    def map_markers_view(self, request):
        """The map's markers for the visitor's filters, every page of results in one list.

        Fetched by the map's script, so that the directory page itself does not grow
        with the register (it lists one page of results).
        """
        return JsonResponse(self.get_directory(request).map_markers(), safe=False)


class ParticipantPage(BasePage):
    """A participant: a city, region or other authority that joined the Alliance.

    Editors fill in the facts once, in English; translators translate the name and the
    text, while the facts (country, kind, dates, number, location, pictures) stay the
    same in every language. The accession number is given automatically when the page is
    first published; only administrators can change it.
    """

    official_name = models.CharField(
        _("official name"),
        max_length=255,
        help_text=_("The authority's name as it writes it itself, e.g. Ville de Paris, Grad Kragujevac."),
    )
    official_name_language = models.CharField(
        _("language of the official name"),
        max_length=12,
        blank=True,
        help_text=_("Its language code, e.g. fr, sr, es, so screen readers pronounce it right."),
    )
    kind = models.CharField(_("kind of authority"), max_length=16, choices=ParticipantKind.choices)
    country = CountryField(_("country"), countries=MemberStates)
    accession_date = models.DateField(
        _("date of accession"), help_text=_("The date of the letter of accession, or of the ceremony.")
    )
    accession_number = models.PositiveIntegerField(
        _("accession number"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "Given automatically, once, when the participant is first published, and the same in every "
            "language. Only administrators can change it, for instance to import a historical register."
        ),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=ParticipantStatus.choices, default=ParticipantStatus.ACTIVE
    )
    withdrawal_date = models.DateField(
        _("date of withdrawal"), null=True, blank=True, help_text=_("Only for a participant that has withdrawn.")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("In decimal degrees, e.g. 48.8566 for Paris. Needed to show the participant on the map."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("In decimal degrees, e.g. 2.3522 for Paris."),
    )
    website = models.URLField(_("website"), blank=True)
    emblem = models.ForeignKey(
        "core.SiteImage",
        verbose_name=_("emblem"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A coat of arms or logo, with its alt text and credit."),
    )
    letter_of_accession = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("letter of accession"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Kept in the document library's staff-only collection “Letters of accession (staff only)”: "
            "visitors cannot open it, even with its address, until you choose to show it below."
        ),
    )
    show_letter_of_accession = models.BooleanField(
        _("show the letter of accession on the public page"),
        default=False,
        help_text=_(
            "Off: the page does not mention the letter, and only staff can open it. On: once the page is "
            "published, the page links the letter and anyone can open it (it moves to the collection "
            "“Letters of accession (public)”). Chosen on the English page, for every language."
        ),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        FieldPanel("title", heading=_("Name"), help_text=_("The participant's name in this language, e.g. Paris.")),
        FieldRowPanel([FieldPanel("official_name"), FieldPanel("official_name_language")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("country")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("accession_date"), FieldPanel("accession_number")]),
                FieldRowPanel([FieldPanel("status"), FieldPanel("withdrawal_date")]),
                FieldPanel("letter_of_accession"),
                FieldPanel("show_letter_of_accession"),
            ],
            heading=_("Membership"),
        ),
        MultiFieldPanel([FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])], heading=_("Location")),
        FieldPanel("website"),
        FieldPanel("emblem"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("official_name"),
        index.SearchField("body"),
        index.FilterField("country"),
        index.FilterField("kind"),
        index.FilterField("status"),
    ]
    # Facts are the same in every language; translators translate the name and the text.
    # (overridable=False: a translator cannot give a translation other facts).
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "official_name",
            "official_name_language",
            "kind",
            "country",
            "accession_date",
            "accession_number",
            "status",
            "withdrawal_date",
            "latitude",
            "longitude",
            "show_letter_of_accession",
        )
    ]
    base_form_class = ParticipantPageForm
    # A copy is a new participant: it gets its own number when it is published.
    exclude_fields_in_copy = ["accession_number"]

    parent_page_types = ["participants.ParticipantIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def clean(self):
        super().clean()
        errors = {}
        if (self.latitude is None) != (self.longitude is None):
            message = _("Give both the latitude and the longitude, or neither.")
            errors["latitude" if self.latitude is None else "longitude"] = message
        if self.status == ParticipantStatus.ACTIVE and self.withdrawal_date:
            errors["withdrawal_date"] = _("An active participant has no date of withdrawal.")
        if self.withdrawal_date and self.accession_date and self.withdrawal_date < self.accession_date:
            errors["withdrawal_date"] = _("The withdrawal cannot come before the accession.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        files_letter = update_fields is None or bool(LETTER_FIELDS & set(update_fields))
        if files_letter:
            # The choice to show the letter is made on the source-language page; a
            # translation saved with an older copy of it cannot override it.
            source_choice = self.source_letter_choice()
            if source_choice is not None:
                self.show_letter_of_accession = source_choice
            letters = {self.letter_of_accession_id, *self.stored_letter_ids()}
        # The register is the authority: whatever a revision or a translation sync
        # carries, every language version shows the registered number. A participant
        # that goes live for the first time (publication, in any language, or a script
        # creating a live page) is registered: with the number it carries when that one
        # is free (an imported historical number), else with the next one.
        number = registered_number(self.translation_key)
        if number is None and self.live:
            number = register_participant(self, self.accession_number)
        if number is not None:
            self.accession_number = number
        result = super().save(*args, **kwargs)
        if files_letter:
            if is_source_language_version(self):
                translations = ParticipantPage.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk)
                translations.exclude(show_letter_of_accession=self.show_letter_of_accession).update(
                    show_letter_of_accession=self.show_letter_of_accession
                )
                letters.update(translations.values_list("letter_of_accession_id", flat=True))
            file_letters(letters)
        return result

    def source_letter_choice(self):
        """The source-language page's choice to show the letter, when this is a translation of it."""
        if self.locale_id is None or self.locale.language_code == settings.LANGUAGE_CODE:
            return None
        return (
            ParticipantPage.objects.filter(
                translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
            )
            .exclude(pk=self.pk)
            .values_list("show_letter_of_accession", flat=True)
            .first()
        )

    def stored_letter_ids(self):
        """The letter this page had before this save (it may have to go back to private)."""
        if self.pk is None:
            return []
        return list(ParticipantPage.objects.filter(pk=self.pk).values_list("letter_of_accession_id", flat=True))

    @property
    def shows_letter_of_accession(self):
        return bool(self.show_letter_of_accession and self.letter_of_accession_id)

    def with_content_json(self, content):
        # Revisions never change the number: publishing or reverting to an old
        # revision keeps the registered one.
        page = super().with_content_json(content)
        page.accession_number = self.accession_number
        return page

    def register(self, wanted_number=None, change=False):
        return register_participant(self, wanted_number, change)

    @property
    def is_active(self):
        return self.status == ParticipantStatus.ACTIVE

    @property
    def country_name(self):
        return country_name(self.country.code if self.country else "")

    @property
    def ordinal_phrase(self):
        """ "The Alliance's 122nd participant" in the active language."""
        if not self.accession_number:
            return ""
        return gettext("The Alliance's %(ordinal)s participant") % {"ordinal": ordinal(self.accession_number)}

    def get_related_items(self, request=None):
        """News and events about this participant (core.LatestItem), newest first.

        The news and events apps register what links here in `core.related`: this app
        never imports them.
        """
        return related_items(self, request)

    def load_emblem_and_letter(self):
        """Read the emblem and the shown letter in one query rather than one each.

        Only when both are to be shown and neither is loaded yet, and only if the stored
        page still has the same ones (a preview may show others, which are then read
        one by one as before).
        """
        wanted = [
            name
            for name, shown in (("emblem", self.emblem_id), ("letter_of_accession", self.shows_letter_of_accession))
            if shown and not self._meta.get_field(name).is_cached(self)
        ]
        if len(wanted) < 2 or self.pk is None:
            return
        stored = (
            ParticipantPage.objects.filter(
                pk=self.pk, emblem_id=self.emblem_id, letter_of_accession_id=self.letter_of_accession_id
            )
            .select_related(*wanted)
            .only(*wanted)
            .order_by("pk")
            .first()
        )
        if stored is not None:
            self.emblem = stored.emblem
            self.letter_of_accession = stored.letter_of_accession

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read when a region of the page renders, not when all of them come from the
        # render cache (core.render_cache).
        context[PREPARATION] = RenderPreparation(self.load_emblem_and_letter)
        context["related_items"] = lazy_value(lambda: self.get_related_items(request))
        context["directory"] = lazy_value(self.get_parent)
        context["website_host"] = urlsplit(self.website).hostname if self.website else ""
        marker = self.place_marker
        if marker is not None:
            context.update(place_marker=marker, place_marker_list=[marker], map_settings=map_settings())
        return context

    @property
    def place_marker(self):
        """The participant's place for its small map, or None without a location."""
        if self.latitude is None or self.longitude is None:
            return None
        return {
            "name": self.title,
            "country": self.country_name,
            "latitude": float(self.latitude),
            "longitude": float(self.longitude),
        }
