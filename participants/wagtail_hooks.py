import django_filters
from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet

from core.admin_listings import OwnPagesListingViewSet
from participants.models import ParticipantKind, ParticipantPage, ParticipantStatus


class CountryFilter(django_filters.ChoiceFilter):
    """Countries that have participants, by name in the editor's language."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", self.country_choices)
        super().__init__(*args, **kwargs)

    @staticmethod
    def country_choices():
        from core.i18n.collation import collation_key
        from core.i18n.countries import country_name

        codes = ParticipantPage.objects.order_by().values_list("country", flat=True).distinct()
        return sorted(((code, country_name(code)) for code in codes), key=lambda choice: collation_key(choice[1]))


class ParticipantFilterSet(PageListingViewSet.filterset_class):
    country = CountryFilter(label=_("Country"))
    kind = django_filters.ChoiceFilter(label=_("Kind of authority"), choices=ParticipantKind.choices)
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ParticipantStatus.choices, empty_label=_("Active and withdrawn")
    )

    class Meta:
        model = ParticipantPage
        fields = []


class CountryColumn(Column):
    def get_value(self, instance):
        return instance.country_name


class ParticipantListingViewSet(OwnPagesListingViewSet):
    """Participants in one flat list with their numbers, filterable by country, kind
    and status (the page explorer shows them one directory at a time)."""

    model = ParticipantPage
    icon = "group"
    menu_label = _("Participants")
    menu_order = 150
    add_to_admin_menu = True
    filterset_class = ParticipantFilterSet
    columns = [
        *PageListingViewSet.columns[:2],
        Column("accession_number", label=_("No."), sort_key="accession_number", width="8%"),
        CountryColumn("country", label=_("Country"), sort_key="country", width="14%"),
        Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind", width="14%"),
        Column("status_label", label=_("Membership"), accessor="get_status_display", sort_key="status", width="10%"),
        *PageListingViewSet.columns[2:],
    ]


@hooks.register("register_admin_viewset")
def register_participant_listing():
    return ParticipantListingViewSet("participants")


@hooks.register("register_permissions")
def register_accession_number_permission():
    # Shown in Settings > Groups, so administrators can let others import numbers.
    return Permission.objects.filter(content_type__app_label="participants", codename="change_accession_number")
