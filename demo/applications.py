"""Demo application forms: "Join the Alliance" and "Cooperate as NGO".

The home page's calls to action lead to the pages at /join/ and /cooperate/. This
part of the demo is built before the frame's pages and puts the application forms
at those addresses, so the frame's demo finds them there and links its calls to action
to them rather than making plain pages. Their French words (and the Romani words of
"Join the Alliance") are prepared here as wagtail-localize string translations; the
frame's demo makes those pages when it translates them, and they come out complete.
"""

from django.contrib.auth.models import Group, Permission
from wagtail_localize.models import StringTranslation, TranslationSource
from wagtail_localize.strings import StringValue

from applications.models import FormField, FormPage, FormPurpose
from demo import applications_texts as texts
from demo.site import ensure_home_page

REVIEWERS_GROUP = "Application reviewers"


def segment(text):
    """How wagtail-localize stores a plain text (line breaks become <br>)."""
    return StringValue.from_plaintext(text).data


def form_page(data, fields, purpose):
    page = FormPage(
        title=data["title"],
        slug=data["slug"],
        introduction=f"<p>{data['introduction']}</p>",
        thank_you_text=f"<p>{data['thank_you_text']}</p>",
        submit_label=data["submit_label"],
        purpose=purpose,
    )
    # The order is given explicitly: rows without a sort order come back in any order on
    # PostgreSQL once they have been updated.
    page.form_fields = [
        FormField(
            sort_order=position,
            label=label,
            # A short name for the consent statement rather than one made of its words.
            clean_name="consent" if kind == "consent" else "",
            field_type=kind,
            role=role,
            required=required,
            help_text=help_text,
            choices=choices,
        )
        for position, (label, kind, role, required, help_text, choices) in enumerate(fields)
    ]
    return page


def prepare_translation(builder, page, language_code, strings):
    """Store translations of the page's texts, ready for when it is translated."""
    if language_code not in builder.locales or page.has_translation(builder.locales[language_code]):
        return
    strings = {segment(source): segment(translation) for source, translation in strings.items()}
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for string_segment in source.stringsegment_set.select_related("string", "context"):
        text = strings.get(string_segment.string.data)
        if text is not None:
            StringTranslation.objects.update_or_create(
                translation_of=string_segment.string,
                locale=builder.locales[language_code],
                context=string_segment.context,
                defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )


def ensure_form(builder, home, data, fields, purpose, translations):
    page = builder.child_page(home, form_page(data, fields, purpose))
    if not isinstance(page, FormPage):
        builder.log(f"/{data['slug']}/ is a {type(page).__name__}: run load_demo_content --refresh for the form.")
        return None
    for language_code, strings in translations.items():
        prepare_translation(builder, page, language_code, strings)
    return page


def ensure_reviewers_group():
    """A group for the Alliance Taskforce: reviews applications in the admin."""
    group, _created = Group.objects.get_or_create(name=REVIEWERS_GROUP)
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    review = Permission.objects.filter(
        content_type__app_label="applications",
        codename__in=["view_applicationsubmission", "change_applicationsubmission"],
    )
    group.permissions.add(admin_access, *review)
    return group


def load(builder):
    builder.ensure_locales()
    home, _site = ensure_home_page(builder)
    ensure_form(
        builder, home, texts.JOIN, texts.JOIN_FIELDS, FormPurpose.JOIN, {"fr": texts.JOIN_FR, "rom": texts.JOIN_ROM}
    )
    ensure_form(
        builder, home, texts.COOPERATE, texts.COOPERATE_FIELDS, FormPurpose.COOPERATE, {"fr": texts.COOPERATE_FR}
    )
    ensure_reviewers_group()
