"""The address of the person at the other end, behind the reverse proxies.

Each proxy in front of the app servers appends the address it saw to
X-Forwarded-For; everything to the left of what the trusted proxies
appended was written by the client and can say anything. So the client's
address is the entry the outermost trusted proxy appended: counting
REMOTE_ADDR as the last hop, the one TRUSTED_PROXY_COUNT places from the
right. Sign-in lockouts (django-axes, AXES_CLIENT_IP_CALLABLE) count by it:
a visitor who writes someone else's address at the front of the header
still counts as themselves.

(django-axes would use django-ipware if it were installed; it is not, so its
AXES_IPWARE_* settings did nothing and every sign-in counted as the proxy's.)"""

import ipaddress

from django.conf import settings


def _address(text):
    """`text` as an IP address (a port, or brackets around IPv6, removed),
    else None."""
    text = text.strip()
    candidates = [text]
    if text.startswith("["):
        candidates.append(text[1:].split("]", 1)[0])
    elif text.count(":") == 1:
        candidates.append(text.split(":", 1)[0])
    for candidate in candidates:
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            continue
    return None


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies <= 0:
        return remote
    forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    hops = [*forwarded, remote]
    # Fewer hops than proxies: the request did not pass all of them, and every
    # hop there is was appended by one; the leftmost is the furthest seen.
    appended_by_outermost = hops[-(proxies + 1)] if len(hops) > proxies else hops[0]
    return _address(appended_by_outermost) or remote
