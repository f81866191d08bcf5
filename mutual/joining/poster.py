"""The printable poster: a QR code to the public page, as inline SVG and as a PDF.

Recruitment happens in supermarkets and waiting rooms: the poster must be readable
from a distance and scannable with a phone camera, so the QR code is large, black on
white, with a wide quiet zone, and the web address is printed under it too.
"""

from __future__ import annotations

import io

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.urls import reverse

from mutual.programs.models import Program


def public_url(program: Program) -> str:
    return settings.SITE_URL.rstrip("/") + reverse("public_program", args=[program.slug])


def qr_svg(data: str) -> str:
    """An SVG QR code for ``data`` (medium error correction survives a creased poster)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(data)
    code.make(fit=True)
    image = code.make_image(image_factory=qrcode.image.svg.SvgPathImage)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode()
    # Drop the XML declaration so the SVG can sit inline in HTML.
    return svg[svg.index("<svg") :]


def poster_pdf(html: str) -> bytes:
    from weasyprint import HTML  # imported here: it loads fonts and Pango on import

    pdf: bytes = HTML(string=html, base_url=settings.SITE_URL).write_pdf()
    return pdf
