"""The web pages under /web: login, chat and the manager dashboard (static files in api/web/).

Plain HTML, CSS and JavaScript written for this product: no framework, no CDN, nothing
fetched from elsewhere, so the pages work on a bank's closed network. The pages hold no
data; they call the API with the bearer token kept in the tab's sessionStorage, and the API
applies the access rules. Every page answer carries a strict Content-Security-Policy: only
this origin's scripts, styles and API, no inline script, no framing.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException, status
from fastapi.responses import FileResponse, RedirectResponse

router = APIRouter(prefix="/web", include_in_schema=False)

WEB_ROOT = Path(__file__).resolve().parent.parent / "web"
PAGES = {"login": "login.html", "chat": "chat.html", "dashboard": "dashboard.html"}
MEDIA_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
               ".svg": "image/svg+xml"}

CSP = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    # Pages and scripts change with each release; a revalidation is cheap on a LAN.
    "Cache-Control": "no-cache",
}


@router.get("")
@router.get("/")
def web_root() -> RedirectResponse:
    return RedirectResponse("/web/chat", status_code=status.HTTP_307_TEMPORARY_REDIRECT)


@router.get("/assets/{name}")
def asset(name: str) -> FileResponse:
    """Stylesheet and scripts; only plain file names in api/web/assets (no paths)."""
    path = WEB_ROOT / "assets" / name
    suffix = Path(name).suffix
    if "/" in name or "\\" in name or name.startswith(".") or suffix not in MEDIA_TYPES \
            or not path.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such file.")
    return FileResponse(path, media_type=MEDIA_TYPES[suffix], headers=SECURITY_HEADERS)


@router.get("/{page}")
def page(page: str) -> FileResponse:
    if page not in PAGES:
        raise HTTPException(status.HTTP_404_NOT_FOUND,
                            "No such page; try /web/login, /web/chat or /web/dashboard.")
    return FileResponse(WEB_ROOT / PAGES[page], media_type="text/html; charset=utf-8",
                        headers=SECURITY_HEADERS)
