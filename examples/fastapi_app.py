"""One AsyncPostHog per FastAPI app: created in the lifespan, closed on shutdown, handed to routes.

    POSTHOG_PERSONAL_API_KEY=phx_... POSTHOG_PROJECT_ID=12345 uvicorn examples.fastapi_app:app

Routes get the client with ``Depends(posthog)``; every request shares its connection pool and rate
limiter. A route may return a model as it is (``GET /actions/{action_id}``): declared with
``response_model=None``, since the models are attrs classes rather than pydantic ones, FastAPI answers
with the model's ``to_dict()``. ``create_app`` takes the client factory so tests can point it at
``FakePostHog``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request

from posthog_api import AsyncPostHog, NotFoundError, PostHogError
from posthog_api.types import Action


def posthog(request: Request) -> AsyncPostHog:
    """The app's client (a FastAPI dependency)."""
    client: AsyncPostHog = request.app.state.posthog
    return client


def create_app(make_client: Callable[[], AsyncPostHog] = AsyncPostHog) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with make_client() as client:
            app.state.posthog = client
            yield

    app = FastAPI(lifespan=lifespan)

    @app.get("/actions")
    async def list_actions(ph: Annotated[AsyncPostHog, Depends(posthog)], limit: int = 20) -> dict[str, Any]:
        try:
            page = await ph.actions.list(limit=limit)
        except PostHogError as error:
            raise HTTPException(status_code=502, detail=f"PostHog: {error}") from error
        return {"count": page.count, "actions": [{"id": a.id, "name": a.name} for a in page.results]}

    @app.get("/actions/{action_id}", response_model=None)
    async def get_action(action_id: int, ph: Annotated[AsyncPostHog, Depends(posthog)]) -> Action:
        try:
            return await ph.actions.retrieve(action_id)
        except NotFoundError as error:
            raise HTTPException(status_code=404, detail=f"no action {action_id}") from error
        except PostHogError as error:
            raise HTTPException(status_code=502, detail=f"PostHog: {error}") from error

    return app


app = create_app()
