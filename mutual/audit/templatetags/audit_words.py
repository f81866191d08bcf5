"""``{{ event.action|action_words }}``: an audit action in everyday words."""

from django import template

from mutual.audit.filters import action_words as _action_words

register = template.Library()


@register.filter
def action_words(action: str) -> str:
    return _action_words(action)
