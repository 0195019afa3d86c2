"""The demo site that `manage.py load_demo_content` builds.

One module per part of the site (`site` for the frame's pages, then `participants`,
`events`, `news`, `applications`), each with a `load(builder)` function that the command
runs in a fixed order with one `DemoBuilder` (`demo.builder`). Pictures and PDFs are
drawn here in code. Demo text is written for this project from the public record of
the site. This app builds on every other one; nothing imports it.
"""
