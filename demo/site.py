"""Demo content of the site frame: locales, home pages, standard pages, settings, the
brochure in twelve languages, the translation workflow and the fallback aliases."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree

from core.models import FooterText, HomePage, PublicationPage, SiteSettings, StandardPage
from core.site_name import catalog_site_name
from demo import brochure, texts
from demo.pdf import simple_pdf
from localization.workflows import setup_translation_workflow

CONTACT_EMAIL = "alliance@coe.int"


def rich(text):
    return f"<p>{text}</p>"


def body_blocks(items):
    return [(kind, rich(value) if kind == "paragraph" else {"text": value, "level": "h2"}) for kind, value in items]


def standard_page(data):
    return StandardPage(
        title=data["title"],
        slug=data["slug"],
        introduction=data["introduction"],
        body=body_blocks(data["body"]),
        show_in_menus=data.get("show_in_menus", False),
    )


def ensure_home_page(builder):
    """The English home page, made the root of the default site."""
    home = HomePage.objects.filter(locale=builder.locales[settings.LANGUAGE_CODE]).first()
    if home is None:
        # Wagtail's first migration leaves a plain "Welcome" page (and a site pointing at
        # it) in the place of the home page; it holds nothing.
        for placeholder in Page.objects.filter(depth=2, content_type=ContentType.objects.get_for_model(Page)):
            placeholder.delete()
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
        home = HomePage(
            title=texts.HOME_TITLE,
            slug="home",
            introduction=rich(texts.HOME_INTRODUCTION),
            latest_heading=texts.LATEST_HEADING,
            locale=builder.locales[settings.LANGUAGE_CODE],
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        builder.log("Created the English home page")

    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = address.hostname or "localhost"
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.site_name = settings.WAGTAIL_SITE_NAME
    site.root_page = home
    site.save()
    return home, site


def load(builder):
    builder.ensure_locales()
    home, site = ensure_home_page(builder)

    about = builder.child_page(home, standard_page({**texts.ABOUT, "show_in_menus": True}))
    join = builder.child_page(home, standard_page(texts.JOIN))
    cooperate = builder.child_page(home, standard_page(texts.COOPERATE))

    if not home.calls_to_action:
        home.calls_to_action = [
            (
                "call_to_action",
                {
                    "heading": texts.JOIN_HEADING,
                    "text": texts.JOIN_TEXT,
                    "page": join,
                    "url": "",
                    "link_label": texts.JOIN_LABEL,
                },
            ),
            (
                "call_to_action",
                {
                    "heading": texts.COOPERATE_HEADING,
                    "text": texts.COOPERATE_TEXT,
                    "page": cooperate,
                    "url": "",
                    "link_label": texts.COOPERATE_LABEL,
                },
            ),
        ]
        home.save_revision().publish()

    # The home page in every language first: the other pages are placed below them.
    builder.translate_all(home, texts.HOME_TRANSLATIONS)
    builder.translate_all(about, texts.ABOUT_TRANSLATIONS)
    builder.translate_all(join, texts.JOIN_TRANSLATIONS)
    builder.translate_all(cooperate, texts.COOPERATE_TRANSLATIONS)

    english_name = catalog_site_name(settings.LANGUAGE_CODE)
    footer = FooterText.objects.filter(locale=builder.locales[settings.LANGUAGE_CODE]).first()
    if footer is None:
        footer = FooterText.objects.create(
            site_name=english_name,
            heading=texts.FOOTER_HEADING,
            body=rich(texts.FOOTER_BODY),
            locale=builder.locales[settings.LANGUAGE_CODE],
        )
        footer.save_revision().publish()
    elif not footer.site_name:  # made before the site texts held the name
        footer.site_name = english_name
        footer.save_revision().publish()
    # The name in each language is its translation in the site's catalog, so that the
    # demo and the catalogs agree (a fix in a catalog reaches the next demo built).
    builder.translate_all(
        footer,
        {
            code: {**strings, english_name: catalog_site_name(code)}
            for code, strings in texts.FOOTER_TRANSLATIONS.items()
        },
    )

    # Aliases first, so that each language's tree keeps the English order of its pages.
    sync_every_language_from_the_source(builder)
    load_brochure(builder, home)
    # Translators and approvers per language, and each language's approval workflow.
    setup_translation_workflow(log=builder.log)
    # Once every app's pages are in place: each language shows the English text (with a
    # notice) where a page is not translated into it yet.
    builder.at_end(sync_every_language_from_the_source)

    site_settings = SiteSettings.for_site(site)
    if not site_settings.contact_email:
        site_settings.contact_email = CONTACT_EMAIL
        site_settings.facebook_url = "https://www.facebook.com/"
        site_settings.twitter_url = "https://x.com/"
        site_settings.save()


def brochure_pdf(code):
    """(document title, file name, PDF bytes) of the brochure in one language."""
    name, subtitle, paragraphs = brochure.TEXTS[code]["pdf"]
    return f"{name} – {subtitle}", f"alliance-brochure-{code}.pdf", simple_pdf(name, [subtitle, *paragraphs], code)


def load_brochure(builder, home):
    """The Resources page and the information brochure, with its PDF in every language."""
    english = brochure.TEXTS[settings.LANGUAGE_CODE]
    title, slug, introduction = english["resources"]
    resources = builder.child_page(
        home, StandardPage(title=title, slug=slug, introduction=introduction, show_in_menus=True)
    )
    title, slug, introduction = english["brochure"]
    publication = builder.child_page(
        resources,
        PublicationPage(
            title=title,
            slug=slug,
            introduction=introduction,
            publication_date=brochure.PUBLICATION_DATE,
            document=builder.document(*brochure_pdf(settings.LANGUAGE_CODE)),
        ),
    )
    configured = {code for code, _name in settings.LANGUAGES}
    for code, language_texts in brochure.TEXTS.items():
        if code == settings.LANGUAGE_CODE or code not in configured:
            continue
        builder.translate(resources, code, dict(zip(english["resources"], language_texts["resources"], strict=True)))
        document = builder.document(*brochure_pdf(code))
        builder.translate(
            publication,
            code,
            dict(zip(english["brochure"], language_texts["brochure"], strict=True)),
            overrides={"document": document.pk},
        )


def sync_every_language_from_the_source(builder):
    """Every language keeps an alias of each English page it has no translation of."""
    source = builder.locales[settings.LANGUAGE_CODE]
    for locale in Locale.objects.exclude(pk=source.pk):
        if not LocaleSynchronization.objects.filter(locale=locale).exists():
            # Saved without signals: the trees are synchronised below, once, with one index.
            LocaleSynchronization.objects.bulk_create([LocaleSynchronization(locale=locale, sync_from=source)])
    index = PageIndex.from_database().sort_by_tree_position()
    for synchronization in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        synchronize_tree(synchronization.sync_from, synchronization.locale, page_index=index)
