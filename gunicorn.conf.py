# gunicorn reads this file from the folder it starts in (the project's root).
# Password reset tokens are kept out of the access log (--access-logfile).
logger_class = "ministry_site.gunicorn_logging.RedactingLogger"
