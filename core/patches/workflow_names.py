"""Workflow and task names in the reader's language.

Gap: Wagtail 7.4 keeps a workflow's and a task's name in one database column
and shows it as stored, in the action menu ("Submit to Director approval"),
the status panel, the dashboard, the reports, the history and the
notification e-mails, so the Dari admin showed the English name everywhere.
It can go when Wagtail gives workflows and tasks translatable names.

The stored name stays the key (comparisons, saving, JSON in the log entries
see it unchanged); reading `workflow.name` or `task.name` gives a `str` that
turns into the translation of a known name when it is written out: `str()`,
templates, `%` formatting. Unknown names (one an administrator typed) are
shown as they are. The log entries keep the stored name, so their messages
are translated when they are shown (`translate_log_titles`).
"""

from django.utils.translation import gettext_lazy as _

WRITTEN_FOR = {"wagtail": "7.4"}

# The names the migrations create (core.roles.WORKFLOW_NAME; Wagtail's
# own first workflow, retired but still listed in the reports).
KNOWN_NAMES = {
    "Director approval": _("Director approval"),
    "Moderators approval": _("Moderators approval"),
}


def translated(name):
    """A known workflow or task name in the active language; others unchanged."""
    label = KNOWN_NAMES.get(str.__str__(name)) if isinstance(name, str) else None
    return str(label) if label is not None else name


class TranslatedName(str):
    """A stored name that reads in the active language when written out."""

    def __str__(self):
        return translated(str.__str__(self))

    def __format__(self, spec):
        return format(str(self), spec)


def _plain(value):
    return str.__str__(value) if isinstance(value, TranslatedName) else value


class _NameAttribute:
    """Data descriptor in place of the field's DeferredAttribute."""

    def __init__(self, deferred):
        self.deferred = deferred
        self.field = deferred.field

    def __get__(self, instance, owner=None):
        if instance is None:
            return self.deferred
        value = self.deferred.__get__(instance, owner)
        if isinstance(value, str) and str.__str__(value) in KNOWN_NAMES:
            return TranslatedName(value)
        return value

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = _plain(value)


def _store_plain(field):
    """Saving, filtering, forms and serialisers see the stored name."""
    pre_save, value_from_object, get_prep_value = field.pre_save, field.value_from_object, field.get_prep_value
    field.pre_save = lambda instance, add: _plain(pre_save(instance, add))
    field.value_from_object = lambda instance: _plain(value_from_object(instance))
    field.get_prep_value = lambda value: get_prep_value(_plain(value))


def translate_log_titles(actions):
    """Wagtail's workflow log messages show the names stored in the entry."""
    import copy

    def titles_translated(data):
        if isinstance(data, dict):
            return {
                key: translated(value) if key == "title" else titles_translated(value) for key, value in data.items()
            }
        return data

    def wrap(format_message):
        def format_message_translated(log_entry):
            shown = copy.copy(log_entry)
            shown.data = titles_translated(log_entry.data)
            return format_message(shown)

        return format_message_translated

    for action, formatter in actions.formatters.items():
        if action.startswith(("wagtail.workflow.", "wagtail.task.")):
            formatter.format_message = wrap(formatter.format_message)


def apply():
    from wagtail import hooks
    from wagtail.models import Task, Workflow

    for model in (Workflow, Task):
        field = model._meta.get_field("name")
        setattr(model, field.attname, _NameAttribute(model.__dict__[field.attname]))
        _store_plain(field)
    # After Wagtail's own registrations (order 0).
    hooks.register("register_log_actions", translate_log_titles, order=100)
