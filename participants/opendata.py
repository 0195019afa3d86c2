"""The directory as open data: CSV and JSON, in the language of the request.

Both hold what the directory shows for the same query string (filters and sorting
included, no pagination): names and labels in the request's language, plus the codes
(kind, ISO 3166-1 country code, status) that do not depend on it.
"""

import csv
import io
import json

from django.http import HttpResponse

FIELDS = [
    "number",
    "name",
    "official_name",
    "kind",
    "kind_label",
    "country",
    "country_name",
    "accession_date",
    "status",
    "status_label",
    "withdrawal_date",
    "latitude",
    "longitude",
    "url",
    "language",
]


def participant_record(page, request):
    return {
        "number": page.accession_number,
        "name": page.title,
        "official_name": page.official_name,
        "kind": page.kind,
        "kind_label": str(page.get_kind_display()),
        "country": page.directory_country_code,
        "country_name": page.directory_country_name,
        "accession_date": page.accession_date.isoformat(),
        "status": page.status,
        "status_label": str(page.get_status_display()),
        "withdrawal_date": page.withdrawal_date.isoformat() if page.withdrawal_date else None,
        "latitude": float(page.latitude) if page.latitude is not None else None,
        "longitude": float(page.longitude) if page.longitude is not None else None,
        "url": page.get_full_url(request),
        # The language of `name` and of the text at `url`: English where the participant
        # has no translation into the requested language yet.
        "language": page.text_language,
    }


def _filename(index_page, directory, extension):
    return f"{index_page.slug}-{directory.language_code}.{extension}"


def csv_response(index_page, request, directory):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for page in directory.results:
        record = participant_record(page, request)
        writer.writerow({key: "" if value is None else value for key, value in record.items()})
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(index_page, directory, "csv")}"'
    response["Content-Language"] = directory.language_code
    return response


def json_response(index_page, request, directory):
    results = directory.results
    data = {
        "language": directory.language_code,
        "source": index_page.get_full_url(request),
        "summary": directory.results_summary,
        "count": len(results),
        "country_count": len({page.directory_country_code for page in results}),
        "participants": [participant_record(page, request) for page in results],
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{_filename(index_page, directory, "json")}"'
    response["Content-Language"] = directory.language_code
    response["Access-Control-Allow-Origin"] = "*"
    return response
