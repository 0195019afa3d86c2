"""Where other apps add what relates to a participant (news items, events).

A provider is a function `provider(participant_page, request)` returning a list of
`home.models.LatestItem`. The news and events apps register theirs, for instance in
their AppConfig.ready():

    from participants.related import register_related_item_provider
    register_related_item_provider(news_about_participant)

The participant page lists them, newest first, under "News and events". Each provider
should cost one query whatever the number of items (select_related, specific types).
"""

related_item_providers = []


def register_related_item_provider(provider):
    if provider not in related_item_providers:
        related_item_providers.append(provider)
    return provider
