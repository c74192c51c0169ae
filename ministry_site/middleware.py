class RejectMalformedQueryMiddleware:
    """Parse the query string up front, so a request with too many fields
    (over DATA_UPLOAD_MAX_NUMBER_FIELDS) gets the 400 page in its language
    here, rather than being served by a view that never reads the fields, or
    failing later inside an error handler that does."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.META.get("QUERY_STRING"):
            request.GET  # noqa: B018 - raises TooManyFieldsSent, which Django answers with a 400
        return self.get_response(request)
