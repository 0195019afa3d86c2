"""Pictures and documents for the demo participants, drawn by code.

Emblems are plain shields with the participant's initials, never real coats of arms;
letters of accession are one-page PDFs that say they are demo documents.
"""

import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.translation import gettext_noop
from PIL import Image, ImageDraw, ImageFont
from wagtail.documents import get_document_model

from core.collections import root_collection
from core.models import SiteImage
from demo.pdf import simple_pdf

EMBLEM_SIZE = 480
DRAWN_FOR_THE_DEMO = gettext_noop("Drawn for the demo site")


def initials(name):
    words = [word for word in name.replace("-", " ").split() if word[:1].isupper()]
    return "".join(word[0] for word in words[:2]) or name[:1].upper()


def draw_shield(name, colours):
    field, charge = colours
    canvas = Image.new("RGBA", (EMBLEM_SIZE, EMBLEM_SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(canvas)
    margin = 40
    top, bottom = margin, EMBLEM_SIZE - margin
    left, right = margin + 20, EMBLEM_SIZE - margin - 20
    middle = EMBLEM_SIZE // 2
    outline = [
        (left, top),
        (right, top),
        (right, middle),
        (middle, bottom),
        (left, middle),
    ]
    draw.polygon(outline, fill=field, outline="#1b1b1f", width=10)
    draw.rectangle([left + 5, top + 5, right - 5, top + 70], fill=charge)
    font = ImageFont.load_default(size=150)
    text = initials(name)
    box = draw.textbbox((0, 0), text, font=font)
    position = (middle - (box[2] - box[0]) / 2 - box[0], middle - (box[3] - box[1]) / 2 - box[1] + 10)
    draw.text(position, text, font=font, fill=charge, stroke_width=6, stroke_fill="#1b1b1f")
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    return buffer


def emblem(name, colours):
    """A shield with initials, created once per participant."""
    title = f"Emblem of {name} (demo)"
    existing = SiteImage.objects.filter(title=title).first()
    if existing is not None:
        return existing
    root_collection()
    slug = "".join(ch if ch.isalnum() else "-" for ch in name.lower())
    image = SiteImage(
        title=title,
        # In the catalogues: the participant page shows it in the visitor's language.
        credit=DRAWN_FOR_THE_DEMO,
        description=f"Emblem of {name}: a shield with the letters {initials(name)}",
    )
    image.file = ImageFile(draw_shield(name, colours), name=f"emblem-{slug}.png")
    image.save()
    return image


def letter_of_accession(name, accession_date):
    """A one-page PDF standing in for the letter of accession."""
    Document = get_document_model()
    title = f"Letter of accession of {name} (demo)"
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    data = simple_pdf(
        "Letter of accession",
        [
            f"{name} joins the European Alliance of Cities and Regions for Roma Inclusion.",
            f"Date: {accession_date.isoformat()}",
            "This is a demo document drawn for the demo site.",
        ],
        "en",
    )
    slug = "".join(ch if ch.isalnum() else "-" for ch in name.lower())
    document = Document(title=title, collection=root_collection(), file_size=len(data))
    document.file.save(f"letter-of-accession-{slug}.pdf", ContentFile(data), save=False)
    document.save()
    return document
