from .pages import NewsIndexPage, NewsPage, NewsPageTopic
from .topics import Topic

__all__ = ["NewsIndexPage", "NewsPage", "NewsPageTopic", "Topic"]
