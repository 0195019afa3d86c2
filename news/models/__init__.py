from .pages import NewsIndexPage, NewsPage, NewsPageEvent, NewsPageParticipant, NewsPageTopic
from .topics import Topic

__all__ = ["NewsIndexPage", "NewsPage", "NewsPageEvent", "NewsPageParticipant", "NewsPageTopic", "Topic"]
