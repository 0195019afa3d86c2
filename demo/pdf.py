"""The one small PDF writer of the project: one A4 page of text, no dependencies.

It writes the demo brochures and letters of accession, and the PDF files the tests upload.

PDF's standard Helvetica font with WinAnsi encoding covers Western European letters;
other letters (Cyrillic, ő, ș, č …) are written in their closest Latin form (anyascii),
which is good enough for a generated demonstration file.
"""

from anyascii import anyascii

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56


def _winansi(text):
    """Encode text for WinAnsiEncoding, transliterating what it cannot hold."""
    out = bytearray()
    for character in text:
        try:
            out += character.encode("cp1252")
        except UnicodeEncodeError:
            out += anyascii(character).encode("cp1252", errors="replace")
    return bytes(out)


def _escape(raw):
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(text, width):
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if len(candidate) > width and line:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def simple_pdf(title, paragraphs, language_code):
    """The bytes of a one-page PDF with a title and paragraphs of text."""
    commands = [b"BT", b"/F2 22 Tf", f"{MARGIN} {PAGE_HEIGHT - MARGIN - 22} Td".encode(), b"26 TL"]
    for line in _wrap(title, 42):
        commands.append(b"(" + _escape(_winansi(line)) + b") Tj T*")
    commands += [b"/F1 12 Tf", b"16 TL", b"T*"]
    for paragraph in paragraphs:
        for line in _wrap(paragraph, 86):
            commands.append(b"(" + _escape(_winansi(line)) + b") Tj T*")
        commands.append(b"T*")
    commands.append(b"ET")
    stream = b"\n".join(commands)

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (" + language_code.encode() + b") >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"
        ).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + _escape(_winansi(title)) + b") /Producer (Alliance demo content) >>",
    ]
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_at = len(output)
    output += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        output += f"{offset:010d} 00000 n \n".encode()
    output += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\nstartxref\n{xref_at}\n%%EOF\n"
    ).encode()
    return bytes(output)
