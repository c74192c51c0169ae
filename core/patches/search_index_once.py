"""Each object's search index entry written once per operation, not once per save.

The gap: modelsearch (Wagtail 7.4's search) connects a post_save handler to
every indexed model; it enqueues `insert_or_update_object_task` for the
saved object, and with the immediate task backend (Wagtail's default, and
the site's: no task worker) each save reads the object again, extracts and
folds its text and writes its index entry there and then. A publication
saves its page three times, a translation five or six: the same entry is
written that many times, in the editor's request. Neither modelsearch nor
django-tasks has a hook to defer it to the end of the operation.

The workaround: the task backend `ImmediateBackendIndexingOnce` (settings
TASKS) runs every task at once, as django-tasks' immediate backend does,
except inside `index_updates_once()`: there an index update for an object
already waiting is not run again, and the waiting ones run, once each, when
the outermost block ends, whether it ended well or not (an object whose
creation was rolled back is gone, and its update is dropped). The blocks:
each request (core.middleware.IndexUpdatesOnceMiddleware), a translation
made from code (core.translation.translate), the demo loader, and the
press room's page factories. Other tasks (Wagtail's reference index, which
site care reads in the same request) are not held. A publication drops the
page cache when it happens, before the held update is written: a search
cached in between would keep the old results, so the page cache drops
again once the held updates are written (core.page_cache.bump_generation
asks for it with `after_held_updates`).

It can go when modelsearch or Wagtail index once per transaction or
operation, or when the site runs its tasks in a worker (then configure
that backend instead); delete this module, its entry in core.patches.MODULES,
the middleware, the blocks (translate, the demo loader, pressroom.factories),
`after_held_updates` in core.page_cache, `index_later` in
pressroom.references, and TASKS in settings.
"""

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from django.core import checks
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.utils import get_random_id

from . import check_signatures, check_version

ERROR_ID = "patches.E011"
SERIES = "0.12"
MODELSEARCH_SERIES = "1.3"
# Tasks that bring something up to date with the object as it is when they
# run: running one once, at the end, leaves what running it after every
# save would.
HELD = {"modelsearch.tasks.insert_or_update_object_task"}
SIGNATURES = {
    "ImmediateBackend.enqueue": "(self, task: django_tasks.base.Task[~P, ~T], args: P.args, kwargs: P.kwargs) -> "
    "django_tasks.base.TaskResult[~T]",
    "ImmediateBackend._execute_task": "(self, task_result: django_tasks.base.TaskResult) -> None",
    "insert_or_update_object_task": "(app_label, model_name, pk)",
}
# The TaskResult fields a held task's result is made with (as the immediate backend makes it).
RESULT_FIELDS = [
    "task",
    "id",
    "status",
    "enqueued_at",
    "started_at",
    "finished_at",
    "last_attempted_at",
    "args",
    "kwargs",
    "backend",
    "errors",
    "worker_ids",
]

# What the open block holds: {"tasks": {(task path, args, kwargs): result},
# "after": [callables run once the tasks have]}, or None outside a block.
_held = ContextVar("search_index_once_held", default=None)
logger = logging.getLogger(__name__)


@contextmanager
def index_updates_once():
    """Hold search index updates until the outermost block ends, then run each
    once, then what asked to run after them (after_held_updates). Inside a
    transaction, open it inside: the held updates are then written in that
    transaction, not each in its own after the commit."""
    if _held.get() is not None:
        yield
        return
    token = _held.set({"tasks": {}, "after": []})
    try:
        yield
    finally:
        held = _held.get()
        _held.reset(token)
        from django_tasks import task_backends

        written = [result for result in held["tasks"].values() if _still_there(*result.args)]
        for result in written:
            task_backends[result.backend]._execute_task(result)
        if written:  # nothing new in the index: nothing to run after it
            for callback in held["after"]:
                callback()


def after_held_updates(callback):
    """Inside a block, run `callback` (once) after the held updates are
    written, if any is; outside one, do nothing (nothing is held)."""
    held = _held.get()
    if held is not None and callback not in held["after"]:
        held["after"].append(callback)


def index_later(instance):
    """Bring `instance`'s index entry up to date as a save does: held inside
    a block (and then written once), at once outside one."""
    from modelsearch.tasks import insert_or_update_object_task

    insert_or_update_object_task.enqueue(instance._meta.app_label, instance._meta.model_name, str(instance.pk))


def _still_there(app_label, model_name, pk):
    """Whether the object to index still exists: one whose creation the
    operation rolled back is gone, and its update would fail with an error
    in the log for what is no error."""
    from django.apps import apps
    from django.db import Error, transaction

    if transaction.get_connection().needs_rollback:
        return False  # the operation failed inside a transaction: everything it wrote goes
    try:
        return apps.get_model(app_label, model_name)._default_manager.filter(pk=pk).exists()
    except Error:
        logger.warning("Search index not updated for %s.%s %s: the database did not answer", app_label, model_name, pk)
        return False


class ImmediateBackendIndexingOnce(ImmediateBackend):
    def enqueue(self, task, args, kwargs):
        held = _held.get()
        if held is None or task.module_path not in HELD:
            return super().enqueue(task, args, kwargs)
        self.validate_task(task)
        key = (task.module_path, tuple(args), tuple(sorted(kwargs.items())))
        if key not in held["tasks"]:
            held["tasks"][key] = TaskResult(
                task=task,
                id=get_random_id(),
                status=TaskResultStatus.READY,
                enqueued_at=None,
                started_at=None,
                last_attempted_at=None,
                finished_at=None,
                args=args,
                kwargs=kwargs,
                backend=self.alias,
                errors=[],
                worker_ids=[],
            )
        return held["tasks"][key]


def _upstream():
    from modelsearch.tasks import insert_or_update_object_task

    return {
        "ImmediateBackend.enqueue": ImmediateBackend.__dict__.get("enqueue"),
        "ImmediateBackend._execute_task": ImmediateBackend.__dict__.get("_execute_task"),
        "insert_or_update_object_task": insert_or_update_object_task.func,
    }


def check():
    from dataclasses import fields

    from modelsearch.tasks import insert_or_update_object_task

    errors = check_version(ERROR_ID, __name__, "django-tasks", SERIES)
    errors += check_version(ERROR_ID, __name__, "modelsearch", MODELSEARCH_SERIES)
    errors += check_signatures(ERROR_ID, __name__, SIGNATURES, _upstream())
    if insert_or_update_object_task.module_path not in HELD:
        errors.append(
            checks.Error(
                f"{__name__}: modelsearch's index update task is now {insert_or_update_object_task.module_path}.",
                hint="Record its new path in HELD.",
                obj=__name__,
                id=ERROR_ID,
            )
        )
    names = sorted(field.name for field in fields(TaskResult) if field.init)
    if names != sorted(RESULT_FIELDS):
        errors.append(
            checks.Error(
                f"{__name__}: django-tasks' TaskResult has the fields {', '.join(names)}.",
                hint="Make held results as ImmediateBackend.enqueue now does, then record the fields.",
                obj=__name__,
                id=ERROR_ID,
            )
        )
    return errors
