"""A real SMTP server for the tests (aiosmtpd on a free local port) that
keeps what it receives and can be told to refuse: 4xx for an address's
first tries, 5xx for some addresses, or to go away altogether."""

import email
import threading
from collections import defaultdict
from email import policy

from aiosmtpd.controller import Controller

from tests.support.network import free_port


class Sink:
    def __init__(self):
        self.lock = threading.Lock()
        self.messages = []  # email.message.EmailMessage, in arrival order
        self.temporary = {}  # address -> how many more tries get a 451
        self.permanent = set()  # addresses answered 550
        self.tries = defaultdict(int)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        with self.lock:
            self.tries[address.lower()] += 1
            if address.lower() in self.permanent:
                return "550 5.1.1 No such mailbox here"
            if self.temporary.get(address.lower(), 0) > 0:
                self.temporary[address.lower()] -= 1
                return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        with self.lock:
            self.messages.append(message)
        return "250 Message accepted"

    def received(self):
        with self.lock:
            return list(self.messages)

    def by_recipient(self):
        found = defaultdict(list)
        for message in self.received():
            for address in message.get_all("To", []):
                found[str(address).strip().lower()].append(message)
        return found


class SmtpServer:
    def __init__(self):
        self.sink = Sink()
        self.port = free_port()
        self.controller = None

    def start(self):
        self.controller = Controller(self.sink, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


def html_part(message):
    return message.get_body(("html",)).get_content()


def text_part(message):
    return message.get_body(("plain",)).get_content()
