"""Demo content (filled in later)."""


def load(home, log):
    log("Media monitoring:")
