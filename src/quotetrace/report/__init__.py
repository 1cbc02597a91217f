"""Renderings of a :class:`~quotetrace.audit.Report`: JSON, a terminal table, one HTML file."""

from .html import render_html
from .json import SCHEMA, report_to_dict, render_json
from .text import render_text

__all__ = ["SCHEMA", "render_html", "render_json", "render_text", "report_to_dict"]
