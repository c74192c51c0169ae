from .base import ChangeNote, PressroomPage, RelatedLink
from .galleries import GalleryIndexPage, GalleryPage
from .news import NewsIndexPage, NewsPage
from .statements import DeliveryStatus, StatementIndexPage, StatementKind, StatementPage, StatementReference
from .topics import Topic

__all__ = [
    "ChangeNote",
    "DeliveryStatus",
    "GalleryIndexPage",
    "GalleryPage",
    "NewsIndexPage",
    "NewsPage",
    "PressroomPage",
    "RelatedLink",
    "StatementIndexPage",
    "StatementKind",
    "StatementPage",
    "StatementReference",
    "Topic",
]
