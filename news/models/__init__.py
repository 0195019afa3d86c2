from .pages import NewsIndexPage, NewsPage, NewsPageEvent, NewsPageParticipant, NewsPageTopic
from .topics import Topic, TopicName

__all__ = ["NewsIndexPage", "NewsPage", "NewsPageEvent", "NewsPageParticipant", "NewsPageTopic", "Topic", "TopicName"]
