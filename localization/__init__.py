"""The translation workflow: translators and approvers per language, machine translation,
the coverage dashboard, bulk actions, PO exchange and the visitor's fallback.

Everything here works over every page model (`wagtail.models.get_page_models()`) and every
registered translatable snippet, so page types added by content apps are covered without
changes here.
"""
