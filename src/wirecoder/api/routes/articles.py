"""``/api/articles``: one stored article with its events (a read), and posting an article to
extract and store (the API's one write, under the write token)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request

from ...errors import StoreError
from ...model import Article, ArticleDetail
from ..app_state import AppCoder, AppStore
from ..params import ID
from ..responses import ERROR, READ_ERRORS, json_response
from ..security import require_write

router = APIRouter(tags=["articles"])
writes = APIRouter(tags=["articles"], dependencies=[Depends(require_write)])


@router.get("/api/articles/{article_id}", response_model=ArticleDetail,
            responses={**READ_ERRORS, 404: {**ERROR, "description": "no such article"}},
            summary="One article with its events (spans index the article text)")
def get_article(store: AppStore, article_id: ID):
    detail = store.article(article_id)
    if detail is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return json_response(detail)


@writes.post("/api/articles", response_model=ArticleDetail, status_code=201,
             summary="Extract incidents from one article and store them",
             responses={
                 200: {"model": ArticleDetail, "description": "the article was already stored"},
                 400: {**ERROR, "description": "the body cannot be decoded"},
                 401: {**ERROR, "description": "missing or wrong token"},
                 413: {**ERROR, "description": "the request or the article text is too large"},
                 503: {**ERROR, "description": "the store cannot be written"},
             })
def post_article(request: Request, store: AppStore, coder: AppCoder, article: Article):
    made = coder.make_article(article.text, published=article.published, source=article.source,
                              url=article.url, title=article.title)
    made = made.model_copy(update={"origin": article.origin or "api", "language": article.language})
    if store.has_article(made.id):
        existing = store.article(made.id)
        if existing is not None:
            return json_response(existing, 200)
    with request.app.state.parse_slot:
        result = coder.extract_article(made)
    summary = store.add([result])
    detail = store.article(made.id)
    if detail is None:  # pragma: no cover - the store just took it
        raise StoreError(f"article {made.id} was not stored")
    # an identical request that ran at the same time stored it first: this one created nothing
    return json_response(detail, 201 if summary.articles_added else 200)
