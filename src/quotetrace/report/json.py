"""The ``quotetrace/report@1`` JSON schema (documented in the README)."""

from __future__ import annotations

import json
from collections import Counter

from ..audit import QuoteResult, Report

SCHEMA = "quotetrace/report@1"


def quote_to_dict(result: QuoteResult) -> dict:
    quotation = result.quotation
    source = None
    if result.source is not None:
        meta = result.source.meta
        source = {"slug": meta.slug, "title": meta.title, "author": meta.author, "translator": meta.translator,
                  "year": meta.year, "span": list(result.source.span), "text": result.source.text,
                  "page": result.source.page}
    found_in = [{"slug": m.slug, "title": m.title, "author": m.author, "year": m.year} for m in result.found_in]
    return {
        "id": quotation.id,
        "kind": quotation.kind,
        "span": [quotation.start, quotation.end],
        "text": quotation.text,
        "audited": quotation.audited,
        "claimed": quotation.claim.to_dict() if quotation.claim else None,
        "fidelity": result.fidelity,
        "attribution": result.attribution,
        "source": source,
        "similarity": result.similarity,
        "also_found_in": list(result.also_found_in),
        "found_in": found_in,
        "original": result.original.slug if result.original else None,
        "flags": [flag.to_dict() for flag in result.flags],
        "versions": [{"slug": v.meta.slug, "title": v.meta.title, "translator": v.meta.translator, "year": v.meta.year,
                      "wording_similarity": v.wording, "meaning_similarity": v.meaning} for v in result.versions],
        "edits": [edit.to_dict() for edit in result.edits],
    }


def report_to_dict(report: Report) -> dict:
    quotes = [quote_to_dict(result) for result in report.quotes]
    audited = [q for q in quotes if q["audited"]]
    return {
        "schema": SCHEMA,
        "document": {"path": report.document.path, "format": report.document.format, "text": report.document.text},
        "library": report.library,
        "summary": {
            "quotes": len(quotes),
            "audited": len(audited),
            "fidelity": dict(Counter(q["fidelity"] for q in audited)),
            "attribution": dict(Counter(q["attribution"] for q in audited)),
        },
        "quotes": quotes,
        "attribution": [span.to_dict() for span in report.speakers],
        "warnings": list(report.warnings),
    }


def render_json(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
